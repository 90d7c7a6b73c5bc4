/** In a real browser: the pages render, the permalink control works by mouse and keyboard, #id lands on the paragraph. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile } from '../support/browser.ts';
import { sectionPages } from '../support/built-site.ts';

const site = inject('siteUrl');
const session = browserForFile({ permissions: ['clipboard-read', 'clipboard-write'] });

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${site}${path}`);
  return page;
}

describe('a reader of the paper', () => {
  it('reaches every numbered point of every part from the sidebar', async () => {
    const page = await open('/paper/abstract/');
    const links = await page
      .locator('#starlight__sidebar a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    for (const part of ['i-interests', 'ii-principles', 'iii-policy-tools', 'iv-future-trends']) {
      expect(links.filter((h) => h?.startsWith(`/paper/${part}/`)).length).toBeGreaterThan(4);
    }
    expect(links).toContain('/paper/iii-policy-tools/7-balancing-major-powers/');
    expect(links).toContain('/paper/full/');
    await page.close();
  });

  it('sees the paragraph text, the page heading and a page marker', async () => {
    const page = await open('/paper/ii-principles/2-mutual-respect/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Mutual respect, big or small');
    await expect(page.locator('.editorial-badge').first().textContent()).resolves.toContain('Editorial heading');
    await expect(page.locator('#ii-2-02').textContent()).resolves.toContain('Diversified diplomacy is both a challenge');
    await expect(page.locator('#page-27').isVisible()).resolves.toBe(true);
    await expect(page.locator('#page-27').textContent()).resolves.toContain('inferred');
    await page.close();
  });

  it('lands on the paragraph of a #id link, scrolled into view below the header and highlighted', async () => {
    const page = await open('/paper/iii-policy-tools/3-economic-cooperation/#iii-3-05');
    const box = await page.locator('#iii-3-05').boundingBox();
    const header = await page.locator('header').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(header!.height - 1);
    expect(box!.y).toBeLessThan(900);
    const background = await page.locator('#iii-3-05').evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = await page.locator('#iii-3-04').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(other);
    await page.close();
  });

  it('copies a paragraph link with the mouse, and hears it announced', async () => {
    const page = await open('/paper/iii-policy-tools/5-development-assistance/');
    const permalink = page.locator('#iii-5-01 a.permalink');
    await expect(permalink.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('0');
    await page.locator('#iii-5-01').hover();
    await expect.poll(() => permalink.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await permalink.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site}/paper/iii-policy-tools/5-development-assistance/#iii-5-01`);
    await expect
      .poll(() => page.locator('[role="status"]#permalink-status').textContent())
      .toContain('Link to paragraph iii-5-01 (p. 35, inferred) copied');
    expect(new URL(page.url()).hash).toBe('#iii-5-01');
    await page.close();
  });

  it('finds the permalink with the keyboard, sees it, and copies with Enter', async () => {
    const page = await open('/paper/i-interests/2-economic-cooperation/');
    const permalink = page.locator('#i-2-01 a.permalink');
    await expect(permalink.textContent()).resolves.toContain('Copy link to paragraph i-2-01');
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await permalink.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(permalink.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect.poll(() => permalink.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site}/paper/i-interests/2-economic-cooperation/#i-2-01`);
    await expect.poll(() => page.locator('#permalink-status').textContent()).toContain('copied');
    await page.close();
  });

  it('goes from a section page to the same place in the linear view and back', async () => {
    const page = await open('/paper/iii-policy-tools/5-development-assistance/');
    await page.getByRole('link', { name: 'Read in the full text' }).click();
    await page.waitForURL(/\/paper\/full\/#iii-5$/);
    await expect(page.locator('#iii-5-01').isVisible()).resolves.toBe(true);
    await page.locator('h3#iii-5 a').click();
    await page.waitForURL(/5-development-assistance\/$/);
    await page.close();
  });

  it('prints the linear view without the site chrome', async () => {
    const page = await open('/paper/full/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('#iv-4-01').isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('a reader of the paper on a phone', () => {
  it('reads every paper page within the screen’s width: wide tables scroll in their own box, the page does not', async () => {
    const phone = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    const wider: string[] = [];
    for (const path of [...sectionPages(), '/paper/full/']) {
      await page.goto(`${site}${path}`);
      const width = await page.evaluate(() => ({ layout: window.innerWidth, content: document.documentElement.scrollWidth }));
      if (width.layout > 390 || width.content > 390) wider.push(`${path} (${width.layout}/${width.content} px)`);
    }
    expect(wider).toEqual([]);
    await phone.close();
  });
});
