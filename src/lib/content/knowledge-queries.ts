/**
 * Queries of the knowledge base: every entity, checked for integrity (the build stops on any
 * problem), with the matcher and the mention index; an entity by id or route; the timeline.
 */
import { getCollection } from 'astro:content';
import { datasetText } from '../data/text.ts';
import { createMatcher, ENTITY_COLLECTIONS, type EntityCollection, type Matcher } from '../knowledge/matcher.ts';
import { matchNames, type KbEntity } from '../knowledge/entities.ts';
import { checkKnowledgeBase } from '../knowledge/integrity.ts';
import { mentionIndex, type IndexedBlock, type MentionEntry } from '../knowledge/mentions.ts';
import { timelineEvents, type TimelineEvent } from '../knowledge/timeline.ts';
import { ContentProblems } from './problem.ts';
import { getDataset, getPaperBlocks } from './paper-queries.ts';
import { memo } from './memo.ts';

/** Paragraphs with their text, and tables with the words of their cells: what mentions and quotes are found in. */
export async function getIndexedBlocks(): Promise<IndexedBlock[]> {
  const blocks = await getPaperBlocks();
  return Promise.all(blocks.map(async (b) => ({ id: b.id, text: b.kind === 'table' ? datasetText(await getDataset(b.id)) : b.text })));
}

export interface KnowledgeBase {
  readonly entities: readonly KbEntity[];
  readonly matcher: Matcher;
  /** Mentions per entity key ("countries/kazakhstan"), in reading order. */
  readonly mentions: ReadonlyMap<string, readonly MentionEntry[]>;
}

/** All entities, checked for integrity (the build stops on any problem), with the matcher and mention index. */
export const getKnowledgeBase = memo(async (): Promise<KnowledgeBase> => {
  const [countries, agreements, projects, organisations, blocks] = await Promise.all([
    getCollection('countries'),
    getCollection('agreements'),
    getCollection('projects'),
    getCollection('organisations'),
    getIndexedBlocks(),
  ]);
  const file = (e: { filePath?: string | undefined; id: string }, dir: string) => e.filePath ?? `content/${dir}/${e.id}.yaml`;
  const entities: KbEntity[] = [
    ...countries.map((e) => ({ collection: 'countries' as const, id: e.id, file: file(e, 'countries'), data: e.data })),
    ...agreements.map((e) => ({ collection: 'agreements' as const, id: e.id, file: file(e, 'agreements'), data: e.data })),
    ...projects.map((e) => ({ collection: 'projects' as const, id: e.id, file: file(e, 'projects'), data: e.data })),
    ...organisations.map((e) => ({ collection: 'organisations' as const, id: e.id, file: file(e, 'organisations'), data: e.data })),
  ];
  const problems = checkKnowledgeBase(entities, blocks);
  if (problems.length > 0) throw new ContentProblems(problems);
  const matcher = createMatcher(matchNames(entities));
  return { entities, matcher, mentions: mentionIndex(blocks, matcher) };
});

export async function getEntity(collection: EntityCollection, id: string): Promise<KbEntity> {
  const found = (await getKnowledgeBase()).entities.find((e) => e.collection === collection && e.id === id);
  if (!found) throw new Error(`content/${collection}: no entity "${id}"`);
  return found;
}

/** Static paths for the entity pages of one collection: `{ params: { id }, props: { entity } }`. */
export async function getEntityPaths<C extends EntityCollection>(collection: C) {
  const kb = await getKnowledgeBase();
  return kb.entities
    .filter((e): e is Extract<KbEntity, { collection: C }> => e.collection === collection)
    .map((entity) => ({ params: { id: entity.id }, props: { entity } }));
}

/** The entity a route shows ("countries/kazakhstan"), if it is an entity page. */
export async function getRouteEntity(routeId: string): Promise<KbEntity | undefined> {
  const [collection, id, ...rest] = routeId.split('/');
  if (!id || rest.length > 0 || !ENTITY_COLLECTIONS.includes(collection as EntityCollection)) return undefined;
  return (await getKnowledgeBase()).entities.find((e) => e.collection === collection && e.id === id);
}

/** Every dated fact of the knowledge base, in date order (src/lib/knowledge/timeline.ts). */
export const getTimelineEvents = memo((): Promise<TimelineEvent[]> => getKnowledgeBase().then((kb) => timelineEvents(kb.entities)));

