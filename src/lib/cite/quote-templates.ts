/**
 * The templates a browser fills to cite a quotation as the original article (src/lib/cite/page-slots.ts):
 * the section's CSL item rendered by citation-js on the sentinel pages, in every style (reference and
 * in-text, one in-text template per shape of page locator) and every data format. Build time only.
 */
import type { Edition } from '../../schemas/paper-meta.ts';
import type { ArticleMeta } from '../paper/article-meta.ts';
import { cslItem, type CitationTarget } from './csl-item.ts';
import { CITATION_STYLES, DATA_FORMATS, formatData, inTextCitation, referenceHtml, type CitationStyleId } from './formats.ts';
import {
  adaptedOrLearnt,
  fillPages,
  learnLocatorTemplates,
  learnNotedTemplates,
  learnPageTemplates,
  pageLocator,
  rememberingRender,
  SENTINEL_SPAN,
  type LearntTemplates,
  type LocatorShape,
  type PageTemplates,
  type PageSpanLike,
  type QuoteTemplates,
} from './page-slots.ts';

/** `target`'s article item on the pages of a quotation (without the inferred-pages note, which the data templates slot). */
const quotationItem = (meta: ArticleMeta, edition: Edition, target: CitationTarget, span: PageSpanLike) =>
  cslItem(meta, edition, { ...target, pages: span, inferredPages: [] }, 'article');

/** Per style, the reference and in-text templates learnt first in the build, which other sections' are adapted from. */
const learnt = new Map<string, LearntTemplates<Record<string, string>>>();

const { first: A, last: B } = SENTINEL_SPAN;

/** A style's reference templates: adapted from the first section's, or learnt. */
function referenceTemplates(style: CitationStyleId, renderAnew: (span: PageSpanLike) => string): PageTemplates {
  const render = rememberingRender(renderAnew, (span: PageSpanLike) => `${span.first}–${span.last}`);
  return adaptedOrLearnt<{ single: string; range: string }>(
    learnt,
    `${style} reference`,
    render({ first: A, last: A }),
    (t) => fillPages(t.range, String(A), String(B)) === render({ first: A, last: B }),
    () => learnPageTemplates(render),
  );
}

/** A style's in-text templates, one per shape of page locator: adapted from the first section's, or learnt. */
function inTextTemplates(style: CitationStyleId, renderAnew: (locator: string) => string): Record<LocatorShape, string> {
  const render = rememberingRender(renderAnew);
  return adaptedOrLearnt<Record<LocatorShape, string>>(
    learnt,
    `${style} in-text`,
    render(pageLocator({ first: A, last: A }, [])),
    (t) => fillPages(t['range-inferred-both'], String(A), String(B)) === render(pageLocator({ first: A, last: B }, [A, B])),
    () => learnLocatorTemplates(render),
  );
}

export function learnQuoteTemplates(
  meta: ArticleMeta,
  edition: Edition,
  target: CitationTarget,
  inferredPages: readonly number[],
): QuoteTemplates {
  const item = (span: PageSpanLike) => quotationItem(meta, edition, target, span);
  return {
    target: target.id,
    inferredPages: [...inferredPages],
    styles: CITATION_STYLES.map((style) => ({
      id: style.id,
      label: style.label,
      reference: referenceTemplates(style.id, (span) => referenceHtml(item(span), style.id)),
      inText: inTextTemplates(style.id, (locator) => inTextCitation(item(SENTINEL_SPAN), style.id, { label: 'page', locator })),
    })),
    data: DATA_FORMATS.map((format) => ({
      id: format.id,
      label: format.label,
      templates: learnNotedTemplates((span, note) => formatData([{ ...item(span), ...(note && { note }) }], format.id)),
    })),
  };
}
