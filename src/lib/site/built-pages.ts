/**
 * A built site as the addresses it publishes: every page's path ("/paper/full/") and the ids in
 * each page's main content, the fragments a link or a citation may name. One definition, read by
 * the release (editions/<version>/addresses.json), the build's check that every published address
 * still resolves (src/plugins/published-addresses.ts) and the tests.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadHtml } from './html-tree.ts';

/** Folders of a build that hold no pages: Pagefind's index and Astro's assets. */
const NOT_PAGES = new Set(['pagefind', '_astro']);

/** Every built page's path under the site's root, sorted ("/", "/paper/full/"). */
export function builtPagePaths(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return NOT_PAGES.has(name) ? [] : walk(path);
      if (name !== 'index.html') return [];
      const folder = relative(dist, dir).split(sep).join('/');
      return [folder ? `/${folder}/` : '/'];
    });
  return walk(dist).sort();
}

/**
 * The ids a page publishes: those in its main content, each once, sorted; not those inside a
 * <template>, whose content a browser keeps out of the document (htmlparser2 keeps it in the tree).
 */
export function publishedIds(html: string): string[] {
  const $ = loadHtml(html);
  const ids = $('main [id]')
    .filter((_, el) => $(el).parents('template').length === 0)
    .toArray()
    .map((el) => $(el).attr('id') ?? '')
    .filter(Boolean);
  return [...new Set(ids)].sort();
}
