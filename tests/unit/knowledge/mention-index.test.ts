import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/lib/knowledge/matcher.ts';
import { excerpt, mentionIndex } from '../../../src/lib/knowledge/mentions.ts';

const matcher = createMatcher([
  { entity: { collection: 'countries', id: 'kazakhstan' }, text: 'Kazakhstan' },
  { entity: { collection: 'projects', id: 'pipeline' }, text: 'Kazakhstan pipeline' },
  { entity: { collection: 'organisations', id: 'sco' }, text: 'SCO' },
]);

describe('the mention index', () => {
  const index = mentionIndex(
    [
      { id: 'iii-1-01', text: 'The Kazakhstan pipeline opened. Later, Kazakhstan grew.' },
      { id: 'iii-1-02', text: 'The Kazakhstan pipeline only.' },
      { id: 'iii-1-03', text: 'Nothing here.' },
      { id: 'table-1', text: 'SCO | 12' },
    ],
    matcher,
  );

  it('lists each paragraph once per entity, in reading order', () => {
    expect(index.get('countries/kazakhstan')?.map((e) => e.blockId)).toEqual(['iii-1-01', 'iii-1-02']);
    expect(index.get('projects/pipeline')?.map((e) => e.blockId)).toEqual(['iii-1-01', 'iii-1-02']);
  });

  it('marks a paragraph that names the entity only inside another name as not direct', () => {
    const [first, second] = index.get('countries/kazakhstan')!;
    expect(first?.direct).toBe(true);
    expect(first?.excerpt.match).toBe('Kazakhstan');
    expect(second?.direct).toBe(false);
    expect(second?.excerpt.match).toBe('Kazakhstan pipeline');
  });

  it('indexes tables too', () => {
    expect(index.get('organisations/sco')?.map((e) => e.blockId)).toEqual(['table-1']);
  });

  it('has no entry for an entity never named', () => {
    expect(index.has('countries/china')).toBe(false);
  });
});

describe('excerpts', () => {
  const text = 'one two three four five six seven eight nine ten';
  it('keep the whole text when it is short', () => {
    expect(excerpt(text, 14, 18)).toEqual({ before: 'one two three ', match: 'four', after: ' five six seven eight nine ten' });
  });
  it('cut at word boundaries and add ellipses', () => {
    const cut = excerpt(text, 28, 33, 8);
    expect(cut).toEqual({ before: '… six ', match: 'seven', after: ' eight …' });
  });
});
