/**
 * A name or a word as a search compares it (src/lib/search/names.ts), on its own so that the
 * search dialog's script, on every page, can compare words without the names' matching code.
 */

/** Without case, diacritics, a leading "the", spaces, hyphens and other punctuation: "The Kyrgyz-Republic" → "kyrgyzrepublic". */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]*the\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
