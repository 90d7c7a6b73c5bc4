/**
 * Where a citation puts the journal pages of a quotation, learnt from citation-js's own output, so
 * that a browser can write any page or range into a citation rendered at build time without
 * formatting anything itself (as it writes the access date: src/lib/cite/access-date.ts). A style's
 * rendering of an item on sentinel pages (97, and 97–98: two digits, like the article's pages, so
 * that a style's page-range rules treat them alike) becomes a template: the sentinels replaced by
 * {A} (first page) and {B} (last page), and a sentinel note by {N}.
 *
 * The page locator of an in-text citation brackets every inferred page ("p. [29]", "pp. 33–[34]"),
 * the convention for what the source does not print; `pageLocator` is that rule, used by the build
 * and by the browser alike.
 */

export interface PageSpanLike {
  readonly first: number;
  readonly last: number;
}

/** The sentinel pages and note; no citation of this paper prints them otherwise. */
export const SENTINEL_SPAN = { first: 97, last: 98 } as const;
export const SENTINEL_NOTE = 'QUOTATIONNOTESENTINEL';

/** A rendering with its page slots, for a quotation on one page and on a range of pages. */
export interface PageTemplates {
  readonly single: string;
  readonly range: string;
}

/** "34", "[29]", "33–[34]": the journal pages of an in-text citation, inferred pages in brackets. */
export function pageLocator({ first, last }: PageSpanLike, inferred: readonly number[]): string {
  const page = (n: number) => (inferred.includes(n) ? `[${n}]` : String(n));
  return first === last ? page(first) : `${page(first)}–${page(last)}`;
}

/** The note an item carries when some of its pages are inferred (BibTeX note, RIS N1, CSL-JSON note). */
export function inferredPagesNote(inferred: readonly number[]): string | undefined {
  if (inferred.length === 0) return undefined;
  const pages = inferred.length === 1 ? `Journal page ${inferred[0]} is` : `Journal pages ${inferred.join(', ')} are`;
  return `${pages} inferred from the layout of the source text, which does not print ${inferred.length === 1 ? 'it' : 'them'}.`;
}

/** "34" or "33–34": the pages of an item (CSL `page`). */
export const pageRange = ({ first, last }: PageSpanLike) => (first === last ? String(first) : `${first}–${last}`);

function template(rendered: string, marks: readonly [sentinel: string, mark: string][]): string {
  let out = rendered;
  for (const [sentinel, mark] of marks) {
    const count = out.split(sentinel).length - 1;
    if (count !== 1) throw new Error(`the sentinel "${sentinel}" stands ${count} times in "${rendered}", not once`);
    out = out.replace(sentinel, mark);
  }
  return out;
}

/** Learns a rendering's page templates from `render` on the sentinel pages (one page, then a range). */
export function learnPageTemplates(render: (span: PageSpanLike) => string): PageTemplates {
  const single = render({ first: SENTINEL_SPAN.first, last: SENTINEL_SPAN.first });
  const range = render(SENTINEL_SPAN);
  return {
    single: template(single, [[String(SENTINEL_SPAN.first), '{A}']]),
    range: template(range, [
      [String(SENTINEL_SPAN.first), '{A}'],
      [String(SENTINEL_SPAN.last), '{B}'],
    ]),
  };
}

/**
 * The shape of an in-text page locator: one page or a range, and which of its pages are inferred
 * (bracketed). citeproc reads the shape, not only the numbers: it prints "pp. 33–[34]" but
 * "p. [27]–[28]", so each shape has a template of its own.
 */
export type LocatorShape = 'single' | 'single-inferred' | 'range' | 'range-inferred-first' | 'range-inferred-last' | 'range-inferred-both';

export function locatorShape({ first, last }: PageSpanLike, inferred: readonly number[]): LocatorShape {
  const [a, b] = [inferred.includes(first), inferred.includes(last)];
  if (first === last) return a ? 'single-inferred' : 'single';
  return a && b ? 'range-inferred-both' : a ? 'range-inferred-first' : b ? 'range-inferred-last' : 'range';
}

