/**
 * Queries for the search index: the filters each page is filed under.
 */
import type { KbEntity } from '../knowledge/entities.ts';
import { dataSetFacets, entitiesByBlock, entityFacets, paperPageFacets, type SearchFacets } from '../search/facets.ts';
import { getPaperIndex } from './paper-queries.ts';
import { getKnowledgeBase, getRouteEntity, getTimelineEvents } from './knowledge-queries.ts';
import { getDataSets } from './data-queries.ts';
import { memo } from './memo.ts';

const getNamedByBlock = memo((): Promise<Map<string, KbEntity[]>> => getKnowledgeBase().then((kb) => entitiesByBlock(kb.entities, kb.mentions)));

/** What a route is filed under in the search index, or undefined for pages with no filters (indexes, about pages). */
export async function getSearchFacets(routeId: string): Promise<SearchFacets | undefined> {
  const [kb, allEvents, index, byBlock] = await Promise.all([getKnowledgeBase(), getTimelineEvents(), getPaperIndex(), getNamedByBlock()]);
  const entry = index.entryById.get(routeId);
  if (entry) return paperPageFacets(entry.data.paper.part, (index.blocksByPage.get(entry.id) ?? []).map((b) => b.id), kb.entities, byBlock, allEvents);
  const entity = await getRouteEntity(routeId);
  if (entity) return entityFacets(kb.entities, entity, allEvents);
  const [section, id] = routeId.split('/');
  if (section === 'data' && id && (await getDataSets()).some((d) => d.id === id)) return dataSetFacets();
  return undefined;
}
