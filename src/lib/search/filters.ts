/**
 * The search index's filters (Pagefind filter names), in the order the search page shows them.
 * Kept apart from the facets (src/lib/search/facets.ts), which read the knowledge base's kinds
 * and their schemas at build time, so that the search page's script carries only these names.
 */
export const FILTER_NAMES = ['type', 'part', 'country', 'agreement-kind', 'decade'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
