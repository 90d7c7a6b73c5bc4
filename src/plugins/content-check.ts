/**
 * The content check before anything is rendered (src/lib/content/content-check.ts): `astro build`
 * prints every problem, one line each, and stops; `npm run dev` prints them, shows them in the
 * browser's error overlay, and checks again whenever a file under content/ changes.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from '../lib/content/content-check.ts';
import { problemReport, type Problem } from '../lib/content/problem.ts';

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

function timedCheck(): { problems: Problem[]; took: string } {
  const since = performance.now();
  const problems = checkContent();
  return { problems, took: seconds(since) };
}

/** The error the build stops with: its message is the report, and it has no stack to print (the report says where). */
class ContentCheckFailed extends Error {
  constructor(report: string) {
    super(report);
    this.name = 'ContentCheckFailed';
    this.stack = '';
  }
}

function logReport(logger: AstroIntegrationLogger, problems: readonly Problem[]) {
  logger.error(problemReport(problems));
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'sync') return;
        const { problems, took } = timedCheck();
        if (problems.length > 0) {
          logReport(logger, problems);
          throw new ContentCheckFailed(
            `the content check found ${problems.length} problem(s) in ${took} s (listed above); nothing was built`,
          );
        }
        logger.info(`the author's text, page starts, ids, entities and data checked in ${took} s`);
      },
      'astro:server:setup': ({ server, logger }) => {
        let last = '';
        // Astro's error overlay (Vite's, restyled): a name, a title, the report and a hint, no stack.
        const overlay = (report: string) => ({
          type: 'error' as const,
          err: {
            name: 'ContentProblems',
            title: 'Problems in the content',
            message: report,
            hint: 'Save the files named to check again.',
            stack: '',
            plugin: 'content-check',
          },
        });
        // A page loaded or reloaded while problems stand shows them too (its client connects anew).
        server.hot.on('connection', () => {
          if (last !== '') server.hot.send(overlay(last));
        });
        const run = () => {
          const { problems, took } = timedCheck();
          const report = problems.length > 0 ? problemReport(problems) : '';
          if (report === last) return;
          last = report;
          if (problems.length > 0) {
            logReport(logger, problems);
            server.hot.send(overlay(report));
          } else {
            logger.info(`content checked in ${took} s: no problems`);
            server.hot.send({ type: 'full-reload' });
          }
        };
        run();
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!/[\\/]content[\\/]/.test(path)) return;
          clearTimeout(timer);
          timer = setTimeout(run, 150);
        });
      },
    },
  };
}
