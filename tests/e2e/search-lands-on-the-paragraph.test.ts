/**
 * In a real browser, using the search page as a reader would: a name, a title or a phrase that
 * lives in one place finds the right page in the top three, and its deep link lands on the
 * paragraph, with the words highlighted; filters narrow the results and show counts; the query and
 * filters live in the URL and survive the back button; results are announced; the Ctrl+K dialog
 * leads to the page, where Ctrl+K comes to the page's own box; chrome is not indexed; without JavaScript the page points to the indexes.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { loadPage } from '../support/built-site.ts';
import { openSearchDialog } from '../support/search-dialog.ts';

const site = inject('siteUrl');
const session = browserForFile();

/** Opens the search page at `query` and waits for its announcement. */
async function search(query: string, page?: Page): Promise<Page> {
  const p = page ?? (await session.context.newPage());
  await p.goto(`${site}/search/${query}`);
  await p
    .locator('[data-search-status]')
    .filter({ hasText: /result/ })
    .waitFor();
  return p;
}

/** Opens the abstract, then the Ctrl+K dialog as a reader does, and types `q`. */
async function typeInDialog(q: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${site}/paper/abstract/`);
  await (await openSearchDialog(page)).fill(q);
  return page;
}

const resultPaths = (page: Page) =>
  page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const count = async (page: Page) =>
  Number(/^(\d+|No) result/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1]?.replace('No', '0'));

describe('a search for a fact that lives in one place', () => {
  it.each([
    // A project one country page and one paragraph name: its page first, the paragraph in the top three.
    {
      q: 'Pavlodar',
      page: '/projects/pavlodar-electrolytic-aluminum-factory/',
      paper: '/paper/iii-policy-tools/3-economic-cooperation/',
      paragraph: 'iii-3-01',
      word: 'Pavlodar',
    },
    // A phrase from a principle.
    {
      q: 'harmonious region',
      page: '/paper/ii-principles/5-harmonious-region/',
      paper: '/paper/ii-principles/5-harmonious-region/',
      paragraph: 'ii-5-01',
      word: 'harmonious',
    },
    // A project named in one paragraph, by a word of its name.
    {
      q: 'Wahdat-Yawan',
      page: '/projects/wahdat-yawan-tunnel/',
      paper: '/paper/iii-policy-tools/3-economic-cooperation/',
      paragraph: 'iii-3-03',
      word: 'Wahdat',
    },
  ])('“$q” finds $page in the top three and lands on ¶ $paragraph', async ({ q, page: expected, paper, paragraph, word }) => {
    const page = await search(`?q=${encodeURIComponent(q)}`);
    const top = (await resultPaths(page)).slice(0, 3);
    expect(top).toContain(expected);
    expect(top).toContain(paper);
    const deep = page
      .locator(`.search-result:has(.search-result-title a[href^="${paper}"]) .search-sub-results a[href$="#${paragraph}"]`)
      .first();
    const label = await deep.textContent();
    expect(label).toMatch(/^(I|II|III|IV)\. .+ · .+ · journal pp?\. \d+/);
    await deep.click();
    await page.waitForURL(new RegExp(`#${paragraph}$`));
    const box = await page.locator(`#${paragraph}`).boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(900);
    await expect.poll(() => page.locator(`#${paragraph} mark.search-highlight`).count()).toBeGreaterThan(0);
    expect((await page.locator(`#${paragraph} mark.search-highlight`).first().textContent())?.toLowerCase()).toContain(word.toLowerCase());
    await page.close();
  });

  it('an agreement’s title finds an agreement page first', async () => {
    const page = await search(`?q=${encodeURIComponent('Good-Neighborly Friendship and Cooperation Treaty')}`);
    const [first] = await resultPaths(page);
    expect(first).toMatch(/^\/agreements\/good-neighborly-treaty-/);
    await page.close();
  });

  it('an entity’s own page ranks above the pages that mention it', async () => {
    for (const [q, own] of [
      ['Kazakhstan', '/countries/kazakhstan/'],
      ['Shanghai Cooperation Organization', '/organisations/sco/'],
      ['Turkmenistan', '/countries/turkmenistan/'],
    ]) {
      const page = await search(`?q=${encodeURIComponent(q!)}`);
      expect((await resultPaths(page))[0], q).toBe(own);
      await page.close();
    }
  });
});

