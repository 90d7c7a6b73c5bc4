/**
 * A cold search: a new browser context (empty cache) loads /search/?q=… and waits for the first
 * results on screen. The time is read in the page: from navigation start to the moment the first
 * result (or "No results") is inserted, as a MutationObserver sees it, so the driver's polling adds
 * nothing. The bytes are those the page had received by then (resource timing's transfer sizes:
 * compressed bodies and headers), split into the page itself, Pagefind's runtime (its script, entry,
 * metadata and WebAssembly), its index chunks (one per word range a query touches), its fragments
 * (one per result shown) and its filter indexes; with the layout shift the page had by then.
 */
import type { Browser } from 'playwright-core';
import { SEARCH_RANKING } from '../../src/lib/search/pagefind-ranking.ts';
import { kb } from './helpers.ts';

export interface SearchBytes {
  page: number;
  runtime: number;
  chunks: number;
  chunkCount: number;
  fragments: number;
  filters: number;
}

export interface SearchRun {
  ms: number;
  bytes: number;
  split: SearchBytes;
  requests: number;
  results: number;
  layoutShift: number;
}

export const QUERIES = [
  '?q=horgos',
  '?q=Pavlodar',
  '?q=harmonious+region',
  '?q=Good-Neighborly+Friendship+and+Cooperation+Treaty',
  '?q=5.432',
  '?q=gas+pipeline&country=turkmenistan',
  '?q=China&part=iii',
];

/** Runs in the page before its own scripts: notes when the first element matching `selector` is inserted (window.__first, ms from navigation start) and the layout shift until then. */
function watchFirst(selector: string): void {
  const w = window as unknown as { __first?: number; __shift: number };
  w.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!entry.hadRecentInput && w.__first === undefined) w.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      w.__first = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** What the page had received by `until` (ms from navigation start), by kind; in the page. */
function receivedBy(until: number): { kind: string; bytes: number }[] {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.responseEnd <= until);
  const kind = (url: string) => {
    const path = new URL(url).pathname;
    if (!path.includes('/pagefind/')) return 'page';
    if (path.endsWith('.pf_index')) return 'chunks';
    if (path.endsWith('.pf_fragment')) return 'fragments';
    if (path.endsWith('.pf_filter')) return 'filters';
    return 'runtime';
  };
  return [{ kind: 'page', bytes: navigation.transferSize }, ...resources.map((r) => ({ kind: kind(r.name), bytes: r.transferSize }))];
}

export async function coldSearch(browser: Browser, site: string, query: string): Promise<SearchRun> {
  const context = await browser.newContext();
  await context.addInitScript(watchFirst, '.search-result, [data-search-status]:not(:empty)');
  try {
    const page = await context.newPage();
    await page.goto(`${site}/search/${query}`);
    await page.locator('.search-result, [data-search-status]:has-text("No results")').first().waitFor({ timeout: 30_000 });
    const { first, shift } = await page.evaluate(() => {
      const state = window as unknown as { __first: number; __shift: number };
      return { first: state.__first, shift: state.__shift };
    });
    const received = await page.evaluate(receivedBy, first);
    const results = await page.locator('.search-result').count();
    const split: SearchBytes = { page: 0, runtime: 0, chunks: 0, chunkCount: 0, fragments: 0, filters: 0 };
    for (const r of received) {
      split[r.kind as Exclude<keyof SearchBytes, 'chunkCount'>] += r.bytes;
      if (r.kind === 'chunks') split.chunkCount++;
    }
    return { ms: first, bytes: received.reduce((a, r) => a + r.bytes, 0), split, requests: received.length, results, layoutShift: shift };
  } finally {
    await context.close();
  }
}

/**
 * The engine alone: Pagefind's own cold path for `term` on a blank page of the edition's server (no
 * layout, no other script): its script, its options as the search page sets them, the search, and
 * the data of the first 20 results, then one element inserted. The floor any page that runs
 * Pagefind from a cold start can reach on this machine.
 */
