/**
 * Published the usual way, under a path (a GitHub Pages project site): a copy of the project
 * built with BASE_PATH and SITE_URL, served under that path by a static server that answers 404
 * outside it. Every internal link and anchor resolves inside the base; nothing in the pages
 * points outside it; a search lands on a paragraph, a chart draws, a Cite panel copies, a CSV
 * downloads; the published address gives canonical links, a sitemap and robots.txt.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkChecker, LinkState } from 'linkinator';
import * as cheerio from 'cheerio';
import JSZip from 'jszip';
import { CitePanel } from '../support/dialogs.ts';
import { buildCopy } from '../support/build-copy.ts';
import { serveSite } from '../support/serve-dist.ts';
import { browserForFile, openWithoutErrors } from '../support/browser.ts';
import { editionOnDisk } from '../support/citations-on-disk.ts';

const BASE = '/china-central-asia/';
const SITE_URL = 'https://user.github.io/china-central-asia/';
const edition = editionOnDisk();
let dist = '';
let served: { url: string; close: () => Promise<void> };
const session = browserForFile({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });

beforeAll(() => {
  const { dir, build } = buildCopy({ env: { BASE_PATH: BASE, SITE_URL } });
  if (build.status !== 0) throw new Error(`the build under ${BASE} failed:\n${build.stdout}\n${build.stderr}`);
  dist = join(dir, 'dist');
}, 300_000);
beforeAll(async () => {
  served = await serveSite(dist, BASE);
});
afterAll(() => served?.close());

const at = (path: string) => `${served.url}${BASE}${path.replace(/^\//, '')}`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

describe(`the site built for ${SITE_URL}`, () => {
  it('no page holds a root-relative address outside the base: links, assets, forms, scripts, meta', () => {
    const outside: string[] = [];
    for (const file of htmlFiles(dist)) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      $('[href], [src], [action], [srcset], [content], [data-url], [data-href]').each((_, el) => {
        for (const [name, value] of Object.entries((el as { attribs: Record<string, string> }).attribs)) {
          if (!['href', 'src', 'action', 'srcset', 'content'].includes(name) && !name.startsWith('data-')) continue;
          if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith(BASE))
            outside.push(`${file.slice(dist.length)}: ${name}="${value}"`);
        }
      });
    }
    expect(outside).toEqual([]);
  });

  it('every link and every #anchor on every page resolves, inside the base', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: at('/'),
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      linksToSkip: (link) => Promise.resolve(!link.startsWith(served.url)),
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.parent} -> ${l.url} (${l.status})`);
    expect(broken).toEqual([]);
    const checked = result.links.filter((l) => l.state === LinkState.OK).map((l) => new URL(l.url).pathname);
    expect(checked.filter((path) => !path.startsWith(BASE))).toEqual([]);
    // Every built page was reached by following links from the home page.
    const pages = htmlFiles(dist)
      .filter((f) => f.endsWith('/index.html'))
      .map((f) => `${BASE}${f.slice(dist.length + 1, -'index.html'.length)}`);
    expect(pages.filter((p) => !checked.includes(p))).toEqual([]);
  });

  it('gives its published address in citations and meta tags, a canonical link to each page itself, a sitemap and robots.txt', async () => {
    const section = 'paper/iii-policy-tools/4-energy-cooperation/';
    const $ = cheerio.load(readFileSync(join(dist, section, 'index.html'), 'utf8'));
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE_URL}${section}`);
    expect($('meta[name="citation_public_url"]').attr('content')).toBe(`${SITE_URL}${section}`);
    expect($('meta[name="DC.identifier"]').attr('content')).toBe(`${SITE_URL}${section}`);
    expect(JSON.parse($('script[type="application/ld+json"]').text())).toMatchObject({ url: `${SITE_URL}${section}` });
    const robots = await (await fetch(at('/robots.txt'))).text();
    expect(robots).toContain(`Sitemap: ${SITE_URL}sitemap-index.xml`);
    const index = await (await fetch(at('/sitemap-index.xml'))).text();
    const sitemap = await (await fetch(at(new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]!).pathname.slice(BASE.length - 1)))).text();
    expect(sitemap).toContain(`<loc>${SITE_URL}${section}</loc>`);
    // The web edition is cited at the frozen address of the version read, under the base.
    const bib = await (await fetch(at('/cite/bib/edition/iii-4.bib'))).text();
    expect(bib).toContain(`${SITE_URL}editions/${edition.version}/#iii-4`);
  });

  it('sends the security headers for paths under the base', async () => {
    const response = await fetch(at('/paper/abstract/'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors');
    expect((await fetch(at('/cite/ris/article/paper.ris'))).headers.get('content-type')).toContain('application/x-research-info-systems');
  });

  it('answers an unknown page under the base with its 404 page, styled from under the base', async () => {
    const page = await session.context.newPage();
    const response = await page.goto(at('/no/such/page/'));
    expect(response?.status()).toBe(404);
    const styles = await page
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).sheet?.cssRules.length ?? 0));
    expect(styles.every((n) => n > 0)).toBe(true);
    await page.close();
  });
});

describe(`a reader of the site under ${BASE}`, () => {
  const open = (path: string) => openWithoutErrors(session.context, at(path));

  it('searches and lands on the paragraph, under the base', async () => {
    const page = await open('/search/?q=Pavlodar');
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /result/ })
      .waitFor();
    const deep = page.locator('.search-sub-results a[href*="#iii-3-01"]').first();
    expect(new URL((await deep.getAttribute('href'))!, served.url).pathname).toBe(`${BASE}paper/iii-policy-tools/3-economic-cooperation/`);
    await deep.click();
    await page.waitForURL(/#iii-3-01$/);
    await expect.poll(() => page.locator('#iii-3-01 mark.search-highlight').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('sees a chart drawn', async () => {
    const page = await open('/data/table-1/');
    await page.locator('data-chart').first().scrollIntoViewIfNeeded();
    await page.locator('data-chart[data-drawn="true"]').first().waitFor();
    await page.close();
  });

  it('copies a citation from a Cite panel, with the address under the base', async () => {
    const page = await open('/paper/iii-policy-tools/4-energy-cooperation/');
    await page.getByText('Cite this section').click();
    const panel = await new CitePanel(page).ready();
    const shown = (await panel.reference('edition', 'harvard-cite-them-right').textContent())?.trim();
    expect(shown).toContain(at(`/editions/${edition.version}/#iii-4`));
    await panel.copyButton('edition', 'harvard-cite-them-right').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    await page.close();
  });

  it('downloads a data set as CSV', async () => {
    const page = await open('/data/table-1/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href$="table-1.csv"]').first().click()]);
    expect(download.url()).toBe(at('/data/table-1.csv'));
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.split('\n').length).toBeGreaterThan(5);
    await page.close();
  });

  it('makes the take-along files under the base, pointing readers at the published address', async () => {
    const file = (name: string) => join(dist, 'edition', `china-strategy-toward-central-asia.${name}`);
    // The PDF's links to entities and sections (its URI actions; it is written without object streams).
    const pdf = readFileSync(file('pdf')).toString('latin1');
    const uris = [...pdf.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
    expect(uris.length).toBeGreaterThan(100);
    expect(uris.filter((u) => !u.startsWith(SITE_URL))).toEqual([]);
    expect(uris).toContain(`${SITE_URL}countries/kazakhstan/`);
    // The EPUB's, and the TEI's entries.
    const zip = await JSZip.loadAsync(readFileSync(file('epub')));
    const part3 = await zip.file('EPUB/text-05.xhtml')!.async('string');
    expect(part3).toContain(`href="${SITE_URL}countries/kazakhstan/"`);
    expect(readFileSync(file('tei.xml'), 'utf8')).toContain(`<idno type="URI">${SITE_URL}countries/kazakhstan/</idno>`);
  });
});
