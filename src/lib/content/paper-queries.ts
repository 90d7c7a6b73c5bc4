/**
 * Queries of the paper: its pages in reading order, its journal page starts, its paragraphs and
 * tables with their pages and places, its printed tables' files, and the article's metadata. With
 * knowledge-queries.ts, data-queries.ts, cite-queries.ts and search-queries.ts, the only modules
 * that query the content collections; pages and components ask them, never `getCollection` directly.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { PaperPage } from '../../schemas/paper-page.ts';
import type { PageStart } from '../../schemas/page-start.ts';
import { compareReadingOrder, partOf, sectionName, sectionNumber, type PartKey } from '../paper/outline.ts';
import { pageSpanLabel } from '../paper/page-labels.ts';
import { paperBlocks, type PaperBlock } from '../paper/model.ts';
import { articleMeta, type ArticleMeta } from '../paper/article-meta.ts';
import { journalPages, type JournalPage } from '../paper/journal-pages.ts';
import { readPaperMeta } from './meta-files.ts';
import { sitePath } from '../site/site-url.ts';
import { memo } from './memo.ts';

export type PaperEntry = CollectionEntry<'docs'> & { data: { paper: PaperPage } };

const isPaperEntry = (entry: CollectionEntry<'docs'>): entry is PaperEntry => entry.data.paper !== undefined;

/** The paper's pages in reading order. */
export const getPaperEntries = memo(
  (): Promise<PaperEntry[]> =>
    getCollection('docs').then((all) => all.filter(isPaperEntry).sort((a, b) => compareReadingOrder(a.data.paper, b.data.paper))),
);

export async function getPartEntries(part: PartKey): Promise<PaperEntry[]> {
  return (await getPaperEntries()).filter((e) => e.data.paper.part === part);
}

/** Journal page starts, in page order. */
export const getPageStarts = memo(
  (): Promise<PageStart[]> => getCollection('pageStarts').then((all) => all.map((e) => e.data).sort((a, b) => a.page - b.page)),
);

export async function getPageStart(page: number): Promise<PageStart> {
  const start = (await getPageStarts()).find((s) => s.page === page);
  if (!start) throw new Error(`content/page-starts.yaml, field "page": no entry for page ${page}`);
  return start;
}

/** Every paragraph and table of the paper, in reading order, with its journal pages. */
export const getPaperBlocks = memo(async (): Promise<PaperBlock[]> => {
  const [entries, starts] = await Promise.all([getPaperEntries(), getPageStarts()]);
  const sources = entries.map((e) => ({ pageId: e.id, body: e.body ?? '' }));
  return paperBlocks(sources, starts[0]?.page ?? 1);
});

/** Lookups made once per build, so that a page's work does not scan the whole paper. */
export interface PaperIndex {
  readonly blockById: ReadonlyMap<string, PaperBlock>;
  readonly blocksByPage: ReadonlyMap<string, readonly PaperBlock[]>;
  readonly entryById: ReadonlyMap<string, PaperEntry>;
}
export const getPaperIndex = memo(async (): Promise<PaperIndex> => {
  const [all, entries] = await Promise.all([getPaperBlocks(), getPaperEntries()]);
  const blocksByPage = new Map<string, PaperBlock[]>();
  for (const block of all) blocksByPage.set(block.pageId, [...(blocksByPage.get(block.pageId) ?? []), block]);
  return { blockById: new Map(all.map((b) => [b.id, b])), blocksByPage, entryById: new Map(entries.map((e) => [e.id, e])) };
});

export async function getBlock(id: string): Promise<PaperBlock> {
  const block = (await getPaperIndex()).blockById.get(id);
  if (!block) throw new Error(`No paragraph or table with id "${id}" in content/paper`);
  return block;
}

/** A printed table's or the figure's file (content/data/<id>.json). */
export async function getDataset(id: string) {
  const entry = await getEntry('datasets', id);
  if (!entry) throw new Error(`content/data: no data set with id "${id}"`);
  return entry.data;
}

/** The URL path of a docs entry. */
export const entryPath = (entry: Pick<CollectionEntry<'docs'>, 'id'>) => sitePath(entry.id === 'index' ? '/' : `/${entry.id}/`);

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

/** Each journal page (23–38) with the place in this edition where it begins. */
export const getJournalPages = memo(
  (): Promise<JournalPage[]> =>
    Promise.all([getPageStarts(), getPaperEntries()]).then(([starts, entries]) =>
      journalPages(
        starts,
        entries.map((entry) => ({ path: entryPath(entry), section: sectionName(entry.data.title, entry.data.paper), body: entry.body ?? '' })),
      ),
    ),
);

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

/** The article's metadata (content/paper.yaml), with its last page, abstract and keywords from the paper. */
export const getArticleMeta = memo(async (): Promise<ArticleMeta> => {
  const [starts, blocks] = await Promise.all([getPageStarts(), getPaperBlocks()]);
  return articleMeta(readPaperMeta(), starts, (id) => blocks.find((b) => b.id === id && b.kind === 'paragraph')?.text);
});
