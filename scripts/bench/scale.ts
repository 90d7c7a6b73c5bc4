/**
 * Build cost as the paper grows: synthetic paper pages (copies of the point pages with new
 * paragraph ids, without page markers, tables or charts, whose ids and pages would repeat) added
 * to a temporary copy of the edition and to the bare twin; each built with `astro build` under
 * /usr/bin/time, reporting wall time, ms per page and peak memory (maximum resident set size).
 *
 * The build refuses a paper whose words are not the source's, so the copy's synthetic pages stand
 * last in reading order (points of part IV after its own) and the copy's source ends with their
 * words: the content check, the page starts and the quotations then hold as they do for the paper.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PAPER_DIR, syntheticSources, writeTwin } from './twin.ts';
import { tokenize } from '../../src/lib/paper/model.ts';
import { SOURCE_FILE } from '../../src/lib/paper/source-text.ts';

export interface BuildCost {
  pages: number;
  seconds: number;
  msPerPage: number;
  peakMB: number;
  /** Astro's own render time per page, for paper pages, citation pages and the others: pages and mean ms. */
  renderByKind: Map<string, { pages: number; ms: number }>;
}

/** Astro logs each page it renders with its time ("├─ /cite/iii-4/index.html (+170ms)"); the mean for paper pages, citation pages and the others. */
export function renderTimes(log: string): Map<string, { pages: number; ms: number }> {
  const sums = new Map<string, { pages: number; total: number }>();
  for (const [, kind, value, unit] of log.matchAll(/[├└]─ \/([^/\s]*)[^\s]*\.html \(\+([\d.]+)(m?s)\)/g)) {
    const group = kind === 'paper' || kind === 'cite' ? kind : 'other';
    const entry = sums.get(group) ?? { pages: 0, total: 0 };
    entry.pages++;
    entry.total += Number(value) * (unit === 's' ? 1000 : 1);
    sums.set(group, entry);
  }
  return new Map([...sums].map(([kind, { pages, total }]) => [kind, { pages, ms: total / pages }]));
}

const ROOT = resolve('.');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** A synthetic page of the edition: the source page's paragraphs under new ids, after part IV's points. */
function syntheticEdition(source: string, n: number): string {
  const mdx = readFileSync(join(PAPER_DIR, source), 'utf8');
  const body = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<PageMarker n=\{\d+\} \/>/g, '')
    .replace(/<DataTable id="[^"]+" \/>/g, '')
    .replace(/<[A-Z][A-Za-z]*Chart[^>]*\/>/g, '')
    .replace(/<P id="([^"]+)">/g, `<P id="$1-s${n}">`);
  return `---\ntitle: "Synthetic page ${n}"\npaper:\n  part: iv\n  point: ${1000 + n}\n  editorialTitle: true\n---\n${body}`;
}

/** The synthetic pages' paragraphs as source text: one line each, a blank line between, to end the copy's source with. */
function syntheticSourceText(pages: readonly string[]): string {
  const paragraphs = tokenize(pages.map((body, i) => ({ pageId: `synthetic-${i + 1}`, body }))).flatMap((t) =>
    t.kind === 'paragraph' ? [t.text.replace(/\s+/g, ' ').trim()] : [],
  );
  return `\n\n${paragraphs.join('\n\n')}\n`;
}

/**
 * Runs `astro build` in `dir` under /usr/bin/time; throws with the output if it fails. Without the
 * take-along PDF: its layout (Paged.js over the whole linear view, one Chromium page) is a step of
 * the build, not of each page, measured by the take-along table; at 2,000 synthetic pages it
 * passed its time limit and stopped the build.
 */
function timedBuild(dir: string): BuildCost {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', process.execPath, ASTRO, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: '', BASE_PATH: '', EDITION_PDF: 'off' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`astro build failed in ${dir}:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const peakKB = Number(/PEAK_KB=(\d+)/.exec(run.stderr)?.[1] ?? NaN);
  const pages = countHtml(dir);
  return { pages, seconds, msPerPage: (seconds * 1000) / pages, peakMB: peakKB / 1024, renderByKind: renderTimes(run.stdout) };
}

/** A copy of the edition with `count` synthetic pages, in .tmp/bench-edition-<count>; its folder. */
export function writeEditionAtScale(count: number): string {
  const dir = join(ROOT, '.tmp', `bench-edition-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'editions'])
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  const synthetic = join(dir, PAPER_DIR, 'synthetic');
  mkdirSync(synthetic, { recursive: true });
  const pages = syntheticSources(count).map((source, i) => syntheticEdition(source, i + 1));
  pages.forEach((page, i) => writeFileSync(join(synthetic, `page-${i + 1}.mdx`), page));
  writeFileSync(join(dir, SOURCE_FILE), readFileSync(join(dir, SOURCE_FILE), 'utf8').replace(/\s*$/, '') + syntheticSourceText(pages));
  return dir;
}

/** The edition with `count` synthetic pages, built in a temporary copy. */
export function buildEditionAtScale(count: number): BuildCost {
  const dir = writeEditionAtScale(count);
  try {
    return timedBuild(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bare twin with `count` synthetic pages. */
export function buildTwinAtScale(count: number): BuildCost {
  const dir = join(ROOT, '.tmp', `bench-twin-${count}`);
  writeTwin(dir, count);
  try {
    return timedBuild(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages built: the HTML files Astro wrote (read after the build, before the folder goes). */
function countHtml(dir: string): number {
  return (
    Number(spawnSync('sh', ['-c', `find "${join(dir, 'dist')}" -name '*.html' 2>/dev/null | wc -l`], { encoding: 'utf8' }).stdout.trim()) ||
    NaN
  );
}
