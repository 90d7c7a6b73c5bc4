/**
 * Deep links under a search result are ordered by how well each matches the query: the exact
 * phrase, then all its words, then some, page order among equals; a quoted query keeps only those
 * that hold the phrase. Excerpts as Pagefind gives them: HTML-escaped text with <mark>s.
 */
import { describe, expect, it } from 'vitest';
import { matchStrength, quotedPhrase, rankByMatch } from '../../../src/lib/search/ranking.ts';

// Excerpts shaped like Pagefind's for "87.24 million tons" on the III.4 page (words from ¶ iii-4-03 and ¶ iii-4-05).
const subs = [
  { url: '#iii-4-03', excerpt: 'oil imports of 308.39 <mark>million</mark> <mark>tons</mark> in 2014' },
  { url: '#iii-4-04', excerpt: 'the share of <mark>million</mark> cubic meters' },
  { url: '#iii-4-05', excerpt: 'a total of <mark>87.24</mark> <mark>million</mark> <mark>tons</mark> of crude oil' },
];

describe('deep links ranked by the match', () => {
  it('put the one holding the exact phrase first, then all words, then some', () => {
    expect(rankByMatch(subs, '87.24 million tons').map((s) => s.url)).toEqual(['#iii-4-05', '#iii-4-03', '#iii-4-04']);
    expect(matchStrength(subs[2]!.excerpt, '87.24 million tons')).toBe(2);
    expect(matchStrength(subs[0]!.excerpt, 'million tons')).toBe(2);
    expect(matchStrength(subs[1]!.excerpt, 'million tons')).toBe(0);
  });

  it('keep page order among equal matches', () => {
    expect(rankByMatch(subs, 'million').map((s) => s.url)).toEqual(['#iii-4-03', '#iii-4-04', '#iii-4-05']);
  });

  it('keep only the phrase for a quoted query, in straight or curly quotes', () => {
    expect(quotedPhrase('"Million Tons"')).toBe('million tons');
    expect(quotedPhrase('“harmonious region”')).toBe('harmonious region');
    expect(quotedPhrase('harmonious region')).toBeUndefined();
    expect(rankByMatch(subs, '"million tons"').map((s) => s.url)).toEqual(['#iii-4-03', '#iii-4-05']);
    expect(rankByMatch(subs, '"cubic tons"')).toEqual([]);
  });

  it('read entities and ignore tags and case', () => {
    expect(matchStrength('Good-Neighborly &amp; <mark>Friendly</mark> relations', 'neighborly & friendly')).toBe(2);
  });
});