describe('a reference in hand', () => {
  const SECTION = '/paper/iii-policy-tools/4-energy-cooperation/';
  const first = async (page: Page) => {
    const a = page.locator('.search-result').first().locator('.search-result-title a');
    return { href: new URL((await a.getAttribute('href'))!, site).href.replace(site, ''), text: (await a.textContent())!.trim() };
  };

  it.each([
    ['iii-4-05', `${SECTION}#iii-4-05`],
    ['III-4-05', `${SECTION}#iii-4-05`],
    ['Table 1', `${SECTION}#table-1`],
    ['Figure 1', `${SECTION}#figure-1`],
    ['p. 34', `${SECTION}#page-34`],
    ['pp. 33–34', `${SECTION}#page-33`],
  ])('“%s” puts what it names first: %s', async (q, href) => {
    const page = await search(`?q=${encodeURIComponent(q)}`);
    expect((await first(page)).href).toBe(href);
    await page.close();
  });

  it('“page 34” lists the paragraphs on p. 34 under where it begins, and following one lands on it', async () => {
    const page = await search(`?q=${encodeURIComponent('page 34')}`);
    const subs = page.locator('.search-result').first().locator('.search-sub-results a');
    const hrefs = await subs.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(hrefs).toEqual(expect.arrayContaining(['#iii-4-05']));
    await subs.filter({ hasText: 'iii-4-05' }).click();
    await page.waitForURL(/#iii-4-05$/);
    await page.close();
  });

  it('from the Ctrl+K dialog: typing iii-4-05 offers it above the results', async () => {
    const page = await typeInDialog('iii-4-05');
    const offer = page.locator('site-search .search-cited a');
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/^¶ iii-4-05 · III\.4 Energy cooperation · journal p\. 34/);
    await offer.click();
    await page.waitForURL(new RegExp(`${SECTION}#iii-4-05$`));
    await page.close();
  });
});

describe('deep links ranked by the match', () => {
  it('“87.24 million tons”: the first deep link is the paragraph that holds the phrase, and lands on it highlighted', async () => {
    const page = await search(`?q=${encodeURIComponent('87.24 million tons')}`);
    const result = page.locator('.search-result:has(.search-result-title a[href^="/paper/iii-policy-tools/4-energy-cooperation/"])');
    const deep = result.locator('.search-sub-results a').first();
    expect(new URL((await deep.getAttribute('href'))!, site).hash).toBe('#iii-4-05');
    await deep.click();
    await page.waitForURL(/#iii-4-05$/);
    // The source prints a no-break space after 87.24.
    expect((await page.locator('#iii-4-05').textContent())?.replace(/\s+/g, ' ')).toContain('87.24 million tons');
    await expect.poll(() => page.locator('#iii-4-05 mark.search-highlight').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('a quoted query keeps only results and deep links that hold the phrase', async () => {
    const page = await search(`?q=${encodeURIComponent('"harmonious region"')}`);
    const texts = await page
      .locator('.search-result')
      .evaluateAll((items) =>
        items.map((li) => [...li.querySelectorAll('.search-excerpt')].map((p) => (p.textContent ?? '').toLowerCase().replace(/\s+/g, ' '))),
      );
    expect(texts.length).toBeGreaterThan(0);
    for (const excerpts of texts) {
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) expect(excerpt).toContain('harmonious region');
    }
    await page.close();
  });

  it('a table is a deep link of its own, titled with its label, caption and journal page', async () => {
    const page = await search(`?q=${encodeURIComponent('Saudi Arabia')}`);
    const table = page.locator('.search-sub-results a[href*="#table-1"]').first();
    expect((await table.textContent())?.trim()).toBe('Table 1. Sources of China’s Oil and Gas import in 2014 · journal p. 33, inferred');
    await page.close();
  });
});

describe('filters', () => {
  it('narrow the results as chosen, show their counts and keep the URL', async () => {
    const page = await search('?q=pipeline');
    const all = await count(page);
    // The results come first; the counts follow when the filter index has loaded.
    await page.locator('#search-country option', { hasText: /^Turkmenistan \(\d+\)$/ }).waitFor({ state: 'attached' });
    const options = await page.locator('#search-country option').allTextContents();
    expect(options).toContain(options.find((o) => /^Turkmenistan \(\d+\)$/.test(o)));
    await page.selectOption('#search-country', 'turkmenistan');
    await expect.poll(() => page.url()).toBe(`${site}/search/?q=pipeline&country=turkmenistan`);
    await page.locator('[data-search-status]').filter({ hasText: 'filtered by Turkmenistan' }).waitFor();
    const turkmen = await count(page);
    expect(turkmen).toBeLessThan(all);
    expect(turkmen).toBeGreaterThan(0);
    await page.selectOption('#search-type', 'project');
    await page.locator('[data-search-status]').filter({ hasText: 'filtered by Project, Turkmenistan' }).waitFor();
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !p.startsWith('/projects/'))).toEqual([]);
    await page.close();
  });

  it.each([
    ['type=paper', (p: string) => p.startsWith('/paper/')],
    ['part=iii', (p: string) => p.startsWith('/paper/iii-policy-tools/')],
    ['agreement-kind=treaty', (p: string) => p.startsWith('/agreements/')],
    ['decade=1990s', (p: string) => !p.startsWith('/data/')],
  ])('%s keeps only pages filed under it, and fewer than without it', async (filter, matches) => {
    const page = await search(`?q=China&${filter}`);
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !matches(p))).toEqual([]);
    // Each result's built page carries the filter value the reader chose.
    const [name, value] = filter.split('=');
    for (const path of paths) expect(loadPage(path)(`[data-pagefind-filter="${name}:${value}"]`).length, path).toBe(1);
    const unfiltered = await search('?q=China');
    expect(await count(page)).toBeLessThan(await count(unfiltered));
    await unfiltered.close();
    await page.close();
  });
});

