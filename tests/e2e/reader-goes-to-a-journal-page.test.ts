/**
 * In a real browser, a reader with a page number from a citation ("p. 34") goes there: the
 * "Go to journal page" form on the home page, the linear view and the references page, the
 * address /paper/page/<n>/ and /paper/page/?n=<n> all land on the page marker where that journal
 * page begins (or the top of the paper for p. 23), with and without JavaScript; a number outside
 * the paper's pages gets a message naming them, from the form, /paper/page/?n= and the 404 page. Where each page begins is read here from the MDX
 * and content/page-starts.yaml, not from the site's code. axe-core: no violations on the form and
 * the pages list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { loadPage } from '../support/built-site.ts';

const site = inject('siteUrl');
const session = browserForFile();

const starts = load(readFileSync('content/page-starts.yaml', 'utf8')) as { page: number; basis: string }[];
const mdx = readdirSync('content/paper', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
/** The section page whose MDX holds the marker of journal page `n`, as a site path. */
function markerPage(n: number): string {
  const file = mdx.find((f) => readFileSync(join('content/paper', f), 'utf8').includes(`<PageMarker n={${n}} />`));
  if (!file) throw new Error(`no marker for page ${n}`);
  return `/paper/${file.replace(/\.mdx$/, '')}/`;
}
const where = (n: number) => (n === 23 ? '/paper/abstract/' : `${markerPage(n)}#page-${n}`);

/** The page lands where journal page `n` begins: the address, and the marker in view. */
async function expectLandedOn(page: Page, n: number): Promise<void> {
  await page.waitForURL((url) => `${url.pathname}${url.hash}` === where(n));
  if (n === 23) return;
  const marker = page.locator(`#page-${n}`);
  await expect.poll(async () => (await marker.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
  expect((await marker.boundingBox())!.y).toBeLessThan(900);
}

describe('/paper/page/<n>/, for every journal page', () => {
  it.each(starts.map((s) => [s.page, s.basis] as const))(
    'page %i leads to where it begins, and says whether that is inferred',
    (n, basis) => {
      const $ = loadPage(`/paper/page/${n}/`);
      expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${where(n)}`);
      expect($('[data-journal-page-target]').attr('href')).toBe(where(n));
      expect($('main').text().includes('inferred from its layout')).toBe(basis === 'layout');
      const [path, id] = where(n).split('#');
      if (id) expect(loadPage(path!)(`#${id}`).length).toBe(1);
    },
  );
});

describe('going to a journal page', () => {
  it.each([
    ['/', 'home'],
    ['/paper/full/', 'full'],
    ['/paper/references/', 'references'],
  ])('from the form on %s: typing 34 and Enter lands on the marker of p. 34', async (path, id) => {
    const page = await session.context.newPage();
    await page.goto(`${site}${path}`);
    await page.locator(`#go-to-page-${id}`).fill('34');
    await page.locator(`#go-to-page-${id}`).press('Enter');
    await expectLandedOn(page, 34);
    await page.close();
  });

  it('refuses a number outside the paper, naming its pages, and stays put', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site}/`);
    const input = page.locator('#go-to-page-home');
    await input.fill('99');
    await input.press('Enter');
    expect(await input.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe(
      'There is no journal page 99 in this paper: its pages are 23–38.',
    );
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });

  it('from /paper/page/34/ and /paper/page/?n=34; /paper/page/?n=12 says which pages there are', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site}/paper/page/34/`);
    await expectLandedOn(page, 34);
    await page.goto(`${site}/paper/page/?n=30`);
    await expectLandedOn(page, 30);
    await page.goto(`${site}/paper/page/?n=12`);
    await expect
      .poll(() => page.locator('[data-go-to-page-message]').textContent())
      .toBe('There is no journal page 12 in this paper: its pages are 23–38.');
    expect(await page.locator('li[data-journal-page] a').count()).toBe(starts.length);
    await page.close();
  });

  it('at /paper/page/99/, a page the paper does not have, says which pages there are', async () => {
    const page = await session.context.newPage();
    const response = await page.goto(`${site}/paper/page/99/`);
    // A static host answers an unknown address with the 404 page; the page names the range.
    expect(response?.status()).toBe(404);
    await expect
      .poll(() => page.locator('[data-not-a-journal-page]').textContent())
      .toBe('There is no journal page 99 in this paper: its pages are 23–38.');
    expect(await page.locator('#go-to-page-not-found').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('works without JavaScript: the address leads there, and the form leads to the list of pages', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site}/paper/page/35/`);
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === where(35));
    await page.goto(`${site}/`);
    await page.locator('#go-to-page-home').fill('36');
    await page.locator('#go-to-page-home').press('Enter');
    await page.waitForURL((url) => url.pathname === '/paper/page/' && url.search === '?n=36');
    await page.locator('li[data-journal-page="36"] a').click();
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === where(36));
    await noJs.close();
  });

  it('has no axe violations: the form on the home page, the list of pages with a message', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site}/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${site}/paper/page/?n=12`);
    await page.locator('[data-go-to-page-message]').filter({ hasText: 'no journal page' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
