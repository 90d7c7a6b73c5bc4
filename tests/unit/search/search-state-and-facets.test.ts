/**
 * The search page's URL state round-trips, and each page is filed under the right filters: an
 * agreement under its kind, its parties' countries and its decade; a paper page under its part,
 * the countries it names and the decades of the facts it states.
 */
import { describe, expect, it } from 'vitest';
import { highlightUrl, readSearchState, searchStateQuery } from '../../../src/lib/search/state.ts';
import { entitiesByBlock, entityFacets, pagefindFilters, paperPageFacets } from '../../../src/lib/search/facets.ts';
import { createMatcher } from '../../../src/lib/knowledge/matcher.ts';
import { matchNames } from '../../../src/lib/knowledge/entities.ts';
import { mentionIndex } from '../../../src/lib/knowledge/mentions.ts';
import { timelineEvents } from '../../../src/lib/knowledge/timeline.ts';
import { readContent } from '../../../src/lib/content/content-check.ts';

describe('the search state in the URL', () => {
  it('reads the query and one value per known filter, ignoring the rest', () => {
    const state = readSearchState(new URLSearchParams('q=+horgos+&country=kazakhstan&colour=red&type='));
    expect(state).toEqual({ q: 'horgos', filters: { country: 'kazakhstan' } });
  });

  it('writes q first, then the filters in their order, and reads back the same', () => {
    const state = { q: 'gas pipeline', filters: { decade: '2000s', type: 'project', country: 'turkmenistan' } };
    const query = searchStateQuery(state);
    expect(query).toBe('?q=gas+pipeline&type=project&country=turkmenistan&decade=2000s');
    expect(readSearchState(new URLSearchParams(query))).toEqual(state);
    expect(searchStateQuery({ q: '', filters: {} })).toBe('');
  });

  it('puts the searched words before the #anchor of a result', () => {
    expect(highlightUrl('/paper/iii-policy-tools/3-economic-cooperation/#iii-3-01', 'Pavlodar factory', 'http://x')).toBe(
      '/paper/iii-policy-tools/3-economic-cooperation/?highlight=Pavlodar+factory#iii-3-01',
    );
    expect(highlightUrl('/countries/kazakhstan/', '', 'http://x')).toBe('/countries/kazakhstan/');
  });
});

describe('the filters of a page', () => {
  const { entities, blocks } = readContent().content;
  const events = timelineEvents(entities);
  const mentions = mentionIndex(blocks, createMatcher(matchNames(entities)));
  const entity = (collection: string, id: string) => entities.find((e) => e.collection === collection && e.id === id)!;

  it('an agreement: its type, kind, the countries of its parties and its decade', () => {
    expect(entityFacets(entities, entity('agreements', 'good-neighborly-treaty-kazakhstan'), events)).toEqual({
      type: ['agreement'],
      country: ['china', 'kazakhstan'],
      'agreement-kind': ['treaty'],
      decade: ['2000s'],
    });
  });

  it('a project: its countries; a country: itself', () => {
    expect(entityFacets(entities, entity('projects', 'pavlodar-electrolytic-aluminum-factory'), events).country).toEqual(['kazakhstan']);
    expect(entityFacets(entities, entity('countries', 'tajikistan'), events)).toMatchObject({ type: ['country'], country: ['tajikistan'] });
  });

  it('a paper page: its part, every country it names or whose projects it names, the decades its facts fall in', () => {
    const ids = blocks.filter((b) => b.id.startsWith('iii-3-')).map((b) => b.id);
    const byBlock = entitiesByBlock(entities, mentions);
    const facets = paperPageFacets('iii', ids, entities, byBlock, events);
    expect(facets.type).toEqual(['paper']);
    expect(facets.part).toEqual(['iii']);
    expect(facets.country).toEqual(expect.arrayContaining(['kazakhstan', 'kyrgyzstan', 'tajikistan', 'uzbekistan', 'turkmenistan']));
    expect(facets.decade).toContain('2010s');
    expect(paperPageFacets('front', ['abstract-01'], entities, byBlock, events)).not.toHaveProperty('part');
  });

  it('become Pagefind inline filters, one per value', () => {
    expect(pagefindFilters({ type: ['paper'], part: ['ii'], country: ['china', 'russia'] })).toEqual([
      'type:paper',
      'part:ii',
      'country:china',
      'country:russia',
    ]);
  });
});

