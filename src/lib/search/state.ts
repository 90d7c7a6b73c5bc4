/**
 * The search page's state in its URL (`/search/?q=horgos&country=kazakhstan`), so that a search can
 * be shared and the back button works; the Pagefind filter object it stands for; and the address
 * of a result with the searched words to highlight there. Pure.
 */
import { FILTER_NAMES, type FilterName } from './filters.ts';

export interface SearchState {
  readonly q: string;
  readonly filters: Readonly<Partial<Record<FilterName, string>>>;
}

/** Reads `q` and one value per filter from the query string; unknown parameters are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FilterName, string>> = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string of a state: `q` first, then the filters in their order; empty values left out. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The filters as Pagefind's search option: `{ country: "kazakhstan" }`. */
export const pagefindFilterOption = (state: SearchState): Record<string, string> => ({ ...state.filters });

/** A result's address with the searched words for Pagefind's highlighter, before the #anchor. */
export function highlightUrl(url: string, q: string, origin: string): string {
  const target = new URL(url, origin);
  if (q) target.searchParams.set('highlight', q);
  return target.origin === origin ? `${target.pathname}${target.search}${target.hash}` : target.href;
}

export const sameState = (a: SearchState, b: SearchState) => searchStateQuery(a) === searchStateQuery(b);
