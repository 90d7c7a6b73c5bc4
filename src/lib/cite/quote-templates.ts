/**
 * The templates a browser fills to cite a quotation as the original article (src/lib/cite/page-slots.ts):
 * the section's CSL item rendered by citation-js on the sentinel pages, in every style (reference and
 * in-text, one in-text template per shape of page locator) and every data format. Build time only.
 */
import type { Edition } from '../../schemas/paper-meta.ts';
import type { ArticleMeta } from '../paper/article-meta.ts';
import { cslItem, type CitationTarget } from './csl-item.ts';
import { CITATION_STYLES, DATA_FORMATS, formatData, inTextCitation, referenceHtml } from './formats.ts';
import {
  learnLocatorTemplates,
  learnNotedTemplates,
  learnPageTemplates,
  SENTINEL_SPAN,
  type PageSpanLike,
  type QuoteTemplates,
} from './page-slots.ts';

/** `target`'s article item on the pages of a quotation (without the inferred-pages note, which the data templates slot). */
const quotationItem = (meta: ArticleMeta, edition: Edition, target: CitationTarget, span: PageSpanLike) =>
  cslItem(meta, edition, { ...target, pages: span, inferredPages: [] }, 'article');

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
      reference: learnPageTemplates((span) => referenceHtml(item(span), style.id)),
      inText: learnLocatorTemplates((locator) => inTextCitation(item(SENTINEL_SPAN), style.id, { label: 'page', locator })),
    })),
    data: DATA_FORMATS.map((format) => ({
      id: format.id,
      label: format.label,
      templates: learnNotedTemplates((span, note) => formatData([{ ...item(span), ...(note && { note }) }], format.id)),
    })),
  };
}
