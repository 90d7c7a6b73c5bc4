/**
 * How Pagefind ranks results, for Starlight's search dialog (astro.config.mjs) and the search page
 * alike (Starlight's defaults, but for page length). Pagefind's default favours short pages strongly, which put a short agreement page that
 * names Kazakhstan above the Kazakhstan page; with page length weighing little, an entity's own
 * page (its title weighs 10, src/components/starlight/PageTitle.astro) comes first and the
 * paper's paragraph (weight 2, src/components/paper/P.astro) before the pages that list the name.
 */
export const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
} as const;
