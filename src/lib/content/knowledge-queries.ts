/**
 * Queries of the knowledge base: every entity, checked for integrity (the build stops on any
 * problem), with the matcher and the mention index; the entity pages' paths; the entity a route shows; the timeline.
 */
import { getCollection } from 'astro:content';
import { datasetText } from '../data/text.ts';
import { createMatcher, type Matcher } from '../knowledge/matcher.ts';
import { ENTITY_COLLECTIONS, isEntityCollection } from '../knowledge/kinds.ts';
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
  const [collections, blocks] = await Promise.all([
    Promise.all(ENTITY_COLLECTIONS.map(async (collection) => ({ collection, entries: await getCollection(collection) }))),
    getIndexedBlocks(),
  ]);
  // Each entry was validated by its own kind's schema (src/content.config.ts): its data is that kind's.
  const entities = collections.flatMap(({ collection, entries }) =>
    entries.map((e) => ({ collection, id: e.id, file: e.filePath ?? `content/${collection}/${e.id}.yaml`, data: e.data }) as KbEntity),
  );
  const problems = checkKnowledgeBase(entities, blocks);
  if (problems.length > 0) throw new ContentProblems(problems);
  const matcher = createMatcher(matchNames(entities));
  return { entities, matcher, mentions: mentionIndex(blocks, matcher) };
});

/** Static paths for the entity pages, every kind: `{ params: { collection, id }, props: { entity } }`. */
export async function getEntityPaths() {
  const kb = await getKnowledgeBase();
  return kb.entities.map((entity) => ({ params: { collection: entity.collection, id: entity.id }, props: { entity } }));
}

/** The entity a route shows ("countries/kazakhstan"), if it is an entity page. */
export async function getRouteEntity(routeId: string): Promise<KbEntity | undefined> {
  const [collection, id, ...rest] = routeId.split('/');
  if (!collection || !id || rest.length > 0 || !isEntityCollection(collection)) return undefined;
  return (await getKnowledgeBase()).entities.find((e) => e.collection === collection && e.id === id);
}

/** Every dated fact of the knowledge base, in date order (src/lib/knowledge/timeline.ts). */
export const getTimelineEvents = memo((): Promise<TimelineEvent[]> => getKnowledgeBase().then((kb) => timelineEvents(kb.entities)));

