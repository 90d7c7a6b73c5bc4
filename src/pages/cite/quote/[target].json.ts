/**
 * /cite/quote/<section>.json: what the Quote dialog (src/client/quote.ts) fills with a quotation's
 * pages to cite it as the original article, for each section of the paper and for the whole paper
 * (a quotation across sections). Rendered by citation-js at build time (src/lib/cite/quote-templates.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticleMeta, getPageStarts } from '../../../lib/content/paper-queries.ts';
import { getCitationTargets, getEdition, getSectionTemplates } from '../../../lib/content/cite-queries.ts';
import type { CitationTarget } from '../../../lib/cite/csl-item.ts';
import { learnQuoteTemplates } from '../../../lib/cite/quote-templates.ts';
import { isInferred } from '../../../schemas/page-start.ts';

export const getStaticPaths = (async () => {
  const { paper, sections } = await getCitationTargets();
  return [paper, ...sections].map((target) => ({ params: { target: target.id }, props: { target } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: CitationTarget }> = async ({ props }) => {
  // A section's are its citation templates' (learnt once, for its Cite panels too); the paper's are learnt here.
  const section = await getSectionTemplates(props.target);
  const inferred = (await getPageStarts()).filter(isInferred).map((s) => s.page);
  const templates = section?.quote ?? learnQuoteTemplates(await getArticleMeta(), getEdition(), props.target, inferred);
  return new Response(JSON.stringify(templates), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
