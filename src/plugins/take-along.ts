/**
 * Reads the built site; writes the take-along files after the build (src/lib/edition-files/make.ts):
 * the EPUB and the TEI always, the PDF where a Chromium and the fonts can print it. Then writes each file's size
 * into the pages' download links (`<span data-take-along-size="pdf">`). One line in the build's log
 * says what was made, and why the PDF was not.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './built-html.ts';
import { makeTakeAlongFiles } from '../lib/edition-files/make.ts';
import { fileSizeLabel, takeAlongPlan, type TakeAlongKind } from '../lib/edition-files/files.ts';

export function takeAlong(): AstroIntegration {
  return {
    name: 'take-along',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const plan = takeAlongPlan();
        const out = fileURLToPath(dir);
        const started = performance.now();
        const made = await makeTakeAlongFiles(out, out, plan);
        const sizes = new Map<TakeAlongKind, number>(made.map((m) => [m.kind, m.bytes]));

        // The download links learn their file's size.
        for (const page of await htmlFiles(out)) {
          const html = await readFile(page, 'utf8');
          if (!html.includes('data-take-along-size')) continue;
          const done = html.replace(
            /(<span data-take-along-size="(pdf|epub|tei)">)(<\/span>)/g,
            (_, open: string, kind: TakeAlongKind, close: string) => {
              const size = sizes.get(kind);
              if (size === undefined) throw new Error(`${page}: links the ${kind} file, which this build does not make`);
              return `${open}${fileSizeLabel(size)}${close}`;
            },
          );
          await writeFile(page, done);
        }
        const list = made.map((m) => `${m.kind} ${fileSizeLabel(m.bytes)}`).join(', ');
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`made ${list} in ${seconds} s${plan.pdfSkipped ? `; no PDF: ${plan.pdfSkipped}` : ''}`);
      },
    },
  };
}
