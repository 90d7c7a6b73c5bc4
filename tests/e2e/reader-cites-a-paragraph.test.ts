/**
 * In a real browser: a reader cites a paragraph from its Cite link (next to ¶), by keyboard,
 * copies a citation and hears it announced, downloads a file, and cites a section from the panel
 * under its title; without JavaScript the panel still holds every citation. axe-core finds no
 * violation with the panel and the dialog open.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { CiteDialog, CitePanel } from '../support/dialogs.ts';
import { browserForFile } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { editionOnDisk } from '../support/citations-on-disk.ts';

const site = inject('siteUrl');
const edition = editionOnDisk();
const SECTION = '/paper/iii-policy-tools/4-energy-cooperation/';
const JOURNAL = 'Vestnik of Saint Petersburg University. International Relations';
const session = browserForFile({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });

async function open(path: string, ctx = session.context): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`${site}${path}`);
  return page;
}

/** Tabs until `selector` has the focus. */
async function tabTo(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector);
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Opens a paragraph's Cite dialog with the mouse and waits for its citations. */
async function citeParagraph(page: Page, id: string): Promise<CiteDialog> {
  await page.locator(`#${id}`).hover();
  await page.locator(`#${id} a.cite-paragraph`).click();
  return new CiteDialog(page).ready();
}

