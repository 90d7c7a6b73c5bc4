/**
 * What the address-permanence check says: an address that still stands passes, a removed page or
 * id is named with the editions that published it, and a declared move (of an id, or of a page
 * with its ids) leads on to where the paragraph now stands.
 */
import { describe, expect, it } from 'vitest';
import { brokenAddresses, followMoves } from '../../../src/lib/editions/permanence.ts';
import { publishedIds } from '../../../src/lib/site/built-pages.ts';

const published = (version: string, pages: Record<string, string[]>) => ({
  version,
  date: '2026-12-05',
  pages: Object.entries(pages).map(([path, ids]) => ({ path, ids })),
});
const build = (pages: Record<string, string[]>) => new Map(Object.entries(pages).map(([path, ids]) => [path, new Set(ids)]));

describe('published addresses in a later build', () => {
  const editions = [published('1.6', { '/paper/iii/4/': ['iii-4-05', 'iii-4-06'] }), published('1.7', { '/paper/iii/4/': ['iii-4-05'] })];

  it('resolve when the page holds every id', () => {
    expect(brokenAddresses(editions, build({ '/paper/iii/4/': ['iii-4-05', 'iii-4-06', 'new'] }))).toEqual([]);
  });

  it('are named, once, with every edition that published them, when an id or a page is gone', () => {
    expect(brokenAddresses(editions, build({ '/paper/iii/4/': ['iii-4-06'] }))).toEqual([
      { address: '/paper/iii/4/#iii-4-05', editions: ['1.6', '1.7'], reason: '/paper/iii/4/ has no id “iii-4-05”' },
    ]);
    expect(brokenAddresses(editions, build({})).map((b) => b.address)).toEqual(['/paper/iii/4/', '/paper/iii/4/#iii-4-05', '/paper/iii/4/#iii-4-06']);
  });

  it('follow a declared move of an id, or of a page with its ids, and say where a move leads nowhere', () => {
    const now = build({ '/paper/iii/energy/': ['iii-4-05', 'iii-4-06a'] });
    const moves = [
      { from: '/paper/iii/4/', to: '/paper/iii/energy/' },
      { from: '/paper/iii/4/#iii-4-06', to: '/paper/iii/energy/#iii-4-06a' },
    ];
    expect(followMoves('/paper/iii/4/#iii-4-05', moves)).toBe('/paper/iii/energy/#iii-4-05');
    expect(brokenAddresses(editions, now, moves)).toEqual([]);
    expect(brokenAddresses(editions, now, [{ from: '/paper/iii/4/', to: '/paper/iii/energy/' }])).toEqual([
      { address: '/paper/iii/4/#iii-4-06', editions: ['1.6'], reason: '/paper/iii/energy/ has no id “iii-4-06” (moved to /paper/iii/energy/#iii-4-06)' },
    ]);
  });
});

describe('the ids a built page publishes', () => {
  it('are those of its main content, each once, sorted: not the header’s, nor those inside a template a script stamps out', () => {
    const page = `<!doctype html><html><body><header><a id="top-link" href="#">Top</a></header><main>
      <h1 id="_top">Energy</h1><p id="iii-4-06">…</p><p id="iii-4-05">…</p><a id="iii-4-05" href="#iii-4-05">¶</a>
      <template id="quote-dialog-parts"><select id="quote-from"></select><h3 id="quote-passage-heading">The passage</h3></template>
      <svg><path d="M0 0"/></svg></main></body></html>`;
    expect(publishedIds(page)).toEqual(['_top', 'iii-4-05', 'iii-4-06', 'quote-dialog-parts']);
  });
});
