/**
 * Charts in a real browser: each draws a non-blank canvas once it nears the viewport, Chart.js is
 * requested only by pages that have a chart and only when one comes near, and without JavaScript
 * the tables are all there is.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/lib/edition-files/chromium.ts';

const site = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const isChartCode = (url: string) => /\/_astro\/chart-draw\.[\w-]+\.js$/.test(url);

async function open(path: string, requests: string[] = []): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${site}${path}`, { waitUntil: 'load' });
  return page;
}

/** Pixels of the canvas that are not transparent. */
const inkedPixels = (page: Page, selector: string) =>
  page.locator(selector).evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    return inked;
  });

describe('charts', () => {
  it.each([
    '/data/table-1/',
    '/data/table-2/',
    '/data/figure-1/',
    '/data/trade/',
    '/data/registered-enterprises/',
    '/countries/kazakhstan/',
    '/paper/iii-policy-tools/4-energy-cooperation/',
    '/paper/iii-policy-tools/3-economic-cooperation/',
  ])('on %s every chart draws a non-blank canvas, without console errors', async (path) => {
    const errors: string[] = [];
    const page = await open(path);
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const charts = page.locator('data-chart');
    const count = await charts.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await charts.nth(i).scrollIntoViewIfNeeded();
      await page.locator(`data-chart >> nth=${i}`).and(page.locator('[data-drawn="true"]')).waitFor();
      expect(await inkedPixels(page, `data-chart >> nth=${i} >> canvas`)).toBeGreaterThan(2000);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its size while Chart.js loads: the box has its height before the chart is drawn', async () => {
    const page = await open('/data/figure-1/');
    const box = await page.locator('data-chart').first().boundingBox();
    expect(box!.height).toBeGreaterThan(200);
    await page.locator('data-chart[data-drawn="true"]').first().waitFor();
    const after = await page.locator('data-chart').first().boundingBox();
    expect(after!.height).toBeCloseTo(box!.height, 0);
    await page.close();
  });

  it.each(['/paper/abstract/', '/agreements/', '/organisations/huawei/', '/timeline/'])(
    '%s, which has no chart, requests no chart code',
    async (path) => {
      const requests: string[] = [];
      const page = await open(path, requests);
      await page.waitForLoadState('networkidle');
      expect(requests.filter(isChartCode)).toEqual([]);
      await expect(page.locator('data-chart').count()).resolves.toBe(0);
      await page.close();
    },
  );

  it('loads Chart.js only when a chart nears the viewport', async () => {
    const requests: string[] = [];
    const page = await open('/paper/iii-policy-tools/4-energy-cooperation/', requests);
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isChartCode)).toEqual([]);
    await page.locator('#table-1').scrollIntoViewIfNeeded();
    await page.waitForRequest((r) => isChartCode(r.url()));
    await page.close();
  });

  it('follows the theme: switching from dark to light redraws the chart in other colours', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => localStorage.getItem('starlight-theme') ?? localStorage.setItem('starlight-theme', 'dark'));
    const page = await context.newPage();
    await page.goto(`${site}/data/trade/`);
    await page.locator('data-chart[data-drawn="true"]').waitFor();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    const picture = () => page.locator('data-chart canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    const dark = await picture();
    await page.locator('starlight-theme-select select').first().selectOption('light');
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('light');
    await page.waitForFunction((before) => (document.querySelector('data-chart canvas') as HTMLCanvasElement).toDataURL() !== before, dark);
    expect(await inkedPixels(page, 'data-chart canvas')).toBeGreaterThan(2000);
    await context.close();
  });
});

describe('in print', () => {
  it('prints the table, not the chart', async () => {
    const page = await open('/data/figure-1/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.data-chart').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('#figure-1-table').isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows every table of every data set, and the chart’s text alternative', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [id, rows] of [
      ['table-1', 11],
      ['table-2', 5],
      ['figure-1', 8],
      ['table-3', 4],
      ['trade', 5],
    ] as const) {
      await page.goto(`${site}/data/${id}/`);
      await expect(page.locator(`#${id}-table tbody tr`).count()).resolves.toBe(rows);
      await expect(page.locator(`#${id}-table`).isVisible()).resolves.toBe(true);
    }
    await context.close();
  });
});
