/**
 * In a real browser, with each page's Content-Security-Policy enforced: what a reader does still
 * works, and the browser reports no violation. Switching the theme, copying a permalink, searching
 * from the Ctrl+K dialog and on the search page, a chart drawn, a Cite panel filled with today's
 * date (the citation chunk), and the policy refuses what it should (an injected inline script).
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserForFile, openWithoutErrors } from '../support/browser.ts';
import { policyViolations, recordPolicyViolations } from '../support/csp.ts';
import { openSearchDialog } from '../support/search-dialog.ts';

const site = inject('siteUrl');
const session = browserForFile({ permissions: ['clipboard-read', 'clipboard-write'] });
beforeAll(() => session.context.addInitScript(recordPolicyViolations));

const open = (path: string) => openWithoutErrors(session.context, `${site}${path}`);

describe('a reader, under the policy', () => {
  it('switches the theme', async () => {
    const page = await open('/paper/abstract/');
    const select = page.locator('starlight-theme-select select').first();
    await select.selectOption('light');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    await select.selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await policyViolations(page)).toEqual([]);
    await page.close();
  });

  it('copies a paragraph’s permalink', async () => {
    const page = await open('/paper/iii-policy-tools/4-energy-cooperation/');
    await page.locator('#iii-4-05').hover();
    await page.locator('#iii-4-05 a.permalink').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site}/paper/iii-policy-tools/4-energy-cooperation/#iii-4-05`);
    expect(await policyViolations(page)).toEqual([]);
    await page.close();
  });

  it('searches from the Ctrl+K dialog (Pagefind’s WebAssembly) and on the search page', async () => {
    const page = await open('/paper/abstract/');
    // Ctrl+K fetches Pagefind's interface (a script of the site's own) and opens the dialog.
    await (await openSearchDialog(page)).fill('Horgos');
    await page.locator('site-search .pagefind-ui__result').first().waitFor();
    expect(await policyViolations(page)).toEqual([]);
    await page.goto(`${site}/search/?q=horgos`);
    await page.locator('.search-result').first().waitFor();
    expect(await policyViolations(page)).toEqual([]);
    await page.close();
  });

  it('sees a chart drawn', async () => {
    const page = await open('/data/figure-1/');
    await page.locator('data-chart').first().scrollIntoViewIfNeeded();
    await page.locator('data-chart[data-drawn="true"]').first().waitFor();
    expect(await policyViolations(page)).toEqual([]);
    await page.close();
  });

  it('opens a Cite panel, filled in the browser with today’s date', async () => {
    const page = await open('/paper/iii-policy-tools/4-energy-cooperation/');
    await page.getByText('Cite this section').click();
    await page.locator('details.cite-panel cite-panel[data-ready]').waitFor();
    await expect(page.locator('details.cite-panel [data-cite-accessed]').textContent()).resolves.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await policyViolations(page)).toEqual([]);
    await page.close();
  });

  it('is protected: a script injected into the page does not run, and the browser reports it', async () => {
    const page = await open('/paper/abstract/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect((await policyViolations(page)).join('\n')).toMatch(/script-src(-elem)? blocked inline/);
    page.removeAllListeners('close');
    await page.close();
  });
});
