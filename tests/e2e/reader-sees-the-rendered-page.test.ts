/**
 * What a new reader found broken while every DOM test passed, asserted as the reader sees it (the
 * rendered page: innerText, visibility, boxes on screen), at a desktop's and a phone's width:
 * the searched word shown in the search page's excerpts; the search dialog's interface fetched on
 * the reader's intent to search, not by every page; the home page's search button opening a
 * dialog that stays open (mouse, keyboard, tap); Ctrl+K pressed as the page loads keeping what is
 * typed; "On this page" following the reader down a paper page; the site's title whole on a
 * phone; the Quote dialog readable on a phone and the Quote control beside, not over, a
 * paragraph's own Quote…; the 404 page saying once that there is no page; the home page leading
 * to the data and the organisations; Table 2's chart saying what A, B and C are before its legend;
 * the edition's buttons drawn as Starlight draws its own; Table 2's cells tied to their group
 * headers.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile } from '../support/browser.ts';
import { VIEWS } from '../support/page-kinds.ts';
import { QuoteDialog } from '../support/dialogs.ts';
import { becomesAndStays, clippedTexts, isInViewport, isShown, shownText } from '../support/rendered.ts';

const site = inject('siteUrl');
const ENERGY = '/paper/iii-policy-tools/4-energy-cooperation/';
const BORDER = '/paper/i-interests/1-border-security/';

const dialogStaysOpen = (page: Page) =>
  becomesAndStays(page, () => page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open));

describe.each(VIEWS)('at $name width', (view) => {
  const session = browserForFile({ viewport: view.viewport, isMobile: view.isMobile, hasTouch: view.hasTouch });
  const open = async (path: string) => {
    const page = await session.context.newPage();
    await page.goto(`${site}${path}`, { waitUntil: 'load' });
    return page;
  };

  it('the search page shows the searched word in every excerpt, highlighted', async () => {
    const page = await open('/search/?q=horgos');
    try {
      await page.locator('.search-excerpt mark').first().waitFor();
      const marks = page.locator('.search-excerpt mark');
      expect(await marks.count()).toBeGreaterThan(3);
      for (const mark of await marks.all()) {
        expect(await isShown(mark), await mark.evaluate((m) => m.parentElement?.textContent ?? '')).toBe(true);
        expect((await shownText(mark)).toLowerCase()).toContain('horgos');
      }
      // The excerpt as the reader reads it holds the word (a hidden mark would leave "zone at officially opened").
      expect(await shownText(page.locator('.search-excerpt').first())).toMatch(/Horgos/i);
      const style = await marks.first().evaluate((m) => getComputedStyle(m).backgroundColor);
      expect(style).not.toBe('rgba(0, 0, 0, 0)');
    } finally {
      await page.close();
    }
  });

  it('a page only read never fetches the search dialog’s interface; the reader’s intent to search does', async () => {
    const page = await session.context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const dialogInterface = () => fetched.filter((path) => /\/_astro\/pagefind-ui-ranked\.[^/]+\.js$/.test(path));
    try {
      await page.goto(`${site}${BORDER}`, { waitUntil: 'networkidle' });
      // Starlight constructs the interface once the browser is idle: by then the stand-in has arrived.
      await expect.poll(() => fetched.some((path) => path.includes('/_astro/pagefind-ui-on-intent.'))).toBe(true);
      await page.waitForTimeout(500);
      expect(dialogInterface()).toEqual([]);
      const button = page.locator('site-search button[data-open-modal]');
      if (view.hasTouch) {
        await button.tap();
      } else {
        await button.hover();
        await expect.poll(dialogInterface).toHaveLength(1);
        await button.click();
      }
      const box = page.locator('#starlight__search input.pagefind-ui__search-input');
      await box.waitFor();
      await page.keyboard.type('horgos');
      await expect
        .poll(() => shownText(page.locator('#starlight__search .pagefind-ui__result').first()), { timeout: 10_000 })
        .toMatch(/Horgos/i);
      expect(dialogInterface()).toHaveLength(1);
    } finally {
      await page.close();
    }
  });

  it('the home page’s “Search the full text” opens the search dialog, which stays open (pointer and keyboard)', async () => {
    const page = await open('/');
    try {
      const button = page.getByRole('button', { name: 'Search the full text' });
      await button.waitFor();
      if (view.hasTouch) await button.tap();
      else await button.click();
      expect(await dialogStaysOpen(page)).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await dialogStaysOpen(page)).toBe(true);
      await page.keyboard.type('horgos');
      // The first result shows placeholder dots until Pagefind has loaded its excerpt.
      await expect
        .poll(() => shownText(page.locator('#starlight__search .pagefind-ui__result').first()), { timeout: 10_000 })
        .toMatch(/Horgos/i);
    } finally {
      await page.close();
    }
  });

  it('“On this page” follows the reader down a paper page', async () => {
    const page = await open(ENERGY);
    try {
      const current =
        view.name === 'desktop'
          ? () => shownText(page.locator('starlight-toc a[aria-current="true"]'))
          : () => shownText(page.locator('mobile-starlight-toc .display-current'));
      for (const id of ['iii-4-03', 'table-2', 'iii-4-06']) {
        await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start' }), id);
        const label = id.startsWith('table') ? 'Table 2' : id;
        await expect.poll(current, { timeout: 3000 }).toContain(label);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(current, { timeout: 3000 }).toBe('Overview');
    } finally {
      await page.close();
    }
  });

  it('the site’s title is whole in the header', async () => {
    for (const path of ['/', BORDER]) {
      const page = await open(path);
      try {
        expect(await shownText(page.locator('header .site-title'))).toBe('China’s strategy toward Central Asia');
        expect(await clippedTexts(page, 'header .site-title'), path).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it('an entity page’s facts: each label beside its value on a desktop, above it on a phone', async () => {
    for (const path of ['/agreements/shanghai-convention-2001/', '/projects/china-kazakhstan-oil-pipeline/', '/organisations/sco/']) {
      const page = await open(path);
      try {
        const rows = await page.locator('.entity-facts > dt').evaluateAll((dts) =>
          dts.map((dt) => ({
            label: dt.textContent?.trim() ?? '',
            dt: dt.getBoundingClientRect().toJSON() as DOMRect,
            dd: dt.nextElementSibling!.getBoundingClientRect().toJSON() as DOMRect,
          })),
        );
        expect(rows.length, path).toBeGreaterThan(1);
        const misplaced = rows.filter(({ dt, dd }) =>
          view.name === 'desktop' ? Math.abs(dt.top - dd.top) > 1 || dt.right > dd.left : dd.top < dt.bottom - 1,
        );
        expect(
          misplaced.map((r) => `${r.label}: label at ${Math.round(r.dt.top)}, value at ${Math.round(r.dd.top)}`),
          path,
        ).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it('the Quote dialog reads in one column on a phone, its link a few lines, every control on screen when scrolled to', async () => {
    const page = await open(`${BORDER}#i-1-01`);
    try {
      const quote = new QuoteDialog(page);
      await quote.paragraphButton('i-1-01').click();
      await quote.ready();
      expect(await clippedTexts(page, '#cite-dialog :is(h2, h3, dt, dd, label, select, button, .quote-link)')).toEqual([]);
      const boxes = await quote.root
        .locator('.quote-facts')
        .evaluate((facts) =>
          [...facts.children].map(
            (c) => ({ tag: c.tagName, ...c.getBoundingClientRect().toJSON() }) as { tag: string; left: number; top: number },
          ),
        );
      const [dt, dd] = boxes;
      if (view.name === 'phone') {
        expect(dd!.left, 'value below its label').toBeCloseTo(dt!.left, 0);
        expect(dd!.top).toBeGreaterThan(dt!.top);
      }
      const lines = await quote.link.evaluate((a) => a.getClientRects().length);
      expect(lines, 'lines the link takes').toBeLessThanOrEqual(8);
      for (const name of ['Copy link', 'Copy quotation with citation', 'Copy quotation only']) {
        const button = page.getByRole('button', { name, exact: true });
        await button.scrollIntoViewIfNeeded();
        expect(await isShown(button), name).toBe(true);
        expect(await isInViewport(button), name).toBe(true);
      }
    } finally {
      await page.close();
    }
  });

  it('the Quote control under a selection does not cover the paragraph’s own Quote…', async () => {
    const page = await open(`${BORDER}#i-1-01`);
    try {
      await page.locator('#i-1-01 button.quote-paragraph').waitFor();
      // The selection ends on the line above the paragraph's own controls, just above its Quote… button:
      // where a control put 8 px below the selection's end would cover the button.
      await page.evaluate(() => {
        const p = document.getElementById('i-1-01')!;
        const button = p.querySelector('button.quote-paragraph')!.getBoundingClientRect();
        const texts = [...p.childNodes].filter((n): n is Text => n instanceof Text && n.data.trim().length > 20);
        const last = texts.at(-1)!;
        const range = document.createRange();
        let best = { at: -1, distance: Infinity };
        for (let i = 30; i < last.data.trimEnd().length; i++) {
          range.setStart(last, i);
          range.setEnd(last, i + 1);
          const r = range.getBoundingClientRect();
          const onLineAbove = r.bottom <= button.top + 2 && r.bottom > button.top - 40;
          if (onLineAbove && Math.abs(r.right - button.right) < best.distance)
            best = { at: i + 1, distance: Math.abs(r.right - button.right) };
        }
        if (best.at < 0) throw new Error('no line above the paragraph’s controls');
        range.setStart(last, best.at - 30);
        range.setEnd(last, best.at);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
      });
      const { control } = new QuoteDialog(page);
      await control.waitFor({ state: 'visible' });
      const [a, b] = [await control.boundingBox(), await new QuoteDialog(page).paragraphButton('i-1-01').boundingBox()];
      const overlap = !!a && !!b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap).toBe(false);
      expect(await isShown(control)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('the 404 page says once that there is no page, and the home page leads to the data and the organisations', async () => {
    const page = await open('/no-such-page/');
    try {
      const text = await shownText(page.locator('main'));
      expect(text.split('There is no page at this address.').length - 1).toBe(1);
    } finally {
      await page.close();
    }
    const home = await open('/');
    try {
      for (const [name, path] of [
        ['Organisations', '/organisations/'],
        ['Data', '/data/'],
      ] as const) {
        const link = home.locator(`main a[href="${path}"]`).first();
        expect(await isShown(link), name).toBe(true);
        await link.click();
        await home.waitForURL(`${site}${path}`);
        await home.goBack();
      }
    } finally {
      await home.close();
    }
  });

  it('Table 2’s chart says what A, B and C are before its legend shows them', async () => {
    const page = await open(ENERGY);
    try {
      const chart = page.locator('#table-2 .data-chart').first();
      await chart.scrollIntoViewIfNeeded();
      const caption = chart.locator('figcaption');
      expect(await shownText(caption)).toMatch(/A, B and C are this edition’s labels for columns the source leaves unnamed/);
      const [captionBox, canvasBox] = [await caption.boundingBox(), await chart.locator('canvas').boundingBox()];
      expect(captionBox!.y + captionBox!.height).toBeLessThanOrEqual(canvasBox!.y + 1);
    } finally {
      await page.close();
    }
  });

  it('the edition’s buttons and selects are drawn as Starlight draws its own, not in the browser’s grey', async () => {
    const looks = async (page: Page, selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const style = getComputedStyle(el);
          const accent = getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim();
          return { background: style.backgroundColor, border: style.borderTopColor, accent };
        });
    const home = await open('/');
    try {
      const go = await looks(home, 'form.go-to-page button');
      expect(go.background).not.toBe('rgb(239, 239, 239)');
      const probe = await home.evaluate((accent) => {
        const el = document.createElement('span');
        el.style.color = accent;
        document.body.append(el);
        const color = getComputedStyle(el).color;
        el.remove();
        return color;
      }, go.accent);
      expect(go.border).toBe(probe);
      const search = await looks(home, 'open-search button');
      expect(search.background).toBe(go.background);
    } finally {
      await home.close();
    }
    const timeline = await open('/timeline/');
    try {
      const reset = await looks(timeline, 'main button[type="reset"]');
      const select = await looks(timeline, 'main select');
      expect(reset.background).not.toBe('rgb(239, 239, 239)');
      expect(select.background).toBe(reset.background);
    } finally {
      await timeline.close();
    }
  });

  it('each cell of Table 2 is tied to its group header, its column and its year', async () => {
    const page = await open(ENERGY);
    try {
      const cells = await page.locator('#table-2-table tbody td').evaluateAll((tds) =>
        tds.map((td) =>
          (td.getAttribute('headers') ?? '')
            .split(/\s+/)
            .filter(Boolean)
            .map((id) => document.getElementById(id)?.innerText.replace(/\s+/g, ' ').trim() ?? `missing #${id}`),
        ),
      );
      expect(cells.length).toBe(45);
      // As a screen reader names them: the column labels are this edition's, and say so.
      const supplied = ' (column label supplied by this edition)';
      expect(cells[0]).toEqual(['Central Asian oil and gas exports (1 billion U. S. dollars)', `A${supplied}`, '2010']);
      expect(cells[8]).toEqual(['Central Asian countries account for China’s oil and gas exports (%)', `C${supplied}`, '2010']);
      expect(cells.filter((headers) => headers.length !== 3 || headers.some((h) => h.startsWith('missing')))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

// A keyboard shortcut: a desktop's.
describe('at desktop width, with a keyboard', () => {
  const session = browserForFile();

  it('Ctrl+K pressed while the page loads keeps what the reader types', async () => {
    const page = await session.context.newPage();
    try {
      // Pagefind's interface arrives late, as on a slow connection: the dialog opens before its search box exists.
      await page.route('**/_astro/pagefind-ui-ranked.*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await page.goto(`${site}${BORDER}`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => customElements.get('site-search'));
      await page.keyboard.press('Control+k');
      await page.keyboard.type('horgos', { delay: 20 });
      const box = page.locator('#starlight__search input.pagefind-ui__search-input');
      await box.waitFor();
      await expect.poll(() => box.inputValue()).toBe('horgos');
      expect(await box.evaluate((b) => b === document.activeElement)).toBe(true);
      await page.locator('#starlight__search .pagefind-ui__result').first().waitFor();
      expect(await page.locator('.search-early-input').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
