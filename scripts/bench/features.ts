/**
 * What each of our features adds to a page at load, over the bare twin, so that the next feature
 * can be weighed before it lands (issue 34). Three measures, each of one feature alone:
 *
 * - HTML and DOM: the page as served (dist/), read with cheerio; each feature's markup taken out
 *   (elements removed, links unwrapped to their words, attributes dropped) and the page gzipped
 *   again as the bench's server does: the bytes it adds, and the elements.
 * - JavaScript: each part of the one script every page runs (src/client/site.ts) bundled alone by
 *   Rolldown, minified and gzipped (parts share small modules, so they add up to a little more than
 *   the script); scripts/bench.ts sets the page's whole JavaScript beside the twin's.
 * - CSS: each of our stylesheets every page loads (Starlight's customCss), minified by Lightning
 *   CSS and gzipped.
 *
 * Not a test: it reports, it passes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import { build } from 'rolldown';
import { transform } from 'lightningcss';
import { SITE_STYLESHEETS } from '../../src/lib/site/stylesheets.ts';

/** Gzipped size as the bench's server sends it (scripts/bench/serve.ts, level 6). */
const gz = (text: string | Uint8Array) => gzipSync(text, { level: 6 }).length;

interface MarkupFeature {
  name: string;
  /** Takes the feature's markup out of the page. */
  remove: ($: CheerioAPI) => void;
}

const removeAll = (selector: string) => ($: CheerioAPI) => void $(selector).remove();

/** Ids the paper's "On this page" lists link: paragraphs and tables (the twin's lists headings). */
const listsParagraphs = ($: CheerioAPI) =>
  $('starlight-toc li, mobile-starlight-toc li').filter((_, li) => {
    const hash = $(li).children('a').attr('href') ?? '';
    return hash.startsWith('#') && $(`[id="${hash.slice(1)}"]`).is('[data-paragraph], figure[data-table]');
  });

export const MARKUP_FEATURES: MarkupFeature[] = [
  { name: 'entity links', remove: ($) => void $('a.entity-link').each((_, a) => void $(a).replaceWith($(a).text())) },
  { name: 'page markers', remove: removeAll('.page-marker') },
  { name: 'paragraph controls (¶, Cite, Quote…)', remove: removeAll('a.permalink, a.cite-paragraph, button.quote-paragraph') },
  {
    name: 'paragraph ids and their search and page data',
    remove: ($) =>
      void $('p[data-paragraph]').each((_, p) => {
        for (const name of Object.keys(p.attribs)) $(p).removeAttr(name);
      }),
  },
  { name: '"On this page" listing paragraphs', remove: ($) => void listsParagraphs($).remove() },
  { name: 'Cite disclosure under the title', remove: removeAll('details.cite-panel') },
  { name: 'charts', remove: removeAll('figure.data-chart') },
  { name: 'take-along files (PDF, EPUB)', remove: removeAll('.take-along') },
  {
    name: 'citation metadata (Highwire, Dublin Core)',
    remove: removeAll('meta[name^="citation_"], meta[name^="DC."], link[rel="schema.DC"]'),
  },
  { name: 'JSON-LD', remove: removeAll('script[type="application/ld+json"]') },
  { name: 'security policy', remove: removeAll('meta[http-equiv="content-security-policy"]') },
];

export interface MarkupCost {
  name: string;
  bytes: number;
  elements: number;
}

/** Each feature's gzipped bytes and elements on the page at `file`; features the page lacks are left out. */
export function markupCosts(file: string): MarkupCost[] {
  const html = readFileSync(file, 'utf8');
  const whole = gz(html);
  const count = ($: CheerioAPI) => $('*').length;
  const page = load(html);
  // The page as cheerio writes it back, untouched: a feature the page lacks leaves it so.
  const unchanged = page.html();
  const elements = count(page);
  return MARKUP_FEATURES.flatMap((feature) => {
    const $ = load(html);
    feature.remove($);
    const out = $.html();
    if (out === unchanged) return [];
    return [{ name: feature.name, bytes: whole - gz(out), elements: elements - count($) }];
  });
}

/** The parts of src/client/site.ts, each a module of its own; and the stand-in every page's search dialog imports at idle. */
export const SITE_SCRIPT_PARTS = [
  ['search dialog additions', 'src/client/search-dialog.ts'],
  ['paragraph permalinks', 'src/client/permalink.ts'],
  ['search highlight', 'src/client/search-highlight.ts'],
  ['moved addresses', 'src/client/moved-address.ts'],
  ['Cite loader', 'src/client/cite-loader.ts'],
  ['Quote loader', 'src/client/quote-loader.ts'],
  ['"On this page" following paragraphs', 'src/client/paper-toc.ts'],
  ['journal page form', 'src/client/go-to-page.ts'],
  [
    "the search dialog's interface, a stand-in until the reader's intent (Starlight's script imports it at idle)",
    'src/client/pagefind-ui-on-intent.ts',
  ],
] as const;

/** A module bundled alone (its static imports in; what it imports dynamically, packages and assets left out), minified and gzipped. */
export async function bundledAlone(entry: string, root: string): Promise<number> {
  const result = await build({
    input: join(root, entry),
    write: false,
    // Packages, and assets by address (a stylesheet's ?url), are not the script's bytes.
    external: (id) => (!id.startsWith('.') && !id.startsWith('/')) || id.includes('?'),
    output: { format: 'esm', minify: true },
    logLevel: 'silent',
  });
  return result.output.reduce((sum, chunk) => sum + (chunk.type === 'chunk' && chunk.isEntry ? gz(chunk.code) : 0), 0);
}

/** Our stylesheets on every page, each minified and gzipped. */
export function stylesheetCosts(root: string): { file: string; bytes: number }[] {
  return SITE_STYLESHEETS.map((path) => {
    const file = path.slice('./'.length);
    const { code } = transform({ filename: file, code: readFileSync(join(root, file)), minify: true });
    return { file, bytes: gz(code) };
  });
}
