/** A span of journal pages in words ("p. 29", "pp. 29–30", ", inferred" where a start is inferred) and which of its starts are inferred. */
import type { PageSpan } from './model.ts';
import { isInferred, type PageStart } from '../../schemas/page-start.ts';
import { spanLabel } from './span-label.ts';

/** The pages of the span whose start is inferred (layout-derived), not printed in the source. */
export const inferredPagesOf = ({ first, last }: PageSpan, starts: readonly PageStart[]): number[] =>
  starts.filter((s) => s.page >= first && s.page <= last && isInferred(s)).map((s) => s.page);

/** "p. 29", "pp. 29–30", with ", inferred" where a page start is inferred. */
export const pageSpanLabel = (span: PageSpan, starts: readonly PageStart[]): string => spanLabel(span, inferredPagesOf(span, starts));
