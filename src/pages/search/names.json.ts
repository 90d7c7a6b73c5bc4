/**
 * /search/names.json: every entity's names (printed and added), for a search that is a name or is
 * a letter or two off one (src/lib/search/names.ts). Fetched when a search first runs.
 */
import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../../lib/content/knowledge-queries.ts';
import { namesIndex } from '../../lib/knowledge/other-names.ts';
import { sitePath } from '../../lib/site/site-url.ts';

export const GET: APIRoute = async () => {
  const kb = await getKnowledgeBase();
  return new Response(JSON.stringify(namesIndex(kb.entities, sitePath)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
