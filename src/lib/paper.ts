/**
 * The one module that queries the content collections. Everything else imports from here.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { PaperPage } from '../schemas/paper-page.ts';
import type { PageStart } from '../schemas/page-start.ts';
import { compareReadingOrder, type PartKey } from './paper-outline.ts';
import { paperBlocks, type PaperBlock } from './paper-model.ts';

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

export async function getBlock(id: string): Promise<PaperBlock> {
  const block = (await getPaperBlocks()).find((b) => b.id === id);
  if (!block) throw new Error(`No paragraph or table with id "${id}" in content/paper`);
  return block;
}

export async function getDataset(id: string) {
  const entry = await getEntry('datasets', id);
  if (!entry) throw new Error(`content/data: no data set with id "${id}"`);
  return entry.data;
}

/** The URL path of a docs entry. */
export const entryPath = (entry: Pick<CollectionEntry<'docs'>, 'id'>) => (entry.id === 'index' ? '/' : `/${entry.id}/`);
