/**
 * Starlight route middleware: puts the links of a page's hero actions (frontmatter, written from
 * the site's root like every site path) under the site's base, as Starlight does for the sidebar
 * but not for hero actions.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { sitePath } from './lib/site-url.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const hero = context.locals.starlightRoute.entry.data.hero;
  for (const action of hero?.actions ?? []) if (action.link.startsWith('/')) action.link = sitePath(action.link);
});
