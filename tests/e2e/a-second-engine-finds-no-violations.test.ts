/**
 * A second accessibility engine beside axe: IBM's Equal Access (ruleset IBM_Accessibility) over
 * one page of each kind, and with the edition's dialogs open (the search dialog, a paragraph's
 * Cite panel, the Quote dialog) at a desktop's and a phone's width: no violation of ours. What it
 * flags in Starlight's own markup, or as a considered choice, is listed by rule with the reason
 * in tests/support/equal-access.ts.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserForFile } from '../support/browser.ts';
import { CiteDialog, QuoteDialog } from '../support/dialogs.ts';
import { equalAccessViolations } from '../support/equal-access.ts';
import { PAGE_KINDS, VIEWS } from '../support/page-kinds.ts';

const site = inject('siteUrl');
const POINT = '/paper/iii-policy-tools/4-energy-cooperation/';

describe('one page of each kind, at desktop width', () => {
  const session = browserForFile();

  it.concurrent.for(PAGE_KINDS)('$name ($path)', async ({ path }, { expect }) => {
    const page = await session.context.newPage();
    try {
      await page.goto(`${site}${path}`, { waitUntil: 'load' });
      expect(await equalAccessViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.each(VIEWS)('the dialogs at $name width', (view) => {
  const session = browserForFile({ viewport: view.viewport, isMobile: view.isMobile, hasTouch: view.hasTouch });

  it('with the search dialog open, showing results', async () => {
    const page = await session.context.newPage();
    try {
      await page.goto(`${site}${POINT}`, { waitUntil: 'load' });
      await page.locator('site-search button[data-open-modal]').click();
      await page.locator('#starlight__search input').fill('pipeline');
      await page.locator('#starlight__search .pagefind-ui__result').first().waitFor();
      expect(await equalAccessViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('with a paragraph’s Cite panel open, and then the Quote dialog', async () => {
    const page = await session.context.newPage();
    try {
      await page.goto(`${site}${POINT}#iii-4-05`, { waitUntil: 'load' });
      await page.locator('#iii-4-05 a.cite-paragraph').click();
      await new CiteDialog(page).ready();
      expect(await equalAccessViolations(page)).toEqual([]);
      await new CiteDialog(page).close();
      const quote = new QuoteDialog(page);
      await quote.paragraphButton('iii-4-05').click();
      await quote.ready();
      expect(await equalAccessViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
