/**
 * On one page of each kind, at a desktop's and a phone's width, as Chromium renders it: no text a
 * reader must read without scrolling sideways (the site's title, headings, table captions, figure
 * captions, buttons, labels, the page markers, the lists' terms) is cut off by the viewport or by
 * a box that clips or scrolls; no table cell's text is cut by a box it cannot be scrolled into
 * view in; the page itself is no wider than the screen; and on a desktop every table fits its
 * column, so that no column is cut at the edge while another wraps a word a line.
 */
import { describe, inject, it } from 'vitest';
import { browserForFile } from '../support/browser.ts';
import { PAGE_KINDS, VIEWS } from '../support/page-kinds.ts';
import { clippedTexts } from '../support/rendered.ts';

const site = inject('siteUrl');

/** What must be read without scrolling sideways. */
const MUST_FIT = [
  'header .site-title',
  'main h1',
  'main h2',
  'main h3',
  'main h4',
  'main caption',
  'main figcaption',
  'main summary',
  'main legend',
  'main label',
  'main button:not(.table-scroll *)',
  'main .page-marker-label',
  'main dt',
  '.pagination-links a',
].join(', ');

describe.each(VIEWS)('at $name width', (view) => {
  const session = browserForFile({ viewport: view.viewport, isMobile: view.isMobile, hasTouch: view.hasTouch });

  it.concurrent.for(PAGE_KINDS)('$name: no text cut off ($path)', async ({ path }, { expect }) => {
    const page = await session.context.newPage();
    try {
      await page.goto(`${site}${path}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      expect(await clippedTexts(page, MUST_FIT, 'cuts'), 'captions, titles, headings, buttons, labels').toEqual([]);
      expect(await clippedTexts(page, 'main th, main td', 'scrolls'), 'table cells').toEqual([]);
      const width = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        screen: document.documentElement.clientWidth,
      }));
      expect(width.page, 'the page scrolls sideways').toBeLessThanOrEqual(width.screen);
      if (view.name === 'desktop') {
        const wide = await page.$$eval('main .table-scroll', (boxes) =>
          boxes
            .filter((b) => b.scrollWidth > b.clientWidth + 1)
            .map(
              (b) =>
                `${b.getAttribute('aria-label') ?? b.querySelector('caption')?.textContent?.trim()}: ${b.scrollWidth} px in ${b.clientWidth}`,
            ),
        );
        expect(wide, 'tables wider than their column on a desktop').toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
});
