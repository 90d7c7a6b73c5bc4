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
import { blocksOnDisk, entitiesOnDisk } from '../../support/knowledge-on-disk.ts';

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
  const entities = entitiesOnDisk();
  const events = timelineEvents(entities);
  const blocks = blocksOnDisk();
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

describe('the cell spacing before indexing', () => {
  it('puts a space between adjacent cells and terms, and nowhere else', async () => {
    const { spaceCells } = await import('../../../src/plugins/index-cell-spacing.ts');
    expect(spaceCells('<dl><dt>Sector</dt><dd>Mining</dd></dl>')).toBe('<dl><dt>Sector</dt> <dd>Mining</dd> </dl>');
    expect(spaceCells('<table><caption>Figures</caption><tr><th>What</th><th>When</th></tr></table>')).toBe(
      '<table><caption>Figures</caption> <tr><th>What</th> <th>When</th> </tr></table>',
    );
    expect(spaceCells('<p><a href="/x">China</a><span>’s</span></p>')).toBe('<p><a href="/x">China</a><span>’s</span></p>');
  });
});
