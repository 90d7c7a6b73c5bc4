/**
 * The side-by-side benchmark (not a test; nothing here passes or fails): the built edition (dist/)
 * against a bare Starlight twin holding the same paper text (scripts/bench/twin.ts), both served
 * with gzip on loopback and loaded cold in headless Chromium. Prints, per page, the bytes
 * transferred by kind at load and after scrolling to the end, requests, DOM elements and the ratio
 * to the twin's page; the cold search; the JavaScript a Cite panel fetches and what quoting a passage fetches; the time the take-along
 * files (PDF, EPUB) add to a build; Lighthouse's scores.
 *
 *   npm run build && npm run bench                 pages, search, Cite panel, Lighthouse
 *   npm run bench -- --scale 2000                  also build cost at 500, 1,000 and 2,000 pages
 *   npm run bench -- --no-lighthouse               without Lighthouse (faster)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../src/lib/edition-files/chromium.ts';
import { serveGzip } from './bench/serve.ts';
import { citePanelScript, pageCost, quoteScript, type PageCost, type Weight } from './bench/measure.ts';
import {
  BLANK_SEARCH_PATH,
  DIALOG_DEBOUNCE_MS,
  blankSearch,
  blankSearchPage,
  bytesSplit,
  coldSearch,
  dialogSearch,
  medianByBytes,
  type DialogRun,
  type SearchRun,
} from './bench/search.ts';
import { kb, markdownTable, median, orGap, retryOnce, signedKb } from './bench/helpers.ts';
import { lighthouseScores, type Scores } from './bench/lighthouse.ts';
import { writeTwin } from './bench/twin.ts';
import { buildEditionAtScale, buildTwinAtScale, type BuildCost } from './bench/scale.ts';
import { takeAlongCost } from './bench/take-along.ts';
import { MARKUP_FEATURES, SITE_SCRIPT_PARTS, bundledAlone, markupCosts, stylesheetCosts } from './bench/features.ts';

const PAGES: { label: string; path: string; twin?: boolean }[] = [
  { label: 'home', path: '/', twin: true },
  { label: 'I.1 (plain point)', path: '/paper/i-interests/1-border-security/', twin: true },
  { label: 'III.4 (tables, charts)', path: '/paper/iii-policy-tools/4-energy-cooperation/', twin: true },
  { label: 'linear view', path: '/paper/full/', twin: true },
  { label: 'a country', path: '/countries/kazakhstan/' },
  { label: 'an agreement', path: '/agreements/shanghai-convention-2001/' },
  { label: 'a data page', path: '/data/table-1/' },
  { label: 'search', path: '/search/' },
];
const SEARCHES = ['?q=horgos', '?q=87.24+million+tons', '?q=harmonious+region'];
const args = process.argv.slice(2);
const scale = args.includes('--scale') ? Number(args[args.indexOf('--scale') + 1]) : 0;
const withLighthouse = !args.includes('--no-lighthouse');

if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');
const total = (w: Weight) => w.html + w.css + w.js + w.other;

// The twin, built once for this run.
const twinDir = resolve('.tmp/bench-twin');
writeTwin(twinDir);
const built = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: twinDir,
  encoding: 'utf8',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (built.status !== 0) throw new Error(`the twin did not build:\n${built.stdout}\n${built.stderr}`);

const [edition, twin] = await Promise.all([
  serveGzip(resolve('dist'), { [BLANK_SEARCH_PATH]: blankSearchPage() }),
  serveGzip(join(twinDir, 'dist')),
]);
const browser = await launchChromium();
const rows: string[][] = [];
const costs = new Map<string, { ours: PageCost; bare?: PageCost }>();
for (const page of PAGES) {
  const ours = await retryOnce(`our ${page.label}`, () => pageCost(browser, `${edition.url}${page.path}`));
  const bare = page.twin ? await retryOnce(`the twin's ${page.label}`, () => pageCost(browser, `${twin.url}${page.path}`)) : undefined;
  if (ours) costs.set(page.path, bare ? { ours, bare } : { ours });
  const ratio = ours && bare ? (total(ours.load) / total(bare.load)).toFixed(2) : '–';
  const split = (w: Weight) => `${kb(w.html)} / ${kb(w.css)} / ${kb(w.js)}`;
  const twinCell = (show: (cost: PageCost) => string) => (page.twin ? orGap(bare, show) : '–');
  rows.push([
    page.label,
    orGap(ours, (c) => split(c.load)),
    orGap(ours, (c) => kb(total(c.load))),
    orGap(ours, (c) => kb(total(c.scrolled))),
    orGap(ours, (c) => String(c.scrolled.requests)),
    orGap(ours, (c) => String(c.elements)),
    twinCell((c) => split(c.load)),
    twinCell((c) => kb(total(c.load))),
    twinCell((c) => String(c.elements)),
    ratio,
    ours && bare ? signedKb(total(ours.scrolled) - total(bare.scrolled)) : '–',
  ]);
}
console.log('\n## Pages: cold loads, gzip on loopback, KB transferred (compressed, with headers)\n');
console.log(
  markdownTable(
    [
      'page',
      'HTML / CSS / JS',
      'total at load',
      'after scrolling',
      'requests',
      'DOM elements',
      'twin HTML / CSS / JS',
      'twin total',
      'twin DOM',
      'ratio to twin',
      'over twin, scrolled',
    ],
    rows,
  ),
);

// What each feature adds, on each page that has a twin (scripts/bench/features.ts).
const twinPages = PAGES.filter((p) => p.twin);
const featureCosts = twinPages.map((p) => new Map(markupCosts(join('dist', p.path, 'index.html')).map((c) => [c.name, c])));
console.log('\n## What each feature adds at load: HTML (KB gzipped) and DOM elements, each feature measured alone on the page as built\n');
console.log(
  markdownTable(
    ['feature', ...twinPages.map((p) => p.label)],
    MARKUP_FEATURES.map((f) => [
      f.name,
      ...featureCosts.map((costs) => {
        const c = costs.get(f.name);
        return c ? `${kb(c.bytes)} / ${c.elements}` : '–';
      }),
    ]),
  ),
);
const overTwin = (pick: (w: Weight) => number) =>
  twinPages.map((p) => {
    const c = costs.get(p.path);
    return c?.bare ? signedKb(pick(c.ours.load) - pick(c.bare.load)) : 'gap';
  });
console.log(
  `\nOver the twin at load, KB (ours less the twin's): JavaScript ${overTwin((w) => w.js).join(', ')}; CSS ${overTwin((w) => w.css).join(', ')}; HTML ${overTwin((w) => w.html).join(', ')} (${twinPages.map((p) => p.label).join(', ')}).`,
);
const parts: string[][] = [];
for (const [name, file] of SITE_SCRIPT_PARTS)
  parts.push([name, file, orGap(await retryOnce(`bundling ${file}`, () => bundledAlone(file, '.')), kb)]);
console.log(
  "\n## The one script every page runs (src/client/site.ts), each part bundled alone, and the search dialog's stand-in (minified, KB gzipped)\n",
);
console.log(markdownTable(['part', 'module', 'KB'], parts));
console.log('\n## Our stylesheets on every page (minified, KB gzipped)\n');
console.log(
  markdownTable(
    ['stylesheet', 'KB'],
    stylesheetCosts('.').map((c) => [c.file, kb(c.bytes)]),
  ),
);

const mid = <T>(values: T[], pick: (v: T) => number) => (values.length > 0 ? median(values.map(pick)) : undefined);
// The twin's reader path, in the same run: bare Starlight's I.1 loaded cold, its dialog searched
// ("horgos"), from navigation to the first result, its debounce included (issue 34's reference a).
const dialog: DialogRun[] = [];
for (let i = 0; i < 3; i++) {
  const run = await retryOnce(`the twin's dialog search, run ${i + 1}`, () =>
    dialogSearch(browser, twin.url, '/paper/i-interests/1-border-security/', 'horgos'),
  );
  if (run) dialog.push(run);
}
const twinLoad = mid(dialog, (d) => d.loadMs);
const twinSearch = mid(dialog, (d) => d.searchMs);
const readerPath = twinLoad !== undefined && twinSearch !== undefined ? twinLoad + twinSearch : undefined;
// Ours, the same path: our dialog's interface is fetched when the reader opens it, so its download counts.
const ourDialog: DialogRun[] = [];
for (let i = 0; i < 3; i++) {
  const run = await retryOnce(`our dialog search, run ${i + 1}`, () =>
    dialogSearch(browser, edition.url, '/paper/i-interests/1-border-security/', 'horgos', true),
  );
  if (run) ourDialog.push(run);
}
const ourLoad = mid(ourDialog, (d) => d.loadMs);
const ourSearch = mid(ourDialog, (d) => d.searchMs);
const searchRows: string[][] = [];
for (const query of SEARCHES) {
  const runs: SearchRun[] = [];
  for (let i = 0; i < 3; i++) {
    const run = await retryOnce(`cold search ${query}, run ${i + 1}`, () => coldSearch(browser, edition.url, query));
    if (run) runs.push(run);
  }
  // The engine alone on a blank page, the same query, in the same run (reference b: the floor).
  const term = decodeURIComponent(query.slice(3).replaceAll('+', ' '));
  const alone: number[] = [];
  for (let i = 0; i < 3; i++) {
    const ms = await retryOnce(`Pagefind alone “${term}”, run ${i + 1}`, () => blankSearch(browser, edition.url, term));
    if (ms !== undefined) alone.push(ms);
  }
  const ours = mid(runs, (r) => r.ms);
  const floor = mid(alone, (v) => v);
  const within =
    ours !== undefined && floor !== undefined && readerPath !== undefined ? ours <= floor + 100 && ours <= readerPath : undefined;
  searchRows.push([
    term,
    orGap(runs[0], (r) => String(r.results)),
    orGap(ours, (v) => v.toFixed(0)),
    orGap(floor, (v) => v.toFixed(0)),
    orGap(ours !== undefined && floor !== undefined ? ours - floor : undefined, (v) => `${v >= 0 ? '+' : ''}${v.toFixed(0)}`),
    orGap(readerPath, (v) => v.toFixed(0)),
    orGap(within, (v) => (v ? 'yes' : 'no')),
    orGap(
      mid(runs, (r) => r.bytes),
      kb,
    ),
    orGap(medianByBytes(runs), bytesSplit),
    orGap(
      mid(runs, (r) => r.layoutShift),
      (v) => v.toFixed(3),
    ),
    `${runs.length} of 3`,
  ]);
}
const requestedAt = (v: number) => (v < 0 ? `${(-v).toFixed(0)} ms before typing` : `${v.toFixed(0)} ms after typing`);
const definedOnly = (values: (number | undefined)[]) => values.filter((v): v is number => v !== undefined);
console.log('\n## Cold search (/search/?q=…, 3 runs, medians; time from navigation start to the first result, read in the page)\n');
console.log(
  markdownTable(
    [
      'query',
      'results',
      'ms to first result',
      'floor: Pagefind alone, ms',
      'over the floor',
      "twin's reader path, ms",
      'within both (floor + 100, reader path)',
      'KB to first result',
      'KB: page / Pagefind runtime / index chunks (n) / fragments / filters',
      'layout shift',
      'runs measured',
    ],
    searchRows,
  ),
);
console.log(
  `\nThe twin's reader path is bare Starlight on this machine in this run: I.1 loads cold in ${orGap(twinLoad, (v) => v.toFixed(0))} ms; its dialog shows the first result for “horgos” ${orGap(twinSearch, (v) => v.toFixed(0))} ms after typing, ${DIALOG_DEBOUNCE_MS} ms of it its interface waiting for typing to pause (medians; ${dialog.length} of 3 runs). Its Pagefind requested the WebAssembly ${orGap(
    mid(definedOnly(dialog.map((d) => d.wasmRequested)), (v) => v),
    requestedAt,
  )} and the index chunk ${orGap(
    mid(definedOnly(dialog.map((d) => d.chunkRequested)), (v) => v),
    requestedAt,
  )}. Ours, the same path: I.1 loads cold in ${orGap(ourLoad, (v) => v.toFixed(0))} ms; its dialog, whose interface is fetched only when the reader opens it, shows the first result ${orGap(ourSearch, (v) => v.toFixed(0))} ms after typing (${orGap(
    ourLoad !== undefined && ourSearch !== undefined ? ourLoad + ourSearch : undefined,
    (v) => v.toFixed(0),
  )} ms in all against the twin's ${orGap(readerPath, (v) => v.toFixed(0))}; ${ourDialog.length} of 3 runs). The floor is Pagefind's own cold path (script, options, search, the first 20 results' data) on a blank page of the same server: the least any page that starts Pagefind cold can take. Goal (issue 34): each of ours at most the floor + 100 ms and at most the twin's reader path; the search page's own bytes (the "page" part) at most 25 KB.`,
);

const cite = await retryOnce('opening a Cite panel', () =>
  citePanelScript(browser, `${edition.url}/paper/iii-policy-tools/4-energy-cooperation/`),
);
console.log(`\n## Opening a Cite panel (III.4)\n\nJavaScript fetched: ${orGap(cite, kb)} KB (compressed)`);
const quote = await retryOnce('quoting a passage', () =>
  quoteScript(browser, `${edition.url}/paper/iii-policy-tools/4-energy-cooperation/`, 'iii-4-06'),
);
console.log(
  `\n## Quoting a passage (III.4, paragraph iii-4-06)\n\nJavaScript every page loads up front for it and the site's other small controls (one script and its shared chunk): ${orGap(quote, (q) => kb(q.upFront))} KB; fetched from the first selection until the Quote dialog is ready: ${orGap(quote, (q) => kb(q.onQuote))} KB of JavaScript (budget 20 KB) and ${orGap(quote, (q) => kb(q.data))} KB of citation templates and the paragraph's citation page (compressed).`,
);
await browser.close();

const takeAlong = await takeAlongCost(resolve('dist'));
console.log("\n## Take-along files: what they add to a build (the build's own code, 3 runs, medians)\n");
console.log(
  markdownTable(
    ['file', 'KB', 'seconds'],
    takeAlong.map((f) => [f.kind, kb(f.bytes), (f.ms / 1000).toFixed(1)]),
  ),
);

if (withLighthouse) {
  const lhRows: string[][] = [];
  for (const page of PAGES) {
    const scores: Scores | undefined = await retryOnce(`Lighthouse on ${page.label}`, () => lighthouseScores(`${edition.url}${page.path}`));
    lhRows.push([
      page.label,
      orGap(scores, (s) => String(s.performance)),
      orGap(scores, (s) => String(s.accessibility)),
      orGap(scores, (s) => String(s['best-practices'])),
      orGap(scores, (s) => String(s.seo)),
    ]);
  }
  console.log('\n## Lighthouse 12.2.3 (mobile)\n');
  console.log(markdownTable(['page', 'performance', 'accessibility', 'best practices', 'SEO'], lhRows));
}
await Promise.all([edition.close(), twin.close()]);
rmSync(twinDir, { recursive: true, force: true });

if (scale > 0) {
  const steps = [...new Set([Math.round(scale / 4), Math.round(scale / 2), scale])].filter((n) => n > 0);
  const scaleRows: string[][] = [];
  const profiles: { n: number; ours: BuildCost; bare: BuildCost }[] = [];
  const edge = (cost: BuildCost) => [String(cost.pages), cost.seconds.toFixed(1), cost.msPerPage.toFixed(0), cost.peakMB.toFixed(0)];
  for (const n of steps) {
    const ours = buildEditionAtScale(n);
    const bare = buildTwinAtScale(n);
    scaleRows.push([String(n), ...edge(ours), ...edge(bare), (ours.msPerPage / bare.msPerPage).toFixed(2)]);
    profiles.push({ n, ours, bare });
  }
  console.log(`\n## Build cost with synthetic paper pages\n`);
  console.log(
    markdownTable(
      ['synthetic pages', 'pages', 's', 'ms/page', 'peak MB', 'twin pages', 'twin s', 'twin ms/page', 'twin peak MB', 'ms/page ratio'],
      scaleRows,
    ),
  );
  console.log(`\n## Where the build's time goes: Astro's render time per page, by kind (mean ms, and pages)\n`);
  const kinds = ['paper', 'cite', 'other'];
  const cell = (m: Map<string, { pages: number; ms: number }>, kind: string) => {
    const k = m.get(kind);
    return k ? `${k.ms.toFixed(0)} (${k.pages})` : '–';
  };
  console.log(
    markdownTable(
      ['synthetic pages', ...kinds, 'twin paper'],
      profiles.map((p) => [String(p.n), ...kinds.map((k) => cell(p.ours.renderByKind, k)), cell(p.bare.renderByKind, 'paper')]),
    ),
  );
}
