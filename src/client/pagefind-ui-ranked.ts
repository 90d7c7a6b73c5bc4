/**
 * Starlight's search dialog, with its deep links ranked as on the search page: Starlight's
 * Search component imports `@pagefind/default-ui`, which astro.config.mjs points here; this is
 * Pagefind's own interface with one more step after Starlight's `processResult`: each result's
 * deep links ranked by where the query's words stand (src/lib/search/ranking.ts), the best three
 * kept (the interface shows three) and each excerpt centred on its match.
 */
import { PagefindUI as PagefindDefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { rankDeepLinks, type LocatedSubResult } from '../lib/search/ranking.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta?: { url?: string };
  sub_results: (LocatedSubResult & { title: string })[];
}

interface PagefindUIOptions {
  element: string;
  processResult?: (result: PagefindResultData) => PagefindResultData | void;
  [option: string]: unknown;
}

/** What the dialog's interface shows of a result's deep links. */
const SHOWN = 3;

export function rankResult(result: PagefindResultData, q: string): PagefindResultData {
  const [first, ...rest] = result.sub_results;
  // The page itself, when Pagefind gives it, stays first: the interface shows it as the result's own link.
  const root = first && first.url === (result.meta?.url ?? result.url) ? first : undefined;
  // The page's top (its title, "#_top") is the result's own link, not a deep link, as on the search page.
  const links = (root ? rest : result.sub_results).filter((s) => !s.url.endsWith('#_top'));
  const deep = rankDeepLinks(links, result.content, q).slice(0, SHOWN);
  result.sub_results = root ? [root, ...deep] : deep;
  return result;
}

export class PagefindUI extends PagefindDefaultUI {
  constructor(options: PagefindUIOptions) {
    const own = options.processResult;
    const input = () => document.querySelector<HTMLInputElement>(`${options.element} input`);
    super({
      ...options,
      processResult: (result: PagefindResultData) => rankResult(own?.(result) ?? result, input()?.value ?? ''),
    });
  }
}
