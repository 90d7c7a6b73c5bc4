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

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
/** An excerpt's words: tags dropped, entities read, lower case, one space between words. */
export const plainWords = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The exact phrase of a quoted query (`"harmonious region"`), if it is one. */
export function quotedPhrase(q: string): string | undefined {
  const m = /^\s*["“]([^"”]+)["”]\s*$/.exec(q);
  return m ? plainWords(m[1]!) : undefined;
}

/**
 * How well a text (an excerpt, as HTML) matches a query: 2 when it holds the whole query as a
 * phrase, 1 when it holds all its words, 0 otherwise. Quotes around the query are not part of it.
 */
export function matchStrength(html: string, q: string): 0 | 1 | 2 {
  const text = plainWords(html);
  const phrase = quotedPhrase(q) ?? plainWords(q);
  if (!phrase) return 0;
  if (text.includes(phrase)) return 2;
  return phrase.split(' ').every((word) => text.includes(word)) ? 1 : 0;
}

/**
 * Deep links in the order of how well each matches the query (the exact phrase, then all words,
 * then some), page order kept among equals; for a quoted query, only those that hold the phrase.
 */
export function rankByMatch<T extends { excerpt: string }>(items: readonly T[], q: string): T[] {
  const scored = items.map((item, i) => ({ item, i, strength: matchStrength(item.excerpt, q) }));
  const kept = quotedPhrase(q) ? scored.filter((s) => s.strength === 2) : scored;
  return kept.sort((a, b) => b.strength - a.strength || a.i - b.i).map((s) => s.item);
}
