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
  adaptTemplates,
  fillQuoteCitations,
  inferredPagesNote,
  learnPageTemplates,
  SENTINEL_NOTE,
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

  it('adapts another section’s templates only where the sections differ before every slot', () => {
    const learnt = {
      rendering: 'Title: I.1 Energy, p. 97.',
      templates: { single: 'Title: I.1 Energy, p. {A}.', range: 'Title: I.1 Energy, pp. {A}–{B}.' },
    };
    expect(adaptTemplates(learnt, 'Title: IV.1097 Trade 97, p. 97.')).toEqual({
      single: 'Title: IV.1097 Trade 97, p. {A}.',
      range: 'Title: IV.1097 Trade 97, pp. {A}–{B}.',
    });
    // A style that names the section after the pages: the part that differs reaches the slot.
    const after = { rendering: 'p. 97 of I.1', templates: { single: 'p. {A} of I.1' } };
    expect(adaptTemplates(after, 'p. 97 of IV.2')).toBeUndefined();
    expect(adaptTemplates({ rendering: 'A 97', templates: { single: 'A {A}' } }, 'B 98')).toBeUndefined();
  });

  it('refuses a rendering where no sentinel pages stand once', () => {
    expect(() => learnPageTemplates(() => 'pp. 97–97')).toThrow(
      'no sentinel pages stand once and only where the pages go: the sentinel "97" stands 2 times in "pp. 97–97", not once (and 87 more pairs)',
    );
  });

  it('refuses a template that does not give the rendering on other pages (pages the style does not print, a title that holds the sentinel)', () => {
    const render = ({ first }: PageSpanLike) => `Page ${first === 97 ? 97 : 'nn'} of a title`;
    expect(() => learnPageTemplates(render)).toThrow(/^no sentinel pages stand once and only where the pages go/);
  });
});

describe('whatever the title, volume or note holds', () => {
  // Titles and sections that hold the sentinel pages, alone, inside longer numbers, as a range, and the note sentinel.
  const sections = ['IV.1097 Synthetic page 97', 'Pages 97–98 and 98', 'Page 96, 97 and 98 of 1997', `${SENTINEL_NOTE} 97`];
  const spansHere: PageSpanLike[] = [
    { first: 29, last: 29 },
    { first: 33, last: 34 },
    { first: 97, last: 98 },
  ];

  it.each(sections)('learns the slots with “%s” in the cited title, and fills them as citation-js renders', (section) => {
    const target = { ...quotation(SENTINEL_SPAN), section };
    const withTitle = (span: PageSpanLike, inferred: readonly number[] = []) =>
      cslItem(meta, edition, { ...target, pages: span, inferredPages: inferred }, 'article');
    const learnt = learnQuoteTemplates(meta, edition, target, inferredOnDisk);
    for (const span of spansHere) {
      const inferred = inferredOnDisk.filter((p) => p >= span.first && p <= span.last);
      const got = fillQuoteCitations(learnt, span);
      for (const style of CITATION_STYLES) {
        expect(got.styles.find((s) => s.id === style.id)?.reference, `${style.id} ${pageRange(span)}`).toBe(
          referenceHtml(withTitle(span, inferred), style.id),
        );
        expect(got.styles.find((s) => s.id === style.id)?.inText, `${style.id} ${pageRange(span)}`).toBe(
          formatCitation(withTitle(span, inferred), style.id, inTextLocator({ ...target, pages: span, inferredPages: inferred }, 'article'))
            .inText,
        );
      }
      for (const format of DATA_FORMATS)
        expect(got.data.find((f) => f.id === format.id)?.text, `${format.id} ${pageRange(span)}`).toBe(
          formatData([withTitle(span, inferred)], format.id),
        );
    }
  });
});
