/** robots.txt: every page may be crawled; a published build (SITE_URL set) names its sitemap. */
import type { APIRoute } from 'astro';
import { sitePath } from '../lib/site/site-url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    ['User-agent: *', 'Allow: /', ...(site ? [`Sitemap: ${new URL(sitePath('/sitemap-index.xml'), site).href}`] : []), ''].join('\n'),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