export const BLANK_SEARCH_PATH = '/__bench/pagefind-alone.html';
export const blankSearchPage = (): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind alone</title>
<script type="module">
const term = new URLSearchParams(location.search).get('q');
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.options(${JSON.stringify({ ranking: SEARCH_RANKING, baseUrl: '/', noWorker: true })});
await pagefind.init();
const search = await pagefind.search(term);
const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
const item = document.createElement('li');
item.className = 'search-result';
item.textContent = data[0]?.meta.title ?? 'No results';
document.body.append(item);
</script></head><body></body></html>`;

export async function blankSearch(browser: Browser, site: string, term: string): Promise<number> {
  const context = await browser.newContext();
  await context.addInitScript(watchFirst, '.search-result');
  try {
    const page = await context.newPage();
    await page.goto(`${site}${BLANK_SEARCH_PATH}?q=${encodeURIComponent(term)}`);
    await page.locator('.search-result').waitFor({ timeout: 30_000 });
    return await page.evaluate(() => (window as unknown as { __first: number }).__first);
  } finally {
    await context.close();
  }
}

/** Pagefind's default interface waits this long after the last keystroke before it searches (its `debounceTimeoutMs`). */
export const DIALOG_DEBOUNCE_MS = 300;

export interface DialogRun {
  /** The page's load event, ms from navigation start. */
  loadMs: number;
  /** From the first keystroke's input event to the first result inserted, in the page. */
  searchMs: number;
  /** When Pagefind's WebAssembly and its first index chunk were requested, ms relative to typing (negative: before). */
  wasmRequested: number | undefined;
  chunkRequested: number | undefined;
}

/**
 * A reader's search in the header's dialog: a page loaded cold, its dialog opened with Ctrl+K and
 * `term` typed; the time from typing to the first result, read in the page (Pagefind's interface
 * waits for typing to pause, DIALOG_DEBOUNCE_MS, and fetches the query's index chunks meanwhile).
 * Each step waits for what it needs, not for time: the search element defined and its button
 * enabled before Ctrl+K, the dialog open, then the box to type in. Bare Starlight's box is
 * Pagefind's input, which its interface adds once the browser is idle, and a key pressed before is
 * lost: there the driver waits for it before Ctrl+K. Ours (`onIntent`) fetches the interface when
 * the dialog opens and holds what is typed until its box is there: the reader types at once into
 * the box that has the focus, and the interface's download counts in the time. Also notes when
 * Pagefind's WebAssembly and index chunk were requested relative to typing, from the driver's clock.
 */
export async function dialogSearch(browser: Browser, site: string, path: string, term: string, onIntent = false): Promise<DialogRun> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const w = window as unknown as { __typed?: number; __first?: number };
    addEventListener('input', () => (w.__typed ??= performance.now()), true);
    new MutationObserver(() => {
      if (w.__first === undefined && document.querySelector('.pagefind-ui__result')) w.__first = performance.now();
    }).observe(document, { subtree: true, childList: true });
  });
  const requested = new Map<string, number>();
  context.on('request', (request) => {
    const kind = /wasm\.[a-z-]+\.pagefind$/.test(request.url()) ? 'wasm' : request.url().endsWith('.pf_index') ? 'chunk' : undefined;
    if (kind && !requested.has(kind)) requested.set(kind, Date.now());
  });
  try {
    const page = await context.newPage();
    await page.goto(`${site}${path}`, { waitUntil: 'load' });
    const loadMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    await page.evaluate(() => customElements.whenDefined('site-search'));
    await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
    const input = page.locator(onIntent ? 'site-search dialog input:focus' : 'site-search dialog input');
    if (!onIntent) await input.waitFor({ state: 'attached', timeout: 30_000 });
    await page.keyboard.press('Control+k');
    await page.locator('site-search dialog[open]').waitFor({ timeout: 10_000 });
    await input.waitFor({ timeout: 10_000 });
    const typing = Date.now();
    await input.fill(term);
    await page.locator('site-search .pagefind-ui__result').first().waitFor({ timeout: 30_000 });
    const { typed, first } = await page.evaluate(() => {
      const w = window as unknown as { __typed: number; __first: number };
      return { typed: w.__typed, first: w.__first };
    });
    const relative = (kind: string) => (requested.has(kind) ? requested.get(kind)! - typing : undefined);
    return { loadMs, searchMs: first - typed, wasmRequested: relative('wasm'), chunkRequested: relative('chunk') };
  } finally {
    await context.close();
  }
}

/** The run whose bytes are the median of `runs`, to show how those bytes split. */
export const medianByBytes = (runs: SearchRun[]): SearchRun | undefined =>
  [...runs].sort((a, b) => a.bytes - b.bytes)[Math.floor(runs.length / 2)];

/** A run's bytes as "page / runtime / chunks (n) / fragments / filters", in KB. */
export const bytesSplit = ({ split: s }: SearchRun) =>
  `${kb(s.page)} / ${kb(s.runtime)} / ${kb(s.chunks)} (${s.chunkCount}) / ${kb(s.fragments)} / ${kb(s.filters)}`;
