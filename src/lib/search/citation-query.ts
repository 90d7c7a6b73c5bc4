/**
 * A search query that is a reference in hand rather than words: a paragraph id ("iii-4-05", any
 * case), a table or figure label ("Table 1", "Fig. 1") or journal pages ("p. 34", "page 34",
 * "pp. 33–34"). Such a query goes straight to what it names (src/client/search-page.ts and the
 * search dialog, src/components/starlight/Search.astro), before the full-text results. Pure.
 */
export type CitationQuery =
  | { readonly kind: 'paragraph'; readonly id: string }
  | { readonly kind: 'label'; readonly label: string }
  | { readonly kind: 'pages'; readonly first: number; readonly last: number };

const PARAGRAPH = /^¶?\s*((?:abstract|intro|iv|iii|ii|i)(?:-\d+){1,2})$/i;
const LABEL = /^(table|tab\.|figure|fig\.?)\s*(\d+)$/i;
const PAGES = /^(?:p\.?|pp\.?|page|pages)\s*(\d+)(?:\s*[–—-]\s*(\d+))?$/i;

export function citationQuery(q: string): CitationQuery | undefined {
  const query = q.trim();
  const paragraph = PARAGRAPH.exec(query);
  if (paragraph) return { kind: 'paragraph', id: paragraph[1]!.toLowerCase() };
  const label = LABEL.exec(query);
  if (label) return { kind: 'label', label: `${/^t/i.test(label[1]!) ? 'Table' : 'Figure'} ${Number(label[2])}` };
  const pages = PAGES.exec(query);
  if (pages) {
    const first = Number(pages[1]);
    const last = pages[2] ? Number(pages[2]) : first;
    return last >= first ? { kind: 'pages', first, last } : undefined;
  }
  return undefined;
}

/** One place a citation query can land on: a paragraph, a table or figure, or where a journal page begins. */
export interface CitedPlace {
  /** The address, under the base, with the anchor. */
  readonly href: string;
  /** "¶ iii-4-05 · III.4 Energy cooperation · journal p. 34, inferred". */
  readonly title: string;
}

/** What the site can land a citation query on (/search/places.json). */
export interface CitedPlaces {
  readonly paragraphs: Readonly<Record<string, CitedPlace & { readonly pages: readonly [number, number] }>>;
  readonly labels: Readonly<Record<string, CitedPlace>>;
  readonly pages: Readonly<Record<string, CitedPlace>>;
}

/** The places a query names, the best first: the paragraph; the table or figure; the page's start, then the paragraphs on those pages. */
export function placesFor(query: CitationQuery, places: CitedPlaces): CitedPlace[] {
  if (query.kind === 'paragraph') return places.paragraphs[query.id] ? [places.paragraphs[query.id]!] : [];
  if (query.kind === 'label') return places.labels[query.label] ? [places.labels[query.label]!] : [];
  const starts = Object.entries(places.pages)
    .filter(([n]) => Number(n) >= query.first && Number(n) <= query.last)
    .map(([, place]) => place);
  const on = Object.values(places.paragraphs).filter((p) => p.pages[0] <= query.last && p.pages[1] >= query.first);
  return [...starts, ...on];
}
