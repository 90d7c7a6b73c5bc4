/**
 * One page of each kind the site builds, as a reader reaches it: what the rendered-page tests, the
 * second accessibility engine and `npm run shots` walk. Data only (no test runner), so that the
 * screenshot script reads the same list.
 */
export interface PageKind {
  /** A short name: file names of screenshots, test titles. */
  readonly name: string;
  readonly label: string;
  readonly path: string;
}

export const PAGE_KINDS: readonly PageKind[] = [
  { name: 'home', label: 'Home', path: '/' },
  { name: 'part', label: 'A part’s overview (III)', path: '/paper/iii-policy-tools/' },
  { name: 'point', label: 'A plain point (I.1)', path: '/paper/i-interests/1-border-security/' },
  { name: 'point-tables-charts', label: 'A point with tables and charts (III.4)', path: '/paper/iii-policy-tools/4-energy-cooperation/' },
  { name: 'linear', label: 'The linear view', path: '/paper/full/' },
  { name: 'references', label: 'The references note', path: '/paper/references/' },
  { name: 'journal-pages', label: 'The journal pages', path: '/paper/page/' },
  { name: 'search', label: 'Search with results (horgos)', path: '/search/?q=horgos' },
  { name: 'cite-page', label: 'A paragraph’s citation page', path: '/cite/iii-4-05/' },
  { name: 'how-to-cite', label: 'How to cite', path: '/about/how-to-cite/' },
  { name: 'countries', label: 'The countries, with the map', path: '/countries/' },
  { name: 'country', label: 'A country (Kazakhstan)', path: '/countries/kazakhstan/' },
  { name: 'agreements', label: 'The agreements table', path: '/agreements/' },
  { name: 'agreement', label: 'An agreement (Shanghai Convention)', path: '/agreements/shanghai-convention-2001/' },
  { name: 'projects', label: 'The projects', path: '/projects/' },
  { name: 'project', label: 'A project (China–Kazakhstan oil pipeline)', path: '/projects/china-kazakhstan-oil-pipeline/' },
  { name: 'organisations', label: 'The organisations', path: '/organisations/' },
  { name: 'organisation', label: 'An organisation (SCO)', path: '/organisations/sco/' },
  { name: 'timeline', label: 'The timeline', path: '/timeline/' },
  { name: 'data-index', label: 'The data sets', path: '/data/' },
  { name: 'data', label: 'A data page (Table 2)', path: '/data/table-2/' },
  { name: 'data-notes', label: 'The data notes', path: '/data/notes/' },
  { name: 'editions', label: 'The editions page', path: '/about/editions/' },
  { name: 'frozen-editions', label: 'The frozen editions', path: '/editions/' },
  { name: 'frozen-edition', label: 'A frozen edition (1.3, from its TEI)', path: '/editions/1.3/' },
  { name: 'edition-changes', label: 'What changed from 1.3 to 1.4', path: '/editions/1.4/changes/' },
  { name: '404', label: 'Not found (404)', path: '/no-such-page/' },
];

/** The two widths every reader-facing check runs at: a desktop and a phone (touch). */
export const VIEWS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
] as const;
export type View = (typeof VIEWS)[number];
