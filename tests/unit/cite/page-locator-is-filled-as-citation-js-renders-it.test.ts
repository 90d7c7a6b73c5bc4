/**
 * A quotation's pages, written by the Quote dialog's filler (fillQuoteCitations) into the templates learnt from citation-js's renderings on sentinel
 * pages, give exactly what citation-js renders for those pages: for every journal page and every
 * two-page range of the article, with the page map's inferred pages, in every style (reference and
 * in-text, one template per shape of locator) and every data format.
 */
import { describe, expect, it } from 'vitest';
import { cslItem, inTextLocator, type CitationTarget } from '../../../src/lib/cite/csl-item.ts';
import { CITATION_STYLES, DATA_FORMATS, formatCitation, formatData, referenceHtml } from '../../../src/lib/cite/formats.ts';
import {
  fillQuoteCitations,
  inferredPagesNote,
  learnPageTemplates,
  SENTINEL_SPAN,
  pageRange,
  type PageSpanLike,
  type QuoteTemplates,
} from '../../../src/lib/cite/page-slots.ts';
import { learnQuoteTemplates } from '../../../src/lib/cite/quote-templates.ts';
import { isInferred } from '../../../src/schemas/page-start.ts';
import { articleMetaOnDisk, editionOnDisk, pageStartsOnDisk } from '../../support/citations-on-disk.ts';

const meta = articleMetaOnDisk();
const edition = editionOnDisk();
const inferredOnDisk = pageStartsOnDisk()
  .filter(isInferred)
  .map((s) => s.page);
/** A quotation from paragraph iii-4-05, on whichever pages it stands. */
const quotation = (span: PageSpanLike, inferred: readonly number[] = []): CitationTarget => ({
  id: 'iii-4-05',
  kind: 'paragraph',
  section: 'III.4 Energy cooperation',
  sectionNumber: 'III.4',
  paragraphNumber: 5,
  pages: span,
  inferredPages: inferred,
  path: '/paper/iii-policy-tools/4-energy-cooperation/#iii-4-05',
});
const article = (span: PageSpanLike, inferred: readonly number[] = []) => cslItem(meta, edition, quotation(span, inferred), 'article');

const spans: PageSpanLike[] = [];
for (let p = meta.firstPage; p <= meta.lastPage; p++) spans.push({ first: p, last: p });
for (let p = meta.firstPage; p < meta.lastPage; p++) spans.push({ first: p, last: p + 1 });
const inferredIn = ({ first, last }: PageSpanLike) => inferredOnDisk.filter((p) => p >= first && p <= last);

const templates = learnQuoteTemplates(meta, edition, quotation(SENTINEL_SPAN), inferredOnDisk);
/** What the Quote dialog shows for a span: the served templates, filled. */
const filled = (span: PageSpanLike) => fillQuoteCitations(JSON.parse(JSON.stringify(templates)) as QuoteTemplates, span);

describe('the page slots of a quotation (/cite/quote/<section>.json)', () => {
  it('cover every journal page and every two-page range of the article', () => {
    expect(spans).toHaveLength(16 + 15);
    expect(inferredOnDisk).toContain(34);
  });

  describe.each(CITATION_STYLES.map((s) => s.id))('%s', (style) => {
    it('fills the reference as citation-js renders it', () => {
      for (const span of spans) {
        expect(filled(span).styles.find((s) => s.id === style)?.reference, pageRange(span)).toBe(
          referenceHtml(article(span, inferredIn(span)), style),
        );
      }
    });

    it('fills the in-text citation, inferred pages in brackets, as citation-js renders it', () => {
      for (const span of spans) {
        const inferred = inferredIn(span);
        const expected = formatCitation(article(span, inferred), style, inTextLocator(quotation(span, inferred), 'article')).inText;
        expect(filled(span).styles.find((s) => s.id === style)?.inText, pageRange(span)).toBe(expected);
      }
    });
  });

  describe.each(DATA_FORMATS.map((f) => f.id))('%s', (format) => {
    it('fills the data format, with the note on inferred pages, as citation-js renders it', () => {
      for (const span of spans) {
        const citations = filled(span);
        expect(citations.note, pageRange(span)).toBe(inferredPagesNote(inferredIn(span)));
        expect(citations.data.find((f) => f.id === format)?.text, pageRange(span)).toBe(
          formatData([article(span, inferredIn(span))], format),
        );
      }
    });
  });

  it('refuses a rendering where the sentinel pages do not stand once', () => {
    expect(() => learnPageTemplates(() => 'pp. 97–97')).toThrow('the sentinel "97" stands 2 times in "pp. 97–97", not once');
  });
});
