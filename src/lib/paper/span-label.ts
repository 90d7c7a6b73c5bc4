/**
 * A span of journal pages in words: "p. 29", "pp. 29–30", with ", inferred" where a page of it
 * begins at a start the source does not print. Imports nothing, so that the browser's Quote
 * dialog (src/client/quote.ts) labels a quotation's pages as the build labels a paragraph's.
 */
export function spanLabel(span: { readonly first: number; readonly last: number }, inferredPages: readonly number[]): string {
  const pages = span.first === span.last ? `p. ${span.first}` : `pp. ${span.first}–${span.last}`;
  return inferredPages.some((p) => p >= span.first && p <= span.last) ? `${pages}, inferred` : pages;
}
