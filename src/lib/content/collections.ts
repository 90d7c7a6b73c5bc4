/**
 * The one module that queries the content collections. Everything else imports from here.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { PaperPage } from '../../schemas/paper-page.ts';
import type { PageStart } from '../../schemas/page-start.ts';
import { compareReadingOrder, partOf, sectionName, sectionNumber, type PartKey } from '../paper/outline.ts';
import { pageSpanLabel } from '../paper/page-labels.ts';
import { datasetText } from '../data/text.ts';
import { createMatcher, type EntityCollection, type Matcher } from '../knowledge/matcher.ts';
import { matchNames, type KbEntity } from '../knowledge/entities.ts';
import { checkKnowledgeBase } from '../knowledge/integrity.ts';
import { ContentProblems } from './problem.ts';
import { mentionIndex, type IndexedBlock, type MentionEntry } from '../knowledge/mentions.ts';
import { printedDataSet, textDataSets, type DataSet } from '../data/data-sets.ts';
import { dataNotes, type DataNote } from '../data/notes.ts';
import { paperBlocks, type PaperBlock } from '../paper/model.ts';
import { articleMeta, type ArticleMeta } from '../paper/article-meta.ts';
import { readEdition, readPaperMeta } from './meta-files.ts';
import type { Edition } from '../../schemas/paper-meta.ts';
import { paperTarget, type CitationTarget } from '../cite/csl-item.ts';
import { paragraphTargets, sectionTargets } from '../cite/targets.ts';
import { ENTITY_COLLECTIONS } from '../knowledge/matcher.ts';
import { timelineEvents, type TimelineEvent } from '../knowledge/timeline.ts';
import { dataSetFacets, entitiesByBlock, entityFacets, paperPageFacets, type SearchFacets } from '../search/facets.ts';
import { sitePath } from '../site/site-url.ts';
import { journalPages, type JournalPage } from '../paper/journal-pages.ts';

export type PaperEntry = CollectionEntry<'docs'> & { data: { paper: PaperPage } };

const isPaperEntry = (entry: CollectionEntry<'docs'>): entry is PaperEntry => entry.data.paper !== undefined;

let paperEntries: Promise<PaperEntry[]> | undefined;
/** The paper's pages in reading order. */
export function getPaperEntries(): Promise<PaperEntry[]> {
  paperEntries ??= getCollection('docs').then((all) => all.filter(isPaperEntry).sort((a, b) => compareReadingOrder(a.data.paper, b.data.paper)));
  return paperEntries;
}

export async function getPartEntries(part: PartKey): Promise<PaperEntry[]> {
  return (await getPaperEntries()).filter((e) => e.data.paper.part === part);
}

let pageStarts: Promise<PageStart[]> | undefined;
/** Journal page starts, in page order. */
export function getPageStarts(): Promise<PageStart[]> {
  pageStarts ??= getCollection('pageStarts').then((all) => all.map((e) => e.data).sort((a, b) => a.page - b.page));
  return pageStarts;
}

export async function getPageStart(page: number): Promise<PageStart> {
  const start = (await getPageStarts()).find((s) => s.page === page);
  if (!start) throw new Error(`content/page-starts.yaml, field "page": no entry for page ${page}`);
  return start;
}

let blocks: Promise<PaperBlock[]> | undefined;
/** Every paragraph and table of the paper, in reading order, with its journal pages. */
export function getPaperBlocks(): Promise<PaperBlock[]> {
  blocks ??= (async () => {
    const [entries, starts] = await Promise.all([getPaperEntries(), getPageStarts()]);
    const sources = entries.map((e) => ({ pageId: e.id, body: e.body ?? '' }));
    return paperBlocks(sources, starts[0]?.page ?? 1);
  })();
  return blocks;
}

/** Lookups made once per build, so that a page's work does not scan the whole paper. */
interface PaperIndex {
  readonly blockById: ReadonlyMap<string, PaperBlock>;
  readonly blocksByPage: ReadonlyMap<string, readonly PaperBlock[]>;
  readonly entryById: ReadonlyMap<string, PaperEntry>;
}
let paperIndex: Promise<PaperIndex> | undefined;
function getPaperIndex(): Promise<PaperIndex> {
  paperIndex ??= (async () => {
    const [all, entries] = await Promise.all([getPaperBlocks(), getPaperEntries()]);
    const blocksByPage = new Map<string, PaperBlock[]>();
    for (const block of all) blocksByPage.set(block.pageId, [...(blocksByPage.get(block.pageId) ?? []), block]);
    return { blockById: new Map(all.map((b) => [b.id, b])), blocksByPage, entryById: new Map(entries.map((e) => [e.id, e])) };
  })();
  return paperIndex;
}

export async function getBlock(id: string): Promise<PaperBlock> {
  const block = (await getPaperIndex()).blockById.get(id);
  if (!block) throw new Error(`No paragraph or table with id "${id}" in content/paper`);
  return block;
}

export async function getDataset(id: string) {
  const entry = await getEntry('datasets', id);
  if (!entry) throw new Error(`content/data: no data set with id "${id}"`);
  return entry.data;
}

