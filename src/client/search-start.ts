/**
 * The search page's first script: it starts Pagefind and fetches the index chunks of the query in
 * the address at once, then loads the page's code (src/client/search-page.ts), so that the two
 * arrive side by side rather than one after the other.
 */
import { loadPagefind } from './pagefind-loader.ts';

const q = new URLSearchParams(window.location.search).get('q')?.trim();
void loadPagefind().then((pagefind) => (q ? pagefind.preload(q) : undefined));
void import('./search-page.ts');
