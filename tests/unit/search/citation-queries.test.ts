/**
 * A query that is a reference in hand: a paragraph id, a table or figure label, journal pages. Read
 * as what it names, and the places it lands on, the best first.
 */
import { describe, expect, it } from 'vitest';
import { citationQuery, placesFor, type CitedPlaces } from '../../../src/lib/search/citation-query.ts';

describe('a citation query', () => {
  it.each([
    ['iii-4-05', { kind: 'paragraph', id: 'iii-4-05' }],
    ['III-4-05', { kind: 'paragraph', id: 'iii-4-05' }],
    ['¶ ii-2-01', { kind: 'paragraph', id: 'ii-2-01' }],
    ['abstract-01', { kind: 'paragraph', id: 'abstract-01' }],
    ['Table 1', { kind: 'label', label: 'Table 1' }],
    ['table 3', { kind: 'label', label: 'Table 3' }],
    ['Fig. 1', { kind: 'label', label: 'Figure 1' }],
    ['Figure 1', { kind: 'label', label: 'Figure 1' }],
    ['p. 34', { kind: 'pages', first: 34, last: 34 }],
    ['page 34', { kind: 'pages', first: 34, last: 34 }],
    ['pp. 33–34', { kind: 'pages', first: 33, last: 34 }],
    ['pp 33-34', { kind: 'pages', first: 33, last: 34 }],
  ])('“%s” names %o', (q, expected) => {
    expect(citationQuery(q)).toEqual(expected);
  });

  it.each(['harmonious region', '87.24 million tons', 'iii', 'Table', 'p.', 'pp. 34–33', 'tables 1'])(
    '“%s” is words, not a reference',
    (q) => {
      expect(citationQuery(q)).toBeUndefined();
    },
  );
});

describe('the places a citation query lands on', () => {
  const places: CitedPlaces = {
    paragraphs: {
      'iii-4-04': { href: '/iii-4/#iii-4-04', title: '¶ iii-4-04', pages: [33, 33] },
      'iii-4-05': { href: '/iii-4/#iii-4-05', title: '¶ iii-4-05', pages: [34, 34] },
      'iii-4-06': { href: '/iii-4/#iii-4-06', title: '¶ iii-4-06', pages: [34, 35] },
    },
    labels: { 'Table 1': { href: '/iii-4/#table-1', title: 'Table 1' } },
    pages: { '33': { href: '/iii-4/#page-33', title: 'p. 33' }, '34': { href: '/iii-4/#page-34', title: 'p. 34' } },
  };

  it('for a page: where it begins, then the paragraphs on it, in order', () => {
    expect(placesFor({ kind: 'pages', first: 34, last: 34 }, places).map((p) => p.href)).toEqual([
      '/iii-4/#page-34',
      '/iii-4/#iii-4-05',
      '/iii-4/#iii-4-06',
    ]);
  });

  it('for a paragraph or a label: that one, or nothing if there is none', () => {
    expect(placesFor({ kind: 'paragraph', id: 'iii-4-05' }, places).map((p) => p.href)).toEqual(['/iii-4/#iii-4-05']);
    expect(placesFor({ kind: 'label', label: 'Table 1' }, places).map((p) => p.href)).toEqual(['/iii-4/#table-1']);
    expect(placesFor({ kind: 'paragraph', id: 'iv-9-01' }, places)).toEqual([]);
  });
});