/** The URL path of a docs entry. */
export const entryPath = (entry: Pick<CollectionEntry<'docs'>, 'id'>) => sitePath(entry.id === 'index' ? '/' : `/${entry.id}/`);

/** Paragraphs with their text, and tables with the words of their cells: what mentions and quotes are found in. */
export async function getIndexedBlocks(): Promise<IndexedBlock[]> {
  const blocks = await getPaperBlocks();
  return Promise.all(blocks.map(async (b) => ({ id: b.id, text: b.kind === 'table' ? datasetText(await getDataset(b.id)) : b.text })));
}

/** Where a paragraph or table stands: its URL on its section page, its part and section and its journal pages. */
export interface BlockLocation {
  readonly id: string;
  readonly href: string;
  /** "III. Policy tools", or "Front matter". */
  readonly part: string;
  readonly section: string;
  readonly sectionTitle: string;
  /** "III.3 Energy cooperation", a part's heading, or a front page's title (src/lib/paper/outline.ts). */
  readonly sectionName: string;
  readonly pages: string;
}

export async function getBlockLocation(id: string): Promise<BlockLocation> {
  const [block, index, starts] = await Promise.all([getBlock(id), getPaperIndex(), getPageStarts()]);
  const entry = index.entryById.get(block.pageId);
  if (!entry) throw new Error(`Paragraph "${id}" stands on an unknown page ${block.pageId}`);
  return {
    id,
    href: `${entryPath(entry)}#${id}`,
    part: partOf(entry.data.paper.part).label,
    section: sectionNumber(entry.data.paper),
    sectionTitle: entry.data.title,
    sectionName: sectionName(entry.data.title, entry.data.paper),
    pages: pageSpanLabel(block.pages, starts),
  };
}

export interface KnowledgeBase {
  readonly entities: readonly KbEntity[];
  readonly matcher: Matcher;
  /** Mentions per entity key ("countries/kazakhstan"), in reading order. */
  readonly mentions: ReadonlyMap<string, readonly MentionEntry[]>;
}

let knowledgeBase: Promise<KnowledgeBase> | undefined;
/** All entities, checked for integrity (the build stops on any problem), with the matcher and mention index. */
export function getKnowledgeBase(): Promise<KnowledgeBase> {
  knowledgeBase ??= (async () => {
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
  })();
  return knowledgeBase;
}

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

let dataSets: Promise<DataSet[]> | undefined;
/** Every data set: the printed tables and figure, then the text's figures. */
export function getDataSets(): Promise<DataSet[]> {
  dataSets ??= (async () => {
    const [printed, kb] = await Promise.all([getCollection('datasets'), getKnowledgeBase()]);
    const order = (id: string) => Number(id.split('-')[1]) + (id.startsWith('figure') ? 1.5 : 0);
    return [...printed.map((e) => printedDataSet(e.data)).sort((a, b) => order(a.id) - order(b.id)), ...textDataSets(kb.entities)];
  })();
  return dataSets;
}

/** Static paths for the routes of every data set (page, CSV, JSON): `{ params: { id }, props: { set } }`. */
export async function getDataSetPaths() {
  return (await getDataSets()).map((set) => ({ params: { id: set.id }, props: { set } }));
}

export async function getDataSet(id: string): Promise<DataSet> {
  const found = (await getDataSets()).find((d) => d.id === id);
  if (!found) throw new Error(`No data set "${id}"`);
  return found;
}

/** Every computed consistency note (src/lib/data/notes.ts). */
export async function getDataNotes(): Promise<DataNote[]> {
  const [printed, kb] = await Promise.all([getCollection('datasets'), getKnowledgeBase()]);
  return dataNotes(printed.map((e) => e.data), kb.entities);
}

let articleMetaCache: Promise<ArticleMeta> | undefined;
/** The article's metadata (content/paper.yaml), with its last page, abstract and keywords from the paper. */
export function getArticleMeta(): Promise<ArticleMeta> {
  articleMetaCache ??= (async () => {
    const [starts, blocks] = await Promise.all([getPageStarts(), getPaperBlocks()]);
    return articleMeta(readPaperMeta(), starts, (id) => blocks.find((b) => b.id === id && b.kind === 'paragraph')?.text);
  })();
  return articleMetaCache;
}

let editionCache: Edition | undefined;
/** This web edition (content/edition.yaml): identifier and address. */
export function getEdition(): Edition {
  editionCache ??= readEdition();
  return editionCache;
}

export interface CitationTargets {
  readonly paper: CitationTarget;
  readonly sections: readonly CitationTarget[];
  readonly paragraphs: readonly CitationTarget[];
}

let citationTargetsCache: Promise<CitationTargets> | undefined;
/** Everything citable: the whole paper (its address is the linear view), each paper page, each paragraph. */
export function getCitationTargets(): Promise<CitationTargets> {
  citationTargetsCache ??= (async () => {
    const [meta, entries, blocks, starts] = await Promise.all([getArticleMeta(), getPaperEntries(), getPaperBlocks(), getPageStarts()]);
    const pages = entries.map((e) => ({ id: e.id, title: e.data.title, paper: e.data.paper }));
    return {
      paper: paperTarget(meta, sitePath('/paper/full/')),
      sections: sectionTargets(pages, blocks, starts),
      paragraphs: paragraphTargets(pages, blocks, starts),
    };
  })();
  return citationTargetsCache;
}