describe('the word spacing before indexing', () => {
  it('puts a space at block-level boundaries between tags, and nowhere else', async () => {
    const { spaceBlocks } = await import('../../../src/plugins/index-word-spacing.ts');
    expect(spaceBlocks('<dl><dt>Sector</dt><dd>Mining</dd></dl>')).toBe('<dl> <dt>Sector</dt> <dd>Mining</dd> </dl>');
    expect(spaceBlocks('<table><caption>Figures</caption><tr><th>What</th><th>When</th></tr></table>')).toBe(
      '<table> <caption>Figures</caption> <tr> <th>What</th> <th>When</th> </tr> </table>',
    );
    // A quoted statement and its provenance link; a label and the quotation after it.
    expect(spaceBlocks('<li><blockquote>in South Yolotan areas</blockquote><a href="#p">¶ iii-3-05</a></li>')).toBe(
      '<li> <blockquote>in South Yolotan areas</blockquote> <a href="#p">¶ iii-3-05</a></li>',
    );
    expect(spaceBlocks('<span>editorial wording</span><blockquote>The 9th meeting</blockquote>')).toBe(
      '<span>editorial wording</span> <blockquote>The 9th meeting</blockquote>',
    );
    expect(spaceBlocks('<li><strong>2013</strong> — strategic partnership<blockquote>China and</blockquote>, as printed</li>')).toBe(
      '<li><strong>2013</strong> — strategic partnership <blockquote>China and</blockquote> , as printed</li>',
    );
    // Starlight's link card (title, then description) and hero buttons.
    expect(spaceBlocks('<a href="/p/"><span class="title">III. Policy tools</span></a><span class="description">Seven points</span>')).toBe(
      '<a href="/p/"><span class="title">III. Policy tools</span></a> <span class="description">Seven points</span>',
    );
    expect(
      spaceBlocks(
        '<a class="sl-link-button primary" href="/a/">Read the paper</a><a class="sl-link-button secondary" href="/b/">Full text</a>',
      ),
    ).toBe('<a class="sl-link-button primary" href="/a/">Read the paper</a> <a class="sl-link-button secondary" href="/b/">Full text</a>');
    // Inline neighbours stay joined, as they render: China’s is one word.
    expect(spaceBlocks('<p><a href="/x">China</a><span>’s</span></p>')).toBe('<p><a href="/x">China</a><span>’s</span></p>');
    expect(spaceBlocks('<div class="a"></div><div class="b"></div>')).toBe('<div class="a"></div><div class="b"></div>');
    // Tag names that only begin like a block's are not blocks.
    expect(spaceBlocks('<b>x</b><pre-view></pre-view><tracker></tracker>')).toBe('<b>x</b><pre-view></pre-view><tracker></tracker>');
    // Scripts, styles and preformatted text are kept as written (a changed script would fail its hash).
    const verbatim = '<script>const s = "</p><p>";</script><pre><span>a</span></li><b>b</b></pre><style>p>li{}</style>';
    expect(spaceBlocks(verbatim)).toBe(verbatim);
    expect(spaceBlocks(`<p>a</p>${verbatim}<p>b</p><p>c</p>`)).toBe(`<p>a</p>${verbatim}<p>b</p> <p>c</p>`);
    expect(spaceBlocks('<pre-view><p>a</p><p>b</p></pre-view>')).toBe('<pre-view> <p>a</p> <p>b</p> </pre-view>');
  });
});
