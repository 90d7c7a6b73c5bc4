/**
 * /cite/quote/<section>.json: what the Quote dialog (src/client/quote.ts) fills with a quotation's
 * pages to cite it as the original article, for each section of the paper and for the whole paper
 * (a quotation across sections). Rendered by citation-js at build time (src/lib/cite/quote-templates.ts;
 * a section's are learnt once with its citation templates, src/lib/content/cite-queries.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCitationTargets, getQuoteTemplates } from '../../../lib/content/cite-queries.ts';
import type { CitationTarget } from '../../../lib/cite/csl-item.ts';

export const getStaticPaths = (async () => {
  const { paper, sections } = await getCitationTargets();
  return [paper, ...sections].map((target) => ({ params: { target: target.id }, props: { target } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: CitationTarget }> = async ({ props }) =>
  new Response(JSON.stringify(await getQuoteTemplates(props.target)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