let targetsById: Promise<ReadonlyMap<string, CitationTarget>> | undefined;
/** A citation target by its id ("paper", "iii-4", "iii-4-05"): what a citation page (/cite/<id>/) cites. */
export async function getCitationTarget(id: string): Promise<CitationTarget | undefined> {
  targetsById ??= getCitationTargets().then(({ paper, sections, paragraphs }) => new Map([paper, ...sections, ...paragraphs].map((t) => [t.id, t])));
  return (await targetsById).get(id);
}

let pageCitations: Promise<Map<string, { target: CitationTarget; paragraphs: CitationTarget[] }>> | undefined;
/** What a paper page (by route id) cites: itself as a section, and its paragraphs. */
export async function getPageCitationTargets(entryId: string): Promise<{ target: CitationTarget; paragraphs: CitationTarget[] } | undefined> {
  pageCitations ??= getCitationTargets().then(({ sections, paragraphs }) => {
    const byPath = new Map(sections.map((target) => [target.path, { target, paragraphs: [] as CitationTarget[] }]));
    for (const paragraph of paragraphs) byPath.get(paragraph.path.slice(0, paragraph.path.indexOf('#')))?.paragraphs.push(paragraph);
    return byPath;
  });
  return (await pageCitations).get(sitePath(`/${entryId}/`));
}

/** The section a paragraph or table stands in, as a citation target: what a quotation from it cites. */
export async function getBlockSectionTarget(id: string): Promise<CitationTarget> {
  const block = await getBlock(id);
  const cited = await getPageCitationTargets(block.pageId);
  if (!cited) throw new Error(`Paragraph or table "${id}" stands on ${block.pageId}, which is not a citable page`);
  return cited.target;
}

/** The entity a route shows ("countries/kazakhstan"), if it is an entity page. */
export async function getRouteEntity(routeId: string): Promise<KbEntity | undefined> {
  const [collection, id, ...rest] = routeId.split('/');
  if (!id || rest.length > 0 || !ENTITY_COLLECTIONS.includes(collection as EntityCollection)) return undefined;
  return (await getKnowledgeBase()).entities.find((e) => e.collection === collection && e.id === id);
}

let events: Promise<TimelineEvent[]> | undefined;
/** Every dated fact of the knowledge base, in date order (src/lib/knowledge/timeline.ts). */
export function getTimelineEvents(): Promise<TimelineEvent[]> {
  events ??= getKnowledgeBase().then((kb) => timelineEvents(kb.entities));
  return events;
}

/** What a route is filed under in the search index, or undefined for pages with no filters (indexes, about pages). */
let namedByBlock: Promise<Map<string, KbEntity[]>> | undefined;
export async function getSearchFacets(routeId: string): Promise<SearchFacets | undefined> {
  namedByBlock ??= getKnowledgeBase().then((kb) => entitiesByBlock(kb.entities, kb.mentions));
  const [kb, allEvents, index, byBlock] = await Promise.all([getKnowledgeBase(), getTimelineEvents(), getPaperIndex(), namedByBlock]);
  const entry = index.entryById.get(routeId);
  if (entry) return paperPageFacets(entry.data.paper.part, (index.blocksByPage.get(entry.id) ?? []).map((b) => b.id), kb.entities, byBlock, allEvents);
  const entity = await getRouteEntity(routeId);
  if (entity) return entityFacets(kb.entities, entity, allEvents);
  const [section, id] = routeId.split('/');
  if (section === 'data' && id && (await getDataSets()).some((d) => d.id === id)) return dataSetFacets();
  return undefined;
}

let journalPageList: Promise<JournalPage[]> | undefined;
/** Each journal page (23–38) with the place in this edition where it begins. */
export function getJournalPages(): Promise<JournalPage[]> {
  journalPageList ??= Promise.all([getPageStarts(), getPaperEntries()]).then(([starts, entries]) =>
    journalPages(
      starts,
      entries.map((entry) => ({ path: entryPath(entry), section: sectionName(entry.data.title, entry.data.paper), body: entry.body ?? '' })),
    ),
  );
  return journalPageList;
}

/** A paper page's paragraphs and tables for its "On this page" list: "¶ iii-4-05 (p. 34, inferred)", "Table 1 (p. 33, inferred)". */
export async function getPageContents(entryId: string): Promise<{ id: string; text: string }[]> {
  const [index, starts] = await Promise.all([getPaperIndex(), getPageStarts()]);
  const blocks = index.blocksByPage.get(entryId) ?? [];
  return Promise.all(
    blocks.map(async (block) => ({
      id: block.id,
      text: `${block.kind === 'paragraph' ? `¶ ${block.id}` : (await getDataset(block.id)).label} (${pageSpanLabel(block.pages, starts)})`,
    })),
  );
}
