/**
 * Search benchmark (not a test): for each query, cold page loads of /search/?q=… in headless
 * Chromium against the built site (dist/, served with gzip on loopback), measuring the time from
 * navigation to the first result inserted (read in the page) and the bytes received by then
 * (compressed, Pagefind's fetches included, split by kind). Prints a table. Run `npm run build`
 * first; `npm run bench:search` runs this.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../src/lib/edition-files/chromium.ts';
import { serveGzip } from './bench/serve.ts';
import { QUERIES, bytesSplit, coldSearch, medianByBytes, type SearchRun } from './bench/search.ts';
import { kb, markdownTable, median } from './bench/helpers.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

if (!existsSync('dist/search/index.html')) throw new Error('dist/ has no search page: run `npm run build` first.');
const served = await serveGzip(resolve('dist'));
const browser = await launchChromium();
const rows: string[][] = [];
for (const query of QUERIES) {
  const runs: SearchRun[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await coldSearch(browser, served.url, query));
  rows.push([
    decodeURIComponent(query.slice(1).replaceAll('+', ' ')),
    String(runs[0]!.results),
    median(runs.map((r) => r.ms)).toFixed(0),
    kb(median(runs.map((r) => r.bytes))),
    bytesSplit(medianByBytes(runs)!),
    String(median(runs.map((r) => r.requests))),
  ]);
}
await browser.close();
await served.close();
console.log(`Cold page loads of /search/ in headless Chromium, ${RUNS} runs per query, gzip on loopback, no cache:\n`);
console.log(
  markdownTable(
    [
      'query',
      'results shown',
      'ms to first result (median)',
      'KB to first result, gz (median)',
      'KB: page / Pagefind runtime / index chunks (n) / fragments / filters',
      'requests',
    ],
    rows,
  ),
);
