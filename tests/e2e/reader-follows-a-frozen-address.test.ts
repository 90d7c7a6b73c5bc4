/**
 * In a real browser: a reader follows the address a web-edition citation gives (the frozen page of
 * the version cited) and sees the cited paragraph on screen with its id, under a banner that names
 * the version and leads to the current edition; from the paragraph's section, the same place in
 * the current edition. An address an earlier edition published whose id moved (edition 1.0's
 * Cite panels) takes the reader to where it went.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openWithoutErrors } from '../support/browser.ts';
import { editionOnDisk } from '../support/citations-on-disk.ts';

const site = inject('siteUrl');
const edition = editionOnDisk();
const session = browserForFile();

describe('a reader following a citation of the web edition', () => {
  it('opens the frozen page at the cited paragraph, on screen, and finds the same place in the current edition', async () => {
    // The address as the paragraph's citation page gives it in APA.
    const cite = await openWithoutErrors(session.context, `${site}/cite/iii-4-05/`);
    const apa = await cite.locator('[data-work="edition"] [data-style="apa"] [data-cite-reference]').innerText();
    const address = /(http\S+#iii-4-05)/.exec(apa)![1]!;
    expect(new URL(address).pathname).toBe(`/editions/${edition.version}/`);
    await cite.close();

    const page = await openWithoutErrors(session.context, address.replace(new URL(address).origin, site));
    const paragraph = page.locator('#iii-4-05');
    await expect(paragraph.isVisible()).resolves.toBe(true);
    const box = (await paragraph.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(viewport.height / 2);
    const shown = await paragraph.innerText();
    expect(shown).toMatch(/^¶ iii-4-05 p\. 34 inferred Secondly, pipeline transportation cooperation has made breakthrough progress\./);

    const banner = page.locator('.frozen-banner');
    await expect(banner.isVisible()).resolves.toBe(true);
    await expect(banner.innerText()).resolves.toContain(`Edition ${edition.version} of ${edition.date}, frozen.`);

    // The section's link to the current edition leads to the page that holds the paragraph today.
    await page.locator('section#iii-4 > .frozen-current a').click();
    await page.waitForURL(/\/paper\/iii-policy-tools\/4-energy-cooperation\/$/);
    await expect(page.locator('#iii-4-05').innerText()).resolves.toContain(
      'Secondly, pipeline transportation cooperation has made breakthrough progress.',
    );
    await page.close();
  });

  it('is taken from an address whose id moved to where it went', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site}/paper/iii-policy-tools/4-energy-cooperation/#cite-iii-4-article`);
    await page.waitForURL(`${site}/cite/iii-4/#cite-iii-4-article`);
    await expect(page.locator('#cite-iii-4-article').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
