/**
 * The Quote dialog's "link that opens the passage" highlights the passage, for every paragraph of
 * the author's text and for a passage starting at every journal page start inside a paragraph: the
 * link, opened in a fresh page, paints the paragraph in the highlighter colour of ::target-text,
 * and the same address without its text directive does not. A paragraph that opens with a page
 * marker (i-1-01, i-3-01, ii-1-01, iii-4-05) once gave a directive made of the marker's word and
 * the author's first ("inferredsecondly"), which highlights nothing. The whole paragraph comes
 * from its Quote… button; a passage from a page start is selected from the marker to the
 * paragraph's end, as a reader would drag, and quoted with the Quote control.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile } from '../support/browser.ts';
import { builtPages, loadPage } from '../support/built-site.ts';
import { QuoteDialog } from '../support/dialogs.ts';
import { followPassageLink } from '../support/rendered.ts';

const site = inject('siteUrl');
const session = browserForFile({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The paper's section pages (not the linear view), each with its paragraphs and the page starts inside them. */
const SECTIONS = builtPages()
  .filter((p) => p.startsWith('/paper/') && p !== '/paper/full/' && !p.startsWith('/paper/page/'))
  .map((path) => {
    const $ = loadPage(path);
    const paragraphs = $('p.para[id]')
      .toArray()
      .map((p) => $(p).attr('id')!);
    const starts = $('p.para[id] .page-marker[data-page]')
      .toArray()
      .map((m) => ({ page: Number($(m).attr('data-page')), paragraph: $(m).closest('p.para').attr('id')! }));
    return { path, paragraphs, starts };
  })
  .filter((s) => s.paragraphs.length > 0);
const STARTS = SECTIONS.flatMap((s) => s.starts.map((start) => ({ path: s.path, ...start })));

/** The address the Quote dialog's link gives, once the dialog shows its passage. */
const dialogLink = async (page: Page) => (await new QuoteDialog(page).ready()).linkAddress();

describe('the link that opens a quoted passage', () => {
  it('covers every paragraph and every page start inside one', () => {
    expect(SECTIONS.flatMap((s) => s.paragraphs).length).toBe(53);
    expect(STARTS.length).toBe(14);
  });

  // One section page at a time: each paragraph's Quote… pressed in turn, each link opened in a fresh page.
  it.concurrent.for(SECTIONS)('highlights the whole of every paragraph of $path', async ({ path, paragraphs }, { expect }) => {
    const page = await session.context.newPage();
    try {
      await page.goto(`${site}${path}`);
      for (const [i, id] of paragraphs.entries()) {
        await new QuoteDialog(page).paragraphButton(id).click();
        const link = await dialogLink(page);
        expect(link, `${id}: the link carries a text directive`).toContain(':~:text=');
        // The same address without the directive highlights nothing: checked once a page.
        const landing = await followPassageLink(session.context, link, id, { plain: i === 0 });
        expect(landing.hash).toBe(`#${id}`);
        expect(landing.highlighted, link).toBeGreaterThan(200);
        if (i === 0) expect(landing.plain).toBe(0);
        await page.keyboard.press('Escape');
        await new QuoteDialog(page).root.waitFor({ state: 'hidden' });
      }
    } finally {
      await page.close();
    }
  });

  it.concurrent.for(STARTS)(
    'highlights a passage starting where journal page $page begins ($paragraph)',
    async ({ path, page: n, paragraph }, { expect }) => {
      const page = await session.context.newPage();
      try {
        await page.goto(`${site}${path}#${paragraph}`);
        await new QuoteDialog(page).paragraphButton(paragraph).waitFor();
        await page.evaluate(
          ({ n, paragraph }) => {
            const range = document.createRange();
            range.setStartAfter(document.getElementById(`page-${n}`)!);
            range.setEndBefore(document.querySelector(`#${paragraph} > a.permalink`)!);
            document.getSelection()!.removeAllRanges();
            document.getSelection()!.addRange(range);
          },
          { n, paragraph },
        );
        await new QuoteDialog(page).control.click();
        const link = await dialogLink(page);
        expect(link, 'the link carries a text directive').toContain(':~:text=');
        const landing = await followPassageLink(session.context, link, paragraph, { plain: false });
        expect(landing.highlighted, link).toBeGreaterThan(200);
      } finally {
        await page.close();
      }
    },
  );
});
