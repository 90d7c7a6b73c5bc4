/**
 * Queries of the data sets: the printed tables and figure, and the figures the text states
 * (gathered from the knowledge base), with their routes and the computed consistency notes.
 */
import { getCollection } from 'astro:content';
import { printedDataSet, type DataSet } from '../data/data-set.ts';
import { textDataSets } from '../data/text-data-sets.ts';
import { dataNotes, type DataNote } from '../data/notes.ts';
import { getKnowledgeBase } from './knowledge-queries.ts';
import { memo } from './memo.ts';

/** Every data set: the printed tables and figure, then the text's figures. */
export const getDataSets = memo(async (): Promise<DataSet[]> => {
  const [printed, kb] = await Promise.all([getCollection('datasets'), getKnowledgeBase()]);
  const order = (id: string) => Number(id.split('-')[1]) + (id.startsWith('figure') ? 1.5 : 0);
  return [...printed.map((e) => printedDataSet(e.data)).sort((a, b) => order(a.id) - order(b.id)), ...textDataSets(kb.entities)];
});

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
