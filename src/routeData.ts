/**
 * Starlight route middleware: puts the links of a page's hero actions (frontmatter, written from
 * the site's root like every site path) under the site's base, as Starlight does for the sidebar
 * but not for hero actions; and lists a paper page's paragraphs and tables, with their journal
 * pages, in its "On this page" list, under the page's title, without adding headings to the text.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { sitePath } from './lib/site/site-url.ts';
import { getPageContents } from './lib/content/paper-queries.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  for (const action of route.entry.data.hero?.actions ?? []) if (action.link.startsWith('/')) action.link = sitePath(action.link);
  const top = route.toc?.items[0];
  if (!top) return;
  for (const { id, text } of await getPageContents(route.id)) top.children.push({ depth: 3, slug: id, text, children: [] });
});
