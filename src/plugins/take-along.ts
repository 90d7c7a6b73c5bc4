/**
 * Reads the built site; writes the take-along files after the build (src/lib/edition-files/make.ts):
 * the EPUB and the TEI always, the PDF where a Chromium and the fonts can print it. It stands before
 * built-html, which writes the files' sizes into their links. One line in the build's log says what
 * was made, and why the PDF was not.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { makeTakeAlongFiles } from '../lib/edition-files/make.ts';
import { fileSizeLabel, takeAlongPlan } from '../lib/edition-files/files.ts';

export function takeAlong(): AstroIntegration {
  return {
    name: 'take-along',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const plan = takeAlongPlan();
        const out = fileURLToPath(dir);
        const started = performance.now();
        const made = await makeTakeAlongFiles(out, out, plan);
        const list = made.map((m) => `${m.kind} ${fileSizeLabel(m.bytes)}`).join(', ');
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`made ${list} in ${seconds} s${plan.pdfSkipped ? `; no PDF: ${plan.pdfSkipped}` : ''}`);
      },
    },
  };
}
