import type { PageSpan } from './paper-model.ts';
import { isInferred, type PageStart } from '../schemas/page-start.ts';

/** True when any page of the span begins at an inferred (layout-derived) page start. */
export function spanIsInferred(span: PageSpan, starts: readonly PageStart[]): boolean {
  return starts.some((s) => s.page >= span.first && s.page <= span.last && isInferred(s));
}

/** "p. 29", "pp. 29–30", with ", inferred" where a page start is inferred. */
export function pageSpanLabel(span: PageSpan, starts: readonly PageStart[]): string {
  const pages = span.first === span.last ? `p. ${span.first}` : `pp. ${span.first}–${span.last}`;
  return spanIsInferred(span, starts) ? `${pages}, inferred` : pages;
}
