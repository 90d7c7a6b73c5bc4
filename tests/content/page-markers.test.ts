/** Journal page markers: where each page begins, printed or inferred, and which pages each paragraph spans. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { runningHeads, sourceLines, normalizeForComparison, joinLines } from '../../src/lib/paper/source-text.ts';
import { loadPage, paperText, source } from '../support/built-site.ts';

interface Start {
  page: number;
  basis: string;
  sourceLine: number;
  firstWords: string;
}
const starts = load(readFileSync('content/page-starts.yaml', 'utf8')) as Start[];
const linear = normalizeForComparison(paperText('/paper/full/', { markers: true }));
/** The text after page n's marker in the linear view (the next marker removed). */
const after = (n: number) => linear.slice(linear.indexOf(`⟦${n}⟧`) + `⟦${n}⟧`.length).replace(/⟦\d+⟧/g, '').trim();
const before = (n: number) => linear.slice(0, linear.indexOf(`⟦${n}⟧`)).trim();

describe('journal page markers', () => {
  it('the running heads of the source print pages 24, 25 and 26', () => {
    expect(runningHeads(source()).map((h) => h.page)).toEqual([24, 25, 26]);
  });

  it('pages 24, 25 and 26 begin at the sentence that follows the running head', () => {
    const lines = sourceLines(source());
    for (const head of runningHeads(source())) {
      const next = lines.filter((l) => l.n > head.line && l.text.trim() !== '').slice(0, 2);
      const firstSentence = normalizeForComparison(joinLines(next)).split('. ')[0]!;
      expect(firstSentence.length).toBeGreaterThan(20);
      expect(after(head.page).startsWith(firstSentence), `page ${head.page}`).toBe(true);
    }
  });

  it('every page from 24 to the last has one marker, in order', () => {
    const found = [...linear.matchAll(/⟦(\d+)⟧/g)].map((m) => Number(m[1]));
    expect(found).toEqual(starts.filter((s) => s.page > 23).map((s) => s.page));
  });

  it('each page start in the data is where the source text puts it', () => {
    const lines = sourceLines(source());
    for (const s of starts) {
      expect(normalizeForComparison(lines[s.sourceLine - 1]?.text ?? '').startsWith(normalizeForComparison(s.firstWords)), `page ${s.page}`).toBe(true);
    }
  });

  it('each marker stands where its page begins, a page that begins inside a word after that word', () => {
    for (const s of starts.filter((x) => x.page > 23)) {
      const inWord = /^\p{Ll}+/u.exec(s.firstWords)?.[0];
      const lineBefore = sourceLines(source())[s.sourceLine - 2]?.text.trimEnd() ?? '';
      if (inWord && lineBefore.endsWith('-')) {
        expect(before(s.page).endsWith(inWord), `page ${s.page}`).toBe(true);
        expect(after(s.page).startsWith(normalizeForComparison(s.firstWords.slice(inWord.length))), `page ${s.page}`).toBe(true);
      } else {
        expect(after(s.page).startsWith(normalizeForComparison(s.firstWords)), `page ${s.page}: ${after(s.page).slice(0, 40)}`).toBe(true);
      }
    }
  });

  it('inferred page starts say so on the page; printed ones do not', () => {
    const $ = loadPage('/paper/full/');
    for (const s of starts.filter((x) => x.page > 23)) {
      const marker = $(`#page-${s.page}`);
      expect(marker.attr('data-basis')).toBe(s.basis);
      expect(marker.text().includes('inferred'), `page ${s.page}`).toBe(s.basis === 'layout');
    }
  });

  it('a paragraph knows the pages it spans', () => {
    const $ = loadPage('/paper/full/');
    expect($('#i-1-01').attr('data-pages')).toBe('24-24');
    expect($('#ii-2-02').attr('data-pages')).toBe('26-27');
    expect($('#ii-2-02').attr('data-page-label')).toBe('pp. 26–27, inferred');
    expect($('#abstract-01').attr('data-pages')).toBe('23-23');
    expect($('#iv-4-01').attr('data-pages')).toBe('38-38');
  });
});
