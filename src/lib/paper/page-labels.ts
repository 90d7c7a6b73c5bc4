/** A span of journal pages in words ("p. 29", "pp. 29–30", ", inferred" where a start is inferred) and which of its starts are inferred. */
import type { PageSpan } from './model.ts';
import { isInferred, type PageStart } from '../../schemas/page-start.ts';

/** The pages of the span whose start is inferred (layout-derived), not printed in the source. */
export const inferredPagesOf = ({ first, last }: PageSpan, starts: readonly PageStart[]): number[] =>
  starts.filter((s) => s.page >= first && s.page <= last && isInferred(s)).map((s) => s.page);

/** True when any page of the span begins at an inferred (layout-derived) page start. */
export const spanIsInferred = (span: PageSpan, starts: readonly PageStart[]): boolean => inferredPagesOf(span, starts).length > 0;

/** "p. 29", "pp. 29–30", with ", inferred" where a page start is inferred. */
export function pageSpanLabel(span: PageSpan, starts: readonly PageStart[]): string {
  const pages = span.first === span.last ? `p. ${span.first}` : `pp. ${span.first}–${span.last}`;
  return spanIsInferred(span, starts) ? `${pages}, inferred` : pages;
}
