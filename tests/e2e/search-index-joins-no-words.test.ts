/**
 * The search index holds the words a reader sees, and no words glued together: Pagefind's own
 * record of every indexed page (its fragments in dist/pagefind/, read back with Node's gunzip) is
 * compared with the page as Chromium renders it. Every word Pagefind indexed must be a word of the
 * page's rendered text (innerText, where blocks break lines) or of one text node (text a reader
 * does not see rendered, such as a chart's text alternative inside its canvas). A word made of
 * the end of one block and the start of the next ("areas¶", "wordingThe", "tons)China’s") is
 * neither. The pages are read as built, without their scripts, as Pagefind read them; what they
 * mark as not to be indexed is left out of the comparison. Pagefind ends a block's text with a
 * full stop where it has none, so final stops are not compared. The data-note marks in table
 * cells are the edition's, not the paper's, and are not indexed beside the figures.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile } from '../support/browser.ts';
import { DIST } from '../support/built-site.ts';

const site = inject('siteUrl');
// The pages as Pagefind read them: as built, before any script of theirs runs.
const session = browserForFile({ javaScriptEnabled: false });

interface Fragment {
  url: string;
  content: string;
}

/** Pagefind's fragments: gzip, then the signature "pagefind_dcd", then the page's JSON. */
const FRAGMENTS_DIR = join(DIST, 'pagefind', 'fragment');
const fragments: Fragment[] = readdirSync(FRAGMENTS_DIR).map((name) => {
  const raw = gunzipSync(readFileSync(join(FRAGMENTS_DIR, name)));
  const signature = raw.subarray(0, 12).toString('utf8');
  if (signature !== 'pagefind_dcd') throw new Error(`${name}: not a Pagefind fragment (begins "${signature}")`);
  return JSON.parse(raw.subarray(12).toString('utf8')) as Fragment;
});
const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** A word as compared: Pagefind ends a block's text with a full stop where it has none ("Summary" becomes "Summary."). */
const bare = (word: string) => word.replace(/\.+$/, '');

describe('the search index', () => {
  it('is read back: one fragment per indexed page, with its text', () => {
    expect(fragments.length).toBeGreaterThan(100);
    expect(fragments.find((f) => f.url.endsWith('/paper/iii-policy-tools/4-energy-cooperation/'))?.content).toContain(
      '87.24 million tons of crude oil',
    );
  });

  it('joins no two blocks into one word, on any indexed page', { timeout: 300_000 }, async () => {
    const page = await session.context.newPage();
    const glued: string[] = [];
    for (const fragment of fragments) {
      // The tests' build has the base "/", so a fragment's URL is a path on the test server.
      await page.goto(`${site}${fragment.url}`, { waitUntil: 'domcontentloaded' });
      const { rendered, nodes } = await page.evaluate(() => {
        const body = document.querySelector<HTMLElement>('[data-pagefind-body]') ?? document.body;
        // What the page marks as not to be indexed (page markers, controls, note marks) is not compared.
        for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        const nodes: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node.textContent ?? '');
        return { rendered: body.innerText, nodes };
      });
      const seen = new Set([...words(rendered), ...nodes.flatMap(words)].map(bare));
      for (const word of new Set(words(fragment.content).map(bare))) if (word && !seen.has(word)) glued.push(`${fragment.url}: ${word}`);
    }
    await page.close();
    expect(glued).toEqual([]);
  });

  it('holds no data-note mark of a table cell beside its figure', () => {
    // The notes themselves ("Data note †1 (row Iraq, …)") are indexed; a cell's mark is not.
    const marked = fragments
      .filter((f) => /see data note/.test(f.content) || words(f.content).some((w) => /.†|†\d*\D/.test(w)))
      .map((f) => f.url);
    expect(marked).toEqual([]);
    // Table 1's shares stand as words: "43.7" is a figure of the table, not "43.7†3see" (Pagefind
    // ends each cell's text with a full stop: "43.7.").
    const table1 = fragments.find((f) => f.url.endsWith('/data/table-1/'));
    expect(words(table1?.content ?? '').map(bare)).toContain('43.7');
  });
});
