/**
 * Search benchmark (not a test): for each query, a cold page load of /search/?q=… in headless
 * Chromium against the built site (dist/, served locally as the tests serve it), measuring the
 * bytes transferred (response headers and bodies as served: HTML, CSS and JS uncompressed, as the
 * local server sends them; Pagefind's index files are compressed by Pagefind itself) and the time
 * from navigation to the first results on screen. Prints a table. Run `npm run build` first; `npm run bench:search` runs this.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';
import { launchBrowser } from '../tests/support/browser.ts';

const QUERIES = [
  '?q=horgos',
  '?q=Pavlodar',
  '?q=harmonious+region',
  '?q=Good-Neighborly+Friendship+and+Cooperation+Treaty',
  '?q=5.432',
  '?q=gas+pipeline&country=turkmenistan',
  '?q=China&part=iii',
];
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

if (!existsSync('dist/search/index.html')) throw new Error('dist/ has no search page: run `npm run build` first.');
const serve = sirv('dist', { dev: false, etag: true, gzip: false, brotli: false });
const server = createServer((req, res) =>
  serve(req, res, () => {
    res.statusCode = 404;
    res.end();
  }),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
if (typeof address !== 'object' || !address) throw new Error('no server address');
const site = `http://127.0.0.1:${address.port}`;
const browser = await launchBrowser();

interface Run {
  ms: number;
  bytes: number;
  requests: number;
  results: number;
}

async function coldLoad(query: string): Promise<Run> {
  // A new context has an empty cache; its request events include Pagefind's worker's fetches.
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  context.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  await page.goto(`${site}/search/${query}`);
  await page.locator('.search-result, [data-search-status]:has-text("No results")').first().waitFor({ timeout: 30_000 });
  const ms = await page.evaluate(() => performance.now());
  const results = await page.locator('.search-result').count();
  const all = await Promise.all(sizes);
  await context.close();
  return { ms, bytes: all.reduce((a, b) => a + b, 0), requests: all.length, results };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows: string[][] = [];
for (const query of QUERIES) {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(query));
  rows.push([
    decodeURIComponent(query.slice(1).replaceAll('+', ' ')),
    String(runs[0]!.results),
    median(runs.map((r) => r.ms)).toFixed(0),
    (median(runs.map((r) => r.bytes)) / 1024).toFixed(1),
    String(median(runs.map((r) => r.requests))),
  ]);
}
await browser.close();
server.close();

const header = ['query', 'results shown', 'ms to first results (median)', 'KB transferred (median)', 'requests'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`Cold page loads of /search/ in headless Chromium, ${RUNS} runs per query, local server, no cache:\n`);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of rows) console.log(line(row));
