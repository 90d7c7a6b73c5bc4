/** Reading the built site (dist/) as a reader's tools would: its pages and their text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { SOURCE_FILE, normalizeForComparison, proseBlocks, sentences } from '../../src/lib/paper/source-text.ts';
import { NOT_AUTHOR_TEXT, PAGE_MARKER } from '../../src/lib/paper/edition-marks.ts';
import { ENTITY_COLLECTIONS } from '../../src/lib/knowledge/kinds.ts';
import { builtPagePaths } from '../../src/lib/site/built-pages.ts';

export const DIST = 'dist';

/** An entity page's path, of any kind in the registry ("/countries/kazakhstan/"). */
export const ENTITY_PAGE = new RegExp(`^/(${ENTITY_COLLECTIONS.join('|')})/[^/]+/$`);
export const source = () => readFileSync(SOURCE_FILE, 'utf8');

/** Every sentence of the source outside its tables, normalised as the fidelity rules allow. */
export const sourceSentences = () => proseBlocks(source()).flatMap(sentences);

/** The source's sentences that `text` does not hold in source order (whitespace and quote styles normalised). */
export function sentencesNotInOrder(text: string): string[] {
  const haystack = normalizeForComparison(text);
  let cursor = 0;
  return sourceSentences().filter((sentence) => {
    const at = haystack.indexOf(sentence, cursor);
    if (at < 0) return true;
    cursor = at + sentence.length;
    return false;
  });
}

/** Every built page as its URL path ("/paper/full/"), pagefind's own files excluded. */
export const builtPages = (dir = DIST) => builtPagePaths(dir);

export function loadPage(path: string) {
  return cheerio.load(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
}

/**
 * The author's text of a page's content area: editorial insertions (page markers, permalinks,
 * notes, badges) removed, each table reduced to its caption; optionally each page marker
 * replaced by "⟦n⟧".
 */
export function paperText(path: string, { markers = false } = {}): string {
  const $ = loadPage(path);
  const main = $('.sl-markdown-content').first();
  main.find(PAGE_MARKER).each((_, el) => {
    $(el).replaceWith(markers ? `⟦${$(el).attr('data-page')}⟧` : '');
  });
  main.find(NOT_AUTHOR_TEXT).remove();
  main.find('figure.data-table').each((_, el) => {
    $(el).replaceWith(` ${$(el).find('caption').text()} `);
  });
  return main.text();
}

/** The paper's section pages: every built page under /paper/ except the linear view and the references note. */
export function sectionPages(): string[] {
  // Not the linear view, the references page or the journal-page addresses (/paper/page/…), which lead to a section.
  return builtPages().filter(
    (p) => p.startsWith('/paper/') && p !== '/paper/full/' && p !== '/paper/references/' && !p.startsWith('/paper/page/'),
  );
}
