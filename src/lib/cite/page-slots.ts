/**
 * Where a citation puts the journal pages of a quotation, learnt from citation-js's own output, so
 * that a browser can write any page or range into a citation rendered at build time without
 * formatting anything itself (as it writes the access date: src/lib/cite/access-date.ts). A style's
 * rendering of an item on sentinel pages (97, and 97–98: two digits, like the article's pages, so
 * that a style's page-range rules treat them alike) becomes a template: the sentinels replaced by
 * {A} (first page) and {B} (last page), and a sentinel note by {N}. Whatever the item holds (a
 * title with "97" in it, a volume, a year), the sentinels cannot be confused with it: a pair that
 * does not stand exactly once, apart from other digits, is passed over for the next (96–97, …), and
 * a template is kept only when, filled with other pages, it gives exactly the style's rendering on
 * those pages.
 *
 * The page locator of an in-text citation brackets every inferred page ("p. [29]", "pp. 33–[34]"),
 * the convention for what the source does not print; `pageLocator` is that rule, used by the build
 * and by the browser alike.
 */

import { difference } from './access-date.ts';

export interface PageSpanLike {
  readonly first: number;
  readonly last: number;
}

/** The first sentinel pages tried, and the note; the pages are passed over where the item holds them (learnPageTemplates). */
export const SENTINEL_SPAN = { first: 97, last: 98 } as const;
export const SENTINEL_NOTE = 'QUOTATIONNOTESENTINEL';

/** Two-digit sentinel pairs, first = 97 down to 10, tried in turn (made when learning: the browser, which only fills, never needs them). */
const sentinelSpans = (): PageSpanLike[] => Array.from({ length: 88 }, (_, i) => ({ first: 97 - i, last: 98 - i }));
/** Other two-digit pages, to check a template learnt on `span` against the style's own rendering. */
const probeOf = ({ first }: PageSpanLike): PageSpanLike => {
  const p = first > 50 ? first - 40 : first + 40;
  return { first: p, last: p + 1 };
};

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

/** Where a number stands on its own: not inside a longer number ("97" in "1097" or "97.5" is not the page). */
const standing = (sentinel: string) => new RegExp(`(?<![\\d.])${sentinel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])`, 'g');

function template(rendered: string, marks: readonly [sentinel: string, mark: string][]): string {
  let out = rendered;
  for (const [sentinel, mark] of marks) {
    const count = (out.match(standing(sentinel)) ?? []).length;
    if (count !== 1 || out.split(sentinel).length - 1 !== 1) {
      throw new Error(`the sentinel "${sentinel}" stands ${out.split(sentinel).length - 1} times in "${rendered}", not once`);
    }
    out = out.replace(sentinel, mark);
  }
  return out;
}

/**
 * Learns templates on the first sentinel pages that stand once, and only where the pages go:
 * `learn` makes them on a span (throwing where a sentinel does not stand once), `reproduces` checks
 * them, filled with other pages, against the style's rendering on those pages.
 */
function onSentinelPages<T>(learn: (span: PageSpanLike) => T, reproduces: (learnt: T, probe: PageSpanLike) => boolean): T {
  const refused: string[] = [];
  for (const span of sentinelSpans()) {
    try {
      const learnt = learn(span);
      if (reproduces(learnt, probeOf(span))) return learnt;
      refused.push(
        `on pages ${span.first}–${span.last} the template does not give the rendering on pages ${probeOf(span).first}–${probeOf(span).last}`,
      );
    } catch (e) {
      refused.push((e as Error).message);
    }
  }
  throw new Error(`no sentinel pages stand once and only where the pages go: ${refused[0]} (and ${refused.length - 1} more pairs)`);
}