/** Learns an in-text citation's templates, one per locator shape; {A} and {B} are filled with plain page numbers. */
export function learnLocatorTemplates(render: (locator: string) => string): Record<LocatorShape, string> {
  const { first: a, last: b } = SENTINEL_SPAN;
  const shapes: [LocatorShape, PageSpanLike, number[]][] = [
    ['single', { first: a, last: a }, []],
    ['single-inferred', { first: a, last: a }, [a]],
    ['range', { first: a, last: b }, []],
    ['range-inferred-first', { first: a, last: b }, [a]],
    ['range-inferred-last', { first: a, last: b }, [b]],
    ['range-inferred-both', { first: a, last: b }, [a, b]],
  ];
  return Object.fromEntries(
    shapes.map(([shape, span, inferred]) => {
      const marks: [string, string][] = [[String(a), '{A}']];
      if (span.last !== span.first) marks.push([String(b), '{B}']);
      return [shape, template(render(pageLocator(span, inferred)), marks)];
    }),
  ) as Record<LocatorShape, string>;
}

/** Learns a data format's templates with and without a note: keyed "single", "range", "single-note", "range-note". */
export function learnNotedTemplates(render: (span: PageSpanLike, note: string | undefined) => string): Record<string, string> {
  const plain = learnPageTemplates((span) => render(span, undefined));
  const noted = learnPageTemplates((span) => render(span, SENTINEL_NOTE));
  return {
    single: plain.single,
    range: plain.range,
    'single-note': template(noted.single, [[SENTINEL_NOTE, '{N}']]),
    'range-note': template(noted.range, [[SENTINEL_NOTE, '{N}']]),
  };
}

/** Writes pages (and a note) into a template: {A} and {B} as given, already in the form the slot wants. */
export function fillPages(templateText: string, first: string, last = first, note = ''): string {
  return templateText
    .replace('{A}', () => first)
    .replace('{B}', () => last)
    .replace('{N}', () => note);
}

/**
 * What a browser needs to cite a quotation from one section as the original article, on whatever
 * pages it stands: each style's reference and in-text templates and each data format's, learnt at
 * build time (src/lib/cite/quote-templates.ts) and served as /cite/quote/<section>.json.
 */
export interface QuoteTemplates {
  /** The section cited ("iii-4", "abstract"), or "paper" for a quotation across sections. */
  readonly target: string;
  /** The article's pages whose start is inferred, not printed: their locators are bracketed. */
  readonly inferredPages: readonly number[];
  readonly styles: readonly { id: string; label: string; reference: PageTemplates; inText: Record<LocatorShape, string> }[];
  readonly data: readonly { id: string; label: string; templates: Record<string, string> }[];
}

/** A quotation's citations of the article: each template filled with its pages (and the inferred-pages note). */
export interface FilledQuoteCitations {
  readonly note: string | undefined;
  readonly styles: readonly { id: string; label: string; reference: string; inText: string }[];
  readonly data: readonly { id: string; label: string; text: string }[];
}

export function fillQuoteCitations(templates: QuoteTemplates, span: PageSpanLike): FilledQuoteCitations {
  const inferred = templates.inferredPages.filter((p) => p >= span.first && p <= span.last);
  const single = span.first === span.last;
  const [a, b] = [String(span.first), String(span.last)];
  const note = inferredPagesNote(inferred);
  return {
    note,
    styles: templates.styles.map((s) => ({
      id: s.id,
      label: s.label,
      reference: fillPages(single ? s.reference.single : s.reference.range, a, b),
      inText: fillPages(s.inText[locatorShape(span, inferred)], a, b),
    })),
    data: templates.data.map((f) => ({
      id: f.id,
      label: f.label,
      text: fillPages(f.templates[`${single ? 'single' : 'range'}${note ? '-note' : ''}`] ?? '', a, b, note),
    })),
  };
}
