/**
 * Pagefind for the search page, started as early as the page can: src/client/search-start.ts (the
 * page's first script, with no other imports in its way) calls `loadPagefind` and preloads the
 * index chunks of the query in the address while the search page's own code (search-page.ts) is
 * still on its way; that code gets the same Pagefind from here.
 */
import type { LocatedSubResult } from '../lib/search/ranking.ts';
import { SEARCH_RANKING } from '../lib/search/pagefind-ranking.ts';
import { BASE_PATH, sitePath } from '../lib/site/site-url.ts';

export interface PagefindSubResult extends LocatedSubResult {
  title: string;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's text as indexed: the sub-results' locations count its words. */
  content: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(options: { ranking: typeof SEARCH_RANKING; baseUrl: string; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}

let pagefind: Promise<Pagefind> | undefined;
export function loadPagefind(): Promise<Pagefind> {
  // Built by Pagefind after Astro's build, so loaded at run time rather than bundled.
  pagefind ??= import(/* @vite-ignore */ sitePath('/pagefind/pagefind.js')).then(async (module: Pagefind) => {
    // Result URLs under the site's base, as Starlight's own search dialog gives them. On the main
    // thread: a search of this small index takes milliseconds, and Pagefind's worker would cost a
    // 14 KB gz download and its start-up before the first result.
    await module.options({ ranking: SEARCH_RANKING, baseUrl: BASE_PATH, noWorker: true });
    await module.init();
    return module;
  });
  return pagefind;
}
