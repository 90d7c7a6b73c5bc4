/**
 * In a real browser: the agreements table sorts and filters, the timeline filters by country and
 * subject, the map's countries are links that open their pages, and an entity link in the text
 * leads to the entity page and back to the paragraph.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile } from '../support/browser.ts';

const site = inject('siteUrl');
const session = browserForFile();

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${site}${path}`);
  return page;
}

const visibleRows = (page: Page) =>
  page.locator('.agreements-table tbody tr:not([hidden])').evaluateAll((rows) =>
    rows.map((r) => ({
      date: r.querySelector('td')!.textContent.trim(),
      title: r.querySelector('td:nth-child(2) a')!.textContent.trim(),
    })),
  );

describe('the agreements table', () => {
  it('sorts by date, newest first on a second click, and by title', async () => {
    const page = await open('/agreements/');
    const dateButton = page.getByRole('button', { name: 'Date' });
    await expect(page.locator('th[data-sort="date"]').getAttribute('aria-sort')).resolves.toBe('ascending');
    await dateButton.click();
    await expect(page.locator('th[data-sort="date"]').getAttribute('aria-sort')).resolves.toBe('descending');
    const newestFirst = await visibleRows(page);
    expect(newestFirst[0]?.date).toBe('not stated');
    expect(newestFirst[1]).toEqual({
      date: '2017',
      title: 'Memorandum of Understanding of Jointly Promotion of Industrial Capacity and Key Investment Cooperation Projects',
    });
    await page.getByRole('button', { name: 'Title' }).click();
    const titles = (await visibleRows(page)).map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    await expect(page.locator('th[data-sort="title"]').getAttribute('aria-sort')).resolves.toBe('ascending');
    await page.close();
  });

  it('filters by kind, party, framework and years, and says how many rows it shows', async () => {
    const page = await open('/agreements/');
    await page.getByLabel('Kind').selectOption('treaty');
    expect((await visibleRows(page)).map((r) => r.date)).toEqual(['June 2002', 'December 2002', 'May 2005', 'January 2007']);
    await expect(page.locator('[data-count]').textContent()).resolves.toContain('4 of 21 agreements shown');
    await page.getByLabel('Party').selectOption('kyrgyzstan');
    expect(await visibleRows(page)).toEqual([{ date: 'June 2002', title: 'Good-Neighborly Friendship and Cooperation Treaty' }]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    // The form's reset event fires before the fields are cleared, so the table updates a moment later.
    await expect.poll(() => visibleRows(page)).toHaveLength(21);
    await page.getByLabel('Framework').selectOption('sco');
    expect((await visibleRows(page)).map((r) => r.date)).toEqual(['June 2001', 'June 2004', 'July 2005']);
    await page.getByLabel('Framework').selectOption('');
    await page.getByLabel('From year').fill('2015');
    await page.getByLabel('To year').fill('2016');
    expect((await visibleRows(page)).map((r) => r.date)).toEqual(['17 June 2015', 'August 2015', '2016', 'September 2016']);
    await page.close();
  });

  it('is a complete plain table without JavaScript', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site}/agreements/`);
    await expect(page.locator('.agreements-table tbody tr').count()).resolves.toBe(21);
    await expect(page.locator('form[data-filters]').isVisible()).resolves.toBe(false);
    await noJs.close();
  });
});

describe('the timeline', () => {
  it('runs from 1991 to 2018 and filters by country and subject', async () => {
    const page = await open('/timeline/');
    const dates = () => page.locator('[data-event]:not([hidden]) time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    const all = await dates();
    expect(all[0]).toBe('1991');
    expect(all.at(-1)).toBe('2018');
    await page.getByLabel('Country').selectOption('tajikistan');
    const tajik = await page
      .locator('[data-event]:not([hidden])')
      .evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset['countries']!));
    expect(tajik.length).toBeGreaterThan(5);
    expect(tajik.filter((c) => !c.split(' ').includes('tajikistan'))).toEqual([]);
    await expect(
      page.locator('[data-event]:not([hidden])', { hasText: 'comprehensive strategic partner' }).locator('time').textContent(),
    ).resolves.toBe('31 August 2017');
    await page.getByLabel('Subject').selectOption('border');
    const border = await page.locator('[data-event]:not([hidden]) .timeline-label').allTextContents();
    expect(border).toEqual([
      'Agreement on Strengthening Military Trust in Border Areas signed',
      'Agreement on Mutual Reduction of Armed Forces in Border Areas signed',
      'Border Supplementary Agreement signed',
    ]);
    await expect(page.locator('[data-count]').textContent()).resolves.toMatch(/^3 of \d+ events shown\.$/);
    await page.close();
  });
});

describe('the map', () => {
  it('makes each of the six countries a named link that opens its page', async () => {
    const page = await open('/countries/');
    for (const [name, id] of [
      ['Kazakhstan', 'kazakhstan'],
      ['Kyrgyzstan', 'kyrgyzstan'],
      ['Tajikistan', 'tajikistan'],
      ['Uzbekistan', 'uzbekistan'],
      ['Turkmenistan', 'turkmenistan'],
      ['China', 'china'],
    ]) {
      const link = page.getByRole('link', { name: `${name}: country page` });
      await expect(link.getAttribute('href')).resolves.toBe(`/countries/${id}/`);
      const box = await link.boundingBox();
      expect(box!.width * box!.height).toBeGreaterThan(100);
    }
    await page.getByRole('link', { name: 'Kyrgyzstan: country page' }).click();
    await page.waitForURL(`${site}/countries/kyrgyzstan/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Kyrgyzstan');
    await page.close();
  });
});

describe('links between the text and the entities', () => {
  it('lead from a mention in the text to the entity page, and from its “Mentioned in” back to the paragraph', async () => {
    const page = await open('/paper/iii-policy-tools/4-energy-cooperation/');
    await page.locator('#iii-4-05 a.entity-link', { hasText: 'China-Kazakhstan oil pipeline' }).click();
    await page.waitForURL(`${site}/projects/china-kazakhstan-oil-pipeline/`);
    await page.locator('li[data-mention="iii-4-05"] .mention-where a').click();
    await page.waitForURL(/4-energy-cooperation\/#iii-4-05$/);
    const paragraph = (await page.locator('#iii-4-05').textContent())!.replace(/\s+/g, ' ');
    expect(paragraph).toContain('annual designed oil transportation capacity of 20 million tons');
    await page.close();
  });
});