describe('the search page', () => {
  it('round-trips its state through the URL and the back button', async () => {
    const page = await search('?q=horgos&country=kazakhstan');
    await expect(page.inputValue('#search-q')).resolves.toBe('horgos');
    await expect(page.inputValue('#search-country')).resolves.toBe('kazakhstan');
    await page.selectOption('#search-type', 'paper');
    await expect.poll(() => page.url()).toBe(`${site}/search/?q=horgos&type=paper&country=kazakhstan`);
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${site}/search/?q=horgos&country=kazakhstan`);
    await expect.poll(() => page.inputValue('#search-type')).toBe('');
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /results? for “horgos”, filtered by Kazakhstan\./ })
      .waitFor();
    await page.close();
  });

  it('works from the keyboard and announces the results', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site}/search/`);
    await page.locator('#search-q').focus();
    await page.keyboard.type('Aktoga');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${site}/search/?q=Aktoga`);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ results? for “Aktoga”\.$/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('form') !== null);
    expect(focused).toBe(true);
    await page.close();
  });

  it('has no axe violations with results and filters shown, in both themes', async () => {
    const page = await search('?q=gas&country=turkmenistan');
    expect(await axeViolations(page)).toEqual([]);
    const dark = await session.browser.newContext({ colorScheme: 'dark' });
    await dark.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    const darkPage = await search('?q=gas&country=turkmenistan', await dark.newPage());
    expect(await axeViolations(darkPage, 'colour')).toEqual([]);
    await dark.close();
    await page.close();
  });

  it('is reached from the Ctrl+K dialog with the same query', async () => {
    const page = await typeInDialog('horgos');
    const link = page.getByRole('link', { name: /Open the search page/ });
    await expect.poll(() => link.getAttribute('href')).toBe('/search/?q=horgos');
    await link.click();
    await page.locator('[data-search-status]').filter({ hasText: 'for “horgos”' }).waitFor();
    await page.close();
  });

  it('has its own box instead of the header’s dialog, and Ctrl+K goes to it', async () => {
    const page = await search('?q=horgos');
    expect(await page.locator('site-search').count()).toBe(0);
    await page.locator('main h1').click();
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).selectionEnd)).toBe('horgos'.length);
    await page.close();
  });
});

describe('the index', () => {
  it.each([
    'Cite this section',
    'Copy link to paragraph',
    'Citations formatted by citation-js',
    'Read in the full text',
    'Skip to content',
    'Built with Starlight',
    'Previous',
  ])('holds no chrome: “%s” finds no page by it', async (chrome) => {
    const page = await session.context.newPage();
    await page.goto(`${site}/search/`);
    // Pagefind's own API, as the page loads it (a string, so that the test runner leaves the import alone).
    const hits = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search(${JSON.stringify(`"${chrome}"`)});
      return Promise.all(search.results.map(async (r) => (await r.data()).url));
    })()`);
    // The How to cite page explains the Cite panel in its text; no other page has these words outside its chrome.
    expect(hits.filter((url) => url !== '/about/how-to-cite/')).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('does not shift: the form is there from the first paint and the filters keep their width as counts arrive', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      // Shifts in the page's main column; Starlight's sidebar (the first 300px) restores its own
      // state and can drop a 1px node (0.0002), which is not this page's doing.
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources: { previousRect: DOMRectReadOnly }[] })[]) {
          if (e.sources.some((source) => source.previousRect.right > 300)) w.__shift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${site}/search/?q=horgos`);
    await page.locator('.search-result').first().waitFor();
    await page
      .locator('select[name="country"] option', { hasText: /\(\d+\)/ })
      .first()
      .waitFor({ state: 'attached' });
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    await context.close();
  });

  it('says that search needs it and links to the paper’s parts and the indexes', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site}/search/?q=horgos`);
    await expect(page.getByText('Search needs JavaScript.').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-q').isVisible()).resolves.toBe(false);
    const links = await page.locator('[data-search-no-js] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining(['/paper/i-interests/', '/paper/iv-future-trends/', '/countries/', '/agreements/', '/projects/', '/data/']),
    );
    await noJs.close();
  });
});
