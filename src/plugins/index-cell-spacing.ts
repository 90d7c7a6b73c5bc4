/**
 * Reads the built HTML pages (dist/**.html) after Astro's build and before Pagefind indexes them;
 * writes one space after every closing </caption>, </dt>, </dd>, </th> and </td> that a tag follows directly.
 *
 * Astro 7 strips the whitespace between elements (JSX rules), and Pagefind joins the text of
 * adjacent term, description and header cells into one word ("SectorMining", "CountryOil
 * Imports"), so a search for "Mining" missed the fact. Whitespace between these block-level cells
 * renders as nothing, so the pages look the same.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CELL_END = /<\/(caption|dt|dd|th|td)>(?=<)/g;

/** The HTML with a space after each closing cell that a tag follows directly. */
export const spaceCells = (html: string) => html.replace(CELL_END, '</$1> ');

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []))),
  );
  return nested.flat();
}

/** Must stand before Starlight in `integrations`: hooks run in that order, and Starlight runs Pagefind. */
export function indexCellSpacing(): AstroIntegration {
  return {
    name: 'index-cell-spacing',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        let changed = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const spaced = spaceCells(html);
          if (spaced !== html) {
            await writeFile(file, spaced);
            changed++;
          }
        }
        logger.info(`spaced table and list cells in ${changed} of ${files.length} pages`);
      },
    },
  };
}
