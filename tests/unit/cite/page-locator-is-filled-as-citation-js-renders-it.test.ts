/**
 * A quotation's pages, written into templates learnt from citation-js's renderings on sentinel
 * pages, give exactly what citation-js renders for those pages: for every journal page and every
 * two-page range of the article, with the page map's inferred pages, in every style (reference and
 * in-text, one template per shape of locator) and every data format.
 */
import { describe, expect, it } from 'vitest';
import { cslItem, inTextLocator, type CitationTarget } from '../../../src/lib/cite/csl-item.ts';
import { CITATION_STYLES, DATA_FORMATS, formatCitation, formatData, referenceHtml } from '../../../src/lib/cite/formats.ts';
import {
  fillPages,
  inferredPagesNote,
  learnLocatorTemplates,
  learnNotedTemplates,
  learnPageTemplates,
  locatorShape,
  SENTINEL_SPAN,
  pageRange,
  type PageSpanLike,
} from '../../../src/lib/cite/page-slots.ts';
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

describe('the page slots', () => {
  it('cover every journal page and every two-page range of the article', () => {
    expect(spans).toHaveLength(16 + 15);
    expect(inferredOnDisk).toContain(34);
  });

  describe.each(CITATION_STYLES.map((s) => s.id))('%s', (style) => {
    const reference = learnPageTemplates((span) => referenceHtml(article(span), style));
    const inText = learnLocatorTemplates((locator) => formatCitation(article(SENTINEL_SPAN), style, { label: 'page', locator }).inText);

    it('fills the reference as citation-js renders it', () => {
      for (const span of spans) {
        const template = span.first === span.last ? reference.single : reference.range;
        expect(fillPages(template, String(span.first), String(span.last)), pageRange(span)).toBe(
          referenceHtml(article(span, inferredIn(span)), style),
        );
      }
    });

    it('fills the in-text citation, inferred pages in brackets, as citation-js renders it', () => {
      for (const span of spans) {
        const inferred = inferredIn(span);
        const expected = formatCitation(article(span, inferred), style, inTextLocator(quotation(span, inferred), 'article')).inText;
        expect(fillPages(inText[locatorShape(span, inferred)], String(span.first), String(span.last)), pageRange(span)).toBe(expected);
      }
    });
  });

  describe.each(DATA_FORMATS.map((f) => f.id))('%s', (format) => {
    const templates = learnNotedTemplates((span, note) => formatData([{ ...article(span), ...(note && { note }) }], format));

    it('fills the data format, with the note on inferred pages, as citation-js renders it', () => {
      for (const span of spans) {
        const note = inferredPagesNote(inferredIn(span));
        const key = `${span.first === span.last ? 'single' : 'range'}${note ? '-note' : ''}`;
        expect(fillPages(templates[key]!, String(span.first), String(span.last), note), `${pageRange(span)} ${key}`).toBe(
          formatData([article(span, inferredIn(span))], format),
        );
      }
    });
  });

  it('refuses a rendering where the sentinel pages do not stand once', () => {
    expect(() => learnPageTemplates(() => 'pp. 97–97')).toThrow('the sentinel "97" stands 2 times in "pp. 97–97", not once');
  });
});
