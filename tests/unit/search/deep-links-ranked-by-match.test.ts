/**
 * Deep links under a search result are ordered by where the query's words stand in each, as
 * Pagefind reports them (the positions of the matched words among the page's words): the phrase,
 * then all words close together, then all words, then some, page order among equals; a quoted
 * query keeps only those that hold the phrase; each excerpt is centred on its best match.
 */
import { describe, expect, it } from 'vitest';
import { quotedPhrase, rankDeepLinks } from '../../../src/lib/search/ranking.ts';

/**
 * A page as Pagefind gives it: its words, and per paragraph the positions of the words that a
 * query's terms match (a word matches a term it begins with, as Pagefind matches stems).
 */
function indexed(paragraphs: Record<string, string>, q: string) {
  const terms = q.toLowerCase().replace(/["“”]/g, '').split(/\s+/);
  const words: string[] = [];
  const subs = Object.entries(paragraphs).map(([id, text]) => {
    const location = words.length;
    words.push(...text.split(/\s+/));
    const locations = words
      .map((w, i) => ({ w: w.toLowerCase().replace(/[.,;:]$/, ''), i }))
      .filter(({ w, i }) => i >= location && terms.some((t) => w.startsWith(t)))
      .map(({ i }) => i);
    return { url: `/paper/iii/#${id}`, excerpt: '(Pagefind’s excerpt)', anchor: { location }, locations };
  });
  return { content: words.join(' '), subs };
}

const filler = (n: number, word = 'word') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

const rank = (paragraphs: Record<string, string>, q: string) => {
  const { content, subs } = indexed(paragraphs, q);
  return rankDeepLinks(subs, content, q);
};
const order = (paragraphs: Record<string, string>, q: string) => rank(paragraphs, q).map((s) => s.url.split('#')[1]);

describe('deep links ranked by where the words stand', () => {
  it('put the paragraph holding the phrase first, though another holds its words more often and its excerpt would not show it', () => {
    const paragraphs = {
      'iii-4-04': `oil imports of 308.39 million tons and million tons again, 87.24 once ${filler(20)} tons of crude oil million`,
      'iii-4-05': `${filler(200)} a total of 87.24 million tons of crude oil to China ${filler(40)}`,
    };
    expect(order(paragraphs, '87.24 million tons of crude oil')).toEqual(['iii-4-05', 'iii-4-04']);
    const [first] = rank(paragraphs, '87.24 million tons of crude oil');
    expect(first?.match.strength).toBe(3);
    expect(first?.excerpt).toContain(
      '<mark>87.24</mark> <mark>million</mark> <mark>tons</mark> <mark>of</mark> <mark>crude</mark> <mark>oil</mark>',
    );
    expect(first?.excerpt.split(' ')).toHaveLength(30);
  });

  it('rank all words close together above all words far apart, and those above some words', () => {
    const paragraphs = {
      some: `harmonious ${filler(10)}`,
      apart: `region ${filler(30)} harmonious`,
      close: `${filler(5)} a region that is harmonious ${filler(5)}`,
    };
    expect(order(paragraphs, 'harmonious region')).toEqual(['close', 'apart', 'some']);
    expect(rank(paragraphs, 'harmonious region').map((s) => s.match.strength)).toEqual([2, 1, 0]);
  });

  it('keep page order among equal matches, and match a word by its stem', () => {
    expect(order({ a: 'the tons here', b: 'one ton there', c: 'no such word' }, 'ton')).toEqual(['a', 'b', 'c']);
  });

  it('keep only the phrase for a quoted query, in straight or curly quotes', () => {
    const paragraphs = { words: 'region of harmony, harmonious in a region', phrase: `${filler(3)} a harmonious region here` };
    expect(quotedPhrase('“Harmonious Region”')).toBe('harmonious region');
    expect(order(paragraphs, '"harmonious region"')).toEqual(['phrase']);
    expect(order(paragraphs, '“harmonious region”')).toEqual(['phrase']);
    expect(order(paragraphs, '"region harmonious"')).toEqual([]);
  });

  it('escape the page’s text in the excerpt it writes', () => {
    const [first] = rank({ p: 'Good-Neighborly & <Friendly> relations' }, 'relations');
    expect(first?.excerpt).toBe('Good-Neighborly &amp; &lt;Friendly&gt; <mark>relations</mark>');
  });
});
