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
  learnLocatorTemplates,
  learnNotedTemplates,
  learnPageTemplates,
  pageLocator,
  rememberingRender,
  SENTINEL_SPAN,
  type LocatorShape,
  type PageSpanLike,
  type QuoteTemplates,
} from './page-slots.ts';

/** `target`'s article item on the pages of a quotation (without the inferred-pages note, which the data templates slot). */
const quotationItem = (meta: ArticleMeta, edition: Edition, target: CitationTarget, span: PageSpanLike) =>
  cslItem(meta, edition, { ...target, pages: span, inferredPages: [] }, 'article');

/**
 * In-text templates already learnt, by what the style prints for two locators: a style whose
 * in-text citation names the article, not the section (APA's short title), prints the same for
 * every section, so it is learnt once (twelve citeproc renderings) and recognised by two. At most
 * REMEMBERED kinds, the oldest forgotten first.
 */
const locatorTemplates = new Map<string, Record<LocatorShape, string>>();
const REMEMBERED = 64;

function sharedLocatorTemplates(style: CitationStyleId, renderAnew: (locator: string) => string): Record<LocatorShape, string> {
  const render = rememberingRender(renderAnew);
  const { first, last } = SENTINEL_SPAN;
  const key = JSON.stringify([style, render(pageLocator({ first, last: first }, [])), render(pageLocator({ first, last }, [first, last]))]);
  let templates = locatorTemplates.get(key);
  if (!templates) {
    locatorTemplates.set(key, (templates = learnLocatorTemplates(render)));
    if (locatorTemplates.size > REMEMBERED) locatorTemplates.delete(locatorTemplates.keys().next().value!);
  }
  return templates;
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
      reference: learnPageTemplates((span) => referenceHtml(item(span), style.id)),
      inText: sharedLocatorTemplates(style.id, (locator) => inTextCitation(item(SENTINEL_SPAN), style.id, { label: 'page', locator })),
    })),
    data: DATA_FORMATS.map((format) => ({
      id: format.id,
      label: format.label,
      templates: learnNotedTemplates((span, note) => formatData([{ ...item(span), ...(note && { note }) }], format.id)),
    })),
  };
}
