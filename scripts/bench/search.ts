/**
 * A cold search: a new browser context (empty cache) loads /search/?q=… and waits for the first
 * results on screen; counts the time from navigation and the bytes transferred (compressed, with
 * Pagefind's own fetches), and the layout shift the page had by then.
 */
import type { Browser } from 'playwright-core';

export interface SearchRun {
  ms: number;
  bytes: number;
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

export async function coldSearch(browser: Browser, site: string, query: string): Promise<SearchRun> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  try {
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    context.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
    await page.goto(`${site}/search/${query}`);
    await page.locator('.search-result, [data-search-status]:has-text("No results")').first().waitFor({ timeout: 30_000 });
    // From navigation start (performance.now()'s origin) to the first result on screen.
    const ms = await page.evaluate(() => performance.now());
    const results = await page.locator('.search-result').count();
    const layoutShift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    const all = await Promise.all(sizes);
    return { ms, bytes: all.reduce((a, b) => a + b, 0), requests: all.length, results, layoutShift };
  } finally {
    await context.close();
  }
}

/** Pagefind's default interface waits this long after the last keystroke before it searches (its `debounceTimeoutMs`). */
export const DIALOG_DEBOUNCE_MS = 300;

/**
 * For reference, bare Starlight's own search: a page loaded cold, its dialog opened with Ctrl+K and
 * `term` typed; the time from typing to the first result (Pagefind's interface waits for typing to
 * pause, DIALOG_DEBOUNCE_MS). Each step waits for what it needs, not for time: the search element
 * defined and its button enabled before Ctrl+K (a key pressed before is lost), the dialog open,
 * then Pagefind's input, which its interface adds once the browser is idle.
 */
export async function dialogSearch(
  browser: Browser,
  site: string,
  path: string,
  term: string,
): Promise<{ loadMs: number; searchMs: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site}${path}`, { waitUntil: 'load' });
    const loadMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    await page.evaluate(() => customElements.whenDefined('site-search'));
    await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
    const input = page.locator('site-search dialog input');
    await input.waitFor({ state: 'attached', timeout: 30_000 });
    await page.keyboard.press('Control+k');
    await page.locator('site-search dialog[open]').waitFor({ timeout: 10_000 });
    await input.waitFor({ timeout: 10_000 });
    const start = await page.evaluate(() => performance.now());
    await input.fill(term);
    await page.locator('site-search .pagefind-ui__result').first().waitFor({ timeout: 30_000 });
    const searchMs = (await page.evaluate(() => performance.now())) - start;
    return { loadMs, searchMs };
  } finally {
    await context.close();
  }
}

/**
 * Runs a measurement, and once more if it fails, saying so; undefined if it fails twice, so that
 * the run goes on and its table shows the gap.
 */
export async function retryOnce<T>(label: string, step: () => Promise<T>): Promise<T | undefined> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      return await step();
    } catch (error) {
      const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      console.log(attempt === 1 ? `(${label} failed, tried again: ${why})` : `(${label} failed twice, left out: ${why})`);
    }
  }
  return undefined;
}

/** A figure for a table, or "gap" where its measurement failed twice. */
export const orGap = <T>(value: T | undefined, show: (v: T) => string) => (value === undefined ? 'gap' : show(value));

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A Markdown table: a header row and rows of cells, numbers right-aligned. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
