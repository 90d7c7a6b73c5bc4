/**
 * /search/places.json: every paragraph, table, figure and journal page with its address, for a
 * search that is a paragraph id, a label or a page number (src/lib/search/citation-query.ts). Fetched
 * only when a query is one.
 */
import type { APIRoute } from 'astro';
import { getBlockLocation, getDataset, getJournalPages, getPaperBlocks, getPageStarts } from '../../lib/content/paper-queries.ts';
import { pageSpanLabel } from '../../lib/paper/page-labels.ts';
import type { CitedPlace, CitedPlaces } from '../../lib/search/citation-query.ts';

export const GET: APIRoute = async () => {
  const [blocks, journalPages, starts] = await Promise.all([getPaperBlocks(), getJournalPages(), getPageStarts()]);
  const paragraphs: Record<string, CitedPlace & { pages: [number, number] }> = {};
  const labels: Record<string, CitedPlace> = {};
  const pages: Record<string, CitedPlace> = {};
  for (const block of blocks) {
    const location = await getBlockLocation(block.id);
    const span = pageSpanLabel(block.pages, starts);
    if (block.kind === 'paragraph') {
      paragraphs[block.id] = {
        href: location.href,
        title: `¶ ${block.id} · ${location.sectionName} · journal ${span}`,
        pages: [block.pages.first, block.pages.last],
      };
    } else {
      const dataset = await getDataset(block.id);
      labels[dataset.label] = {
        href: location.href,
        title: `${dataset.label}. ${dataset.caption} · ${location.sectionName} · journal ${span}`,
      };
    }
  }
  for (const page of journalPages)
    pages[page.page] = {
      href: page.href,
      title: `Journal page ${page.page} begins here: ${page.section}${page.inferred ? ' (start inferred)' : ''}`,
    };
  const places: CitedPlaces = { paragraphs, labels, pages };
  return new Response(JSON.stringify(places), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