/** Learns a rendering's page templates from `render` on sentinel pages (one page, then a range). */
export function learnPageTemplates(render: (span: PageSpanLike) => string): PageTemplates {
  return onSentinelPages(
    (span) => {
      const [a, b] = [String(span.first), String(span.last)];
      return {
        single: template(render({ first: span.first, last: span.first }), [[a, '{A}']]),
        range: template(render(span), [
          [a, '{A}'],
          [b, '{B}'],
        ]),
      };
    },
    (t, p) =>
      fillPages(t.single, String(p.first)) === render({ first: p.first, last: p.first }) &&
      fillPages(t.range, String(p.first), String(p.last)) === render(p),
  );
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

/** The locator shapes, each with a span and its inferred pages made of a sentinel span. */
const shapesOn = ({ first: a, last: b }: PageSpanLike): [LocatorShape, PageSpanLike, number[]][] => [
  ['single', { first: a, last: a }, []],
  ['single-inferred', { first: a, last: a }, [a]],
  ['range', { first: a, last: b }, []],
  ['range-inferred-first', { first: a, last: b }, [a]],
  ['range-inferred-last', { first: a, last: b }, [b]],
  ['range-inferred-both', { first: a, last: b }, [a, b]],
];

/** Learns an in-text citation's templates, one per locator shape; {A} and {B} are filled with plain page numbers. */
export function learnLocatorTemplates(render: (locator: string) => string): Record<LocatorShape, string> {
  return onSentinelPages(
    (sentinels) =>
      Object.fromEntries(
        shapesOn(sentinels).map(([shape, span, inferred]) => {
          const marks: [string, string][] = [[String(span.first), '{A}']];
          if (span.last !== span.first) marks.push([String(span.last), '{B}']);
          return [shape, template(render(pageLocator(span, inferred)), marks)];
        }),
      ) as Record<LocatorShape, string>,
    (t, probe) =>
      shapesOn(probe).every(
        ([shape, span, inferred]) => fillPages(t[shape], String(span.first), String(span.last)) === render(pageLocator(span, inferred)),
      ),
  );
}

/** `render`, each locator's (or span's, by `key`) rendering remembered: learning asks for some twice. */
export function rememberingRender<T = string>(
  render: (locator: T) => string,
  key: (locator: T) => string = String,
): (locator: T) => string {
  const seen = new Map<string, string>();
  return (locator) => {
    const k = key(locator);
    return seen.get(k) ?? seen.set(k, render(locator)).get(k)!;
  };
}

/** Learnt on two digits, checked on one: paragraphs are numbered from 1. */
const oneDigit = (probe: PageSpanLike) => String((probe.first % 9) + 1);

/**
 * The number a numbered locator's template is first learnt on, and the one it is checked on ("97",
 * "4"); a function, so that the browser's bundle, which only fills, leaves it out.
 */
export const numberSentinels = () => ({ sentinel: String(SENTINEL_SPAN.first), probe: oneDigit(probeOf(SENTINEL_SPAN)) });

/**
 * Learns an in-text citation's template for a numbered locator that is not a page (a paragraph's
 * number in its section): {A} is filled with the number. A style that prints no such locator
 * (GOST is given page locators only) prints the same for every number: its template has no slot.
 */
export function learnNumberTemplate(renderAnew: (locator: string) => string): string {
  const render = rememberingRender(renderAnew);
  const { sentinel, probe } = numberSentinels();
  if (render(sentinel) === render(probe)) return render(sentinel);
  return onSentinelPages(
    (span) => template(render(String(span.first)), [[String(span.first), '{A}']]),
    (t, probe) => fillPages(t, oneDigit(probe)) === render(oneDigit(probe)),
  );
}

/** Templates and the rendering on the first sentinel pages they were learnt with. */
export interface LearntTemplates<T extends Record<string, string>> {
  readonly rendering: string;
  readonly templates: T;
}

/**
 * Templates for an item like one whose templates were learnt (another section of the article),
 * from its rendering on the same sentinel pages: where the two renderings differ (the section's
 * name) stands before every slot of every template, the learnt templates with that part replaced
 * serve; undefined where it does not. The caller checks the result against one more rendering.
 */
export function adaptTemplates<T extends Record<string, string>>(learnt: LearntTemplates<T>, rendering: string): T | undefined {
  const d = difference(learnt.rendering, rendering);
  const before = d.prefix + d.a;
  if (/\{[ABN]\}/.test(before)) return undefined;
  const adapted: Record<string, string> = {};
  for (const [key, t] of Object.entries(learnt.templates)) {
    if (!t.startsWith(before)) return undefined;
    adapted[key] = d.prefix + d.b + t.slice(before.length);
  }
  return adapted as T;
}

/**
 * Templates of an item, adapted from those learnt first under `key` (another section's, in
 * `learnt`), with two citeproc renderings where learning takes four (a reference) or twelve (an
 * in-text citation): `rendering` is the item's on the first sentinel pages, `reproduces` checks
 * the adapted templates against one more rendering. Taken as they are where the rendering is the
 * same; learnt where adapting does not serve.
 */
export function adaptedOrLearnt<T extends Record<string, string>>(
  learnt: Map<string, LearntTemplates<Record<string, string>>>,
  key: string,
  rendering: string,
  reproduces: (t: T) => boolean,
  learn: () => T,
): T {
  const base = learnt.get(key) as LearntTemplates<T> | undefined;
  if (base?.rendering === rendering) return base.templates;
  const adapted = base && adaptTemplates(base, rendering);
  if (adapted && reproduces(adapted)) return adapted;
  const templates = learn();
  if (!base) learnt.set(key, { rendering, templates });
  return templates;
}

/** Learns a data format's templates with and without a note: keyed "single", "range", "single-note", "range-note". */
export function learnNotedTemplates(render: (span: PageSpanLike, note: string | undefined) => string): Record<string, string> {
  const plain = learnPageTemplates((span) => render(span, undefined));
  // A note sentinel the item does not hold already.
  const without = render(SENTINEL_SPAN, undefined);
  let sentinel = SENTINEL_NOTE;
  for (let n = 2; without.includes(sentinel); n++) sentinel = `${SENTINEL_NOTE}${'X'.repeat(n)}`;
  const noted = learnPageTemplates((span) => render(span, sentinel));
  return {
    single: plain.single,
    range: plain.range,
    'single-note': template(noted.single, [[sentinel, '{N}']]),
    'range-note': template(noted.range, [[sentinel, '{N}']]),
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
