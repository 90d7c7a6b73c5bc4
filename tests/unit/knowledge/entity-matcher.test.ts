import { describe, expect, it } from 'vitest';
import { createMatcher, firstMentions, type MatchName } from '../../../src/lib/knowledge/matcher.ts';

const country = (id: string) => ({ collection: 'countries' as const, id });
const project = (id: string) => ({ collection: 'projects' as const, id });
const names: MatchName[] = [
  { entity: country('china'), text: 'China' },
  { entity: country('kazakhstan'), text: 'Kazakhstan' },
  { entity: country('kazakhstan'), text: 'Kazakh' },
  { entity: country('kazakhstan'), text: 'China-Kazakhstan' },
  { entity: project('oil-pipeline'), text: 'China-Kazakhstan oil pipeline' },
  { entity: { collection: 'agreements', id: 'treaty-kg' }, text: 'Treaty', scope: { paragraph: 'p-1', occurrence: 1 } },
  { entity: { collection: 'agreements', id: 'treaty-kz' }, text: 'Treaty', scope: { paragraph: 'p-1', occurrence: 2 } },
];
const matcher = createMatcher(names);
const found = (text: string, paragraph = 'p-0') => matcher.find(text, paragraph).map((m) => `${m.text}→${m.entity.id}`);

describe('the entity matcher', () => {
  it('prefers the longest name where names overlap', () => {
    expect(found('the China-Kazakhstan oil pipeline and China-Kazakhstan trade')).toEqual([
      'China-Kazakhstan oil pipeline→oil-pipeline',
      'China-Kazakhstan→kazakhstan',
    ]);
  });

  it('matches whole words only: "Kazakh" is not found inside "Kazakhstan"', () => {
    expect(found('Kazakhstan and the Kazakh border; Kazakhs')).toEqual(['Kazakhstan→kazakhstan', 'Kazakh→kazakhstan']);
  });

  it('treats quotation marks and hyphens as boundaries', () => {
    expect(found('the “China” model, Sino-Kazakh ties')).toEqual(['China→china', 'Kazakh→kazakhstan']);
  });

  it('is case-sensitive', () => {
    expect(found('china and KAZAKHSTAN')).toEqual([]);
  });

  it('reports the entities named inside a longer match as nested', () => {
    const [pipeline] = matcher.find('the China-Kazakhstan oil pipeline', 'p-0');
    expect(pipeline?.nested.map((n) => n.id).sort()).toEqual(['china', 'kazakhstan']);
  });

  it('matches a scoped name only at its occurrence in its paragraph', () => {
    expect(found('a Treaty, then a Treaty, then a Treaty', 'p-1')).toEqual(['Treaty→treaty-kg', 'Treaty→treaty-kz']);
    expect(found('a Treaty', 'p-2')).toEqual([]);
  });

  it('gives the first mention of each entity for linking', () => {
    const mentions = matcher.find('China, Kazakhstan, China and the Kazakh steppe', 'p-0');
    expect(firstMentions(mentions).map((m) => `${m.start}:${m.entity.id}`)).toEqual(['0:china', '7:kazakhstan']);
  });
});