describe('a reader citing a paragraph', () => {
  it('opens its Cite panel by keyboard and finds the citations with the paragraph’s journal page', async () => {
    const page = await open(SECTION);
    const paragraph = page.locator('#iii-4-05');
    const [first, last] = ((await paragraph.getAttribute('data-pages')) ?? '').split('-').map(Number);
    const pageLabel = (await paragraph.getAttribute('data-page-label')) ?? '';
    await tabTo(page, '#iii-4-05 a.cite-paragraph');
    await expect(page.locator('#iii-4-05 a.cite-paragraph').evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('1');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Cite paragraph iii-4-05 (journal ${pageLabel})` });
    await dialog.waitFor();
    const cite = await new CiteDialog(page).ready();

    const apa = await cite.reference('article', 'apa').textContent();
    expect(apa).toContain('China’s strategy toward Central Asia: III.4 Energy cooperation');
    expect(apa).toContain(`${JOURNAL}, 12(1), ${first === last ? first : `${first}–${last}`}.`);
    const inText = await cite.inText('article', 'apa').textContent();
    expect(inText).toContain(pageLabel.includes('inferred') ? `p. [${first}]` : `p. ${first}`);

    // The web edition at the frozen address of the version read; the living address offered beside it.
    const web = await cite.reference('edition', 'harvard-cite-them-right').textContent();
    expect(web).toContain(`${site}/editions/${edition.version}/#iii-4-05`);
    await expect(page.locator('[data-cite-address]').first().innerText()).resolves.toContain(`${site}${SECTION}#iii-4-05`);
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' }));
    expect(web).toContain(`(Accessed: ${today})`);
    const gost = await cite.reference('edition', 'gost-r-7-0-5-2008').textContent();
    expect(gost).toContain('дата обращения');

    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(page.locator('#iii-4-05 a.cite-paragraph').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  it('copies a citation, sees “Copied” and hears it announced', async () => {
    const page = await open(SECTION);
    const cite = await citeParagraph(page, 'iii-4-02');
    const mla = cite.reference('article', 'modern-language-association');
    const shown = (await mla.textContent())?.trim();
    const copy = page.getByRole('button', { name: 'Copy MLA (9th ed.) citation of the original article' }).last();
    await copy.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    await expect
      .poll(() => page.locator('#permalink-status').textContent())
      .toBe('MLA (9th ed.) citation of the original article copied to the clipboard');
    // The button says so, to the eye and in its accessible name (which must hold the visible word).
    const copied = cite.copyButton('article', 'modern-language-association');
    await expect(copied.textContent()).resolves.toBe('Copied');
    await expect(copied.getAttribute('aria-label')).resolves.toBe('Copied MLA (9th ed.) citation of the original article');
    await page.close();
  });

  it('downloads the paragraph’s BibTeX, named for the paragraph, with its pages', async () => {
    const page = await open(SECTION);
    const cite = await citeParagraph(page, 'iii-4-06');
    await cite.format('article', 'bibtex').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), cite.format('article', 'bibtex').locator('a[download]').click()]);
    expect(download.suggestedFilename()).toBe('iii-4-06-article.bib');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const [entry] = parseBibtex(Buffer.concat(chunks).toString('utf8')).entries;
    const [first, last] = ((await page.locator('#iii-4-06').getAttribute('data-pages')) ?? '').split('-');
    expect(entry?.fields['pages']).toBe(first === last ? first : `${first}–${last}`);
    expect(entry?.fields['journal']).toBe(JOURNAL);
    await page.close();
  });
});

describe('a reader citing a section', () => {
  it('opens the panel under the title and gets the web edition at this address, dated today', async () => {
    const page = await open(SECTION);
    await page.getByText('Cite this section').click();
    const panel = await new CitePanel(page).ready();
    const apa = await panel.reference('edition', 'apa').textContent();
    expect(apa).toContain(`${site}/editions/${edition.version}/#iii-4`);
    await expect(page.locator('details.cite-panel [data-cite-accessed]').textContent()).resolves.toMatch(
      /^Web edition citations give today, \d{4}-\d{2}-\d{2}/,
    );
    const download = panel.format('article', 'ris').locator('a[download]');
    await expect(download.getAttribute('href')).resolves.toBe('/cite/ris/article/iii-4.ris');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('reads the open panel and dialog in the dark theme with enough contrast', async () => {
    const dark = await session.browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
    await dark.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    const page = await open(SECTION, dark);
    await page.getByText('Cite this section').click();
    await new CitePanel(page).ready();
    await page.locator('details.cite-panel [data-format="bibtex"] summary').first().click();
    expect(await axeViolations(page, 'colour')).toEqual([]);
    await citeParagraph(page, 'iii-4-01');
    expect(await axeViolations(page, 'colour')).toEqual([]);
    await dark.close();
  });
});

describe('a reader who has not opened a Cite panel yet', () => {
  it.each(['light', 'dark'] as const)(
    'sees a paragraph’s ¶, Cite and Quote… controls on hover as buttons, readable in the %s theme; the panel’s stylesheet comes only with a panel',
    async (theme) => {
      const ctx = await session.browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 900 } });
      await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await open('/paper/i-interests/1-border-security/', ctx);
      const panelSheet = () => page.evaluate(() => [...document.styleSheets].some((s) => /\/cite-panel\.[^/]*\.css$/.test(s.href ?? '')));
      await page.locator('#i-1-01 button.quote-paragraph').waitFor();
      await page.locator('#i-1-01').hover();
      for (const control of ['a.cite-paragraph', 'button.quote-paragraph']) {
        const seen = await page.locator(`#i-1-01 ${control}`).evaluate(async (el) => {
          // The controls fade in: read them once the fade has finished.
          await Promise.all(el.getAnimations().map((a) => a.finished));
          const style = getComputedStyle(el);
          return { opacity: style.opacity, border: style.borderTopStyle, width: el.getBoundingClientRect().width };
        });
        expect(seen, control).toMatchObject({ opacity: '1', border: 'solid' });
        expect(seen.width, control).toBeGreaterThan(20);
      }
      expect(await axeViolations(page, 'colour')).toEqual([]);
      expect(await panelSheet()).toBe(false);
      await citeParagraph(page, 'i-1-01');
      expect(await panelSheet()).toBe(true);
      expect(await page.locator('#cite-dialog').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
      await ctx.close();
    },
  );
});

describe('without JavaScript', () => {
  it('the Cite disclosure leads to the section’s citation page, which holds every citation; the copy buttons, which need JavaScript, stay hidden', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await open(SECTION, noJs);
    await page.getByText('Cite this section').click();
    await page.locator('details.cite-panel .cite-elsewhere a').click();
    await page.waitForURL(/\/cite\/iii-4\/$/);
    await expect(new CitePanel(page).reference('article', 'gost-r-7-0-5-2008').textContent()).resolves.toContain(
      `// ${JOURNAL}. 2019. Т. 12. № 1. С.`,
    );
    await expect(page.locator('details.cite-panel button.cite-copy').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('details.cite-panel [data-cite-accessed]').textContent()).resolves.toContain('add that day yourself');
    await noJs.close();
  });

  it('a paragraph’s Cite link leads to its citation page, with every citation of the paragraph and no access date', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await open(SECTION, noJs);
    await page.locator('#iii-4-05').hover();
    await page.locator('#iii-4-05 a.cite-paragraph').click();
    await page.waitForURL(/\/cite\/iii-4-05\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Cite paragraph iii-4-05');
    const panel = new CitePanel(page, page.locator('details.cite-panel[open]'));
    const apa = await panel.reference('article', 'apa').textContent();
    expect(apa).toContain('China’s strategy toward Central Asia: III.4 Energy cooperation');
    const harvard = await panel.reference('edition', 'harvard-cite-them-right').textContent();
    expect(harvard).toContain(`/editions/${edition.version}/#iii-4-05`);
    expect(harvard).not.toContain('Accessed');
    await expect(panel.format('article', 'bibtex').locator('a[download]').getAttribute('href')).resolves.toBe(
      '/cite/bib/article/iii-4-05.bib',
    );
    await noJs.close();
  });
});
