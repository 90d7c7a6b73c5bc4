/**
 * What each page is filed under in the search index (Pagefind filters): its type, the part of
 * the paper, every country it concerns, an agreement's kind, and the decades of the dated facts it
 * states. Pure: it gets the knowledge base, the paper's blocks and the timeline.
 */
import type { KbEntity } from '../knowledge/entities.ts';
import { countriesOf } from '../knowledge/relations.ts';
import { entityKey, type MentionEntry } from '../knowledge/mentions.ts';
import { decadeOf, type TimelineEvent } from '../knowledge/timeline.ts';
import type { PartKey } from '../paper/outline.ts';
import { FILTER_NAMES, type FilterName } from './filters.ts';
import { ENTITY_KINDS, ENTITY_KIND_LIST, type EntityPageType } from '../knowledge/kinds.ts';

/** The page types (the "type" filter's values) and their labels: the paper, each kind of entity, the data sets. */
export const PAGE_TYPES = {
  paper: 'The paper',
  ...(Object.fromEntries(ENTITY_KIND_LIST.map((k) => [k.pageType, k.singular])) as Record<EntityPageType, string>),
  'data-set': 'Data set',
};

export type SearchFacets = Partial<Record<FilterName, readonly string[]>>;

/** "1990s" for 1991–1999: the decade filter's values. */
export const decadeValue = (event: Pick<TimelineEvent, 'date'>) => `${decadeOf(event)}s`;

const unique = (values: readonly string[]) => [...new Set(values)].sort();

/** An entity page: its type, the countries it concerns, an agreement's kind, the decades of its dated facts. */
export function entityFacets(all: readonly KbEntity[], entity: KbEntity, events: readonly TimelineEvent[]): SearchFacets {
  const own = events.filter((e) => e.entity.collection === entity.collection && e.entity.id === entity.id);
  return {
    type: [ENTITY_KINDS[entity.collection].pageType],
    country: unique(countriesOf(all, entity)),
    ...(entity.collection === 'agreements' && { 'agreement-kind': [entity.data.kind] }),
    decade: unique(own.map(decadeValue)),
  };
}

/** The entities named in each paragraph or table (by block id): the mention index turned round, made once per build. */
export function entitiesByBlock(all: readonly KbEntity[], mentions: ReadonlyMap<string, readonly MentionEntry[]>): Map<string, KbEntity[]> {
  const byBlock = new Map<string, KbEntity[]>();
  for (const entity of all) {
    for (const blockId of new Set((mentions.get(entityKey(entity)) ?? []).map((m) => m.blockId))) {
      byBlock.set(blockId, [...(byBlock.get(blockId) ?? []), entity]);
    }
  }
  return byBlock;
}

/**
 * A page of the paper: its part, the countries it names or whose agreements, projects and
 * organisations it names, and the decades of the dated facts its paragraphs state. Looks at the
 * page's own blocks only (`byBlock` from entitiesByBlock), so its cost does not grow with the paper.
 */
export function paperPageFacets(
  part: PartKey,
  blockIds: readonly string[],
  all: readonly KbEntity[],
  byBlock: ReadonlyMap<string, readonly KbEntity[]>,
  events: readonly TimelineEvent[],
): SearchFacets {
  const here = new Set(blockIds);
  const named = [...new Set(blockIds.flatMap((id) => byBlock.get(id) ?? []))];
  return {
    type: ['paper'],
    ...(part !== 'front' && { part: [part] }),
    country: unique(named.flatMap((e) => countriesOf(all, e))),
    decade: unique(events.filter((e) => here.has(e.paragraph)).map(decadeValue)),
  };
}

/** A data set page: its type only. */
export const dataSetFacets = (): SearchFacets => ({ type: ['data-set'] });

/** The facets as Pagefind's inline filter attributes: "country:kazakhstan". */
export const pagefindFilters = (facets: SearchFacets): string[] =>
  FILTER_NAMES.flatMap((name) => (facets[name] ?? []).map((value) => `${name}:${value}`));

/** Display labels of the filter values (countries by name, parts by heading), for the search page. */
export function filterLabels(all: readonly KbEntity[], partLabels: Readonly<Record<string, string>>, kindLabel: (kind: string) => string) {
  const countries = Object.fromEntries(all.filter((e) => e.collection === 'countries').map((e) => [e.id, e.data.name]));
  const kinds = Object.fromEntries(all.flatMap((e) => (e.collection === 'agreements' ? [[e.data.kind, kindLabel(e.data.kind)]] : [])));
  return {
    type: { ...PAGE_TYPES } as Record<string, string>,
    part: { ...partLabels },
    country: countries,
    'agreement-kind': kinds,
    decade: {} as Record<string, string>,
  } satisfies Record<FilterName, Record<string, string>>;
}
