/**
 * In a real browser, on a desktop and on a phone-sized touch screen: a reader selects the author's
 * words (in one paragraph, across a journal page start, across two paragraphs, in Table 1) and
 * presses Quote, or tabs to a paragraph's Quote… button and narrows it to some sentences. For each,
 * the quotation is the source text file's words (read here from the file, not from the page), its
 * pages are those where content/page-starts.yaml puts them, the copied citations parse with
 * BibTeX/RIS/CSL-JSON readers and carry those pages, the link opens the page at the passage with
 * its words highlighted, axe finds no violation with the dialog open, and the security policy
 * reports none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { load as loadYaml } from 'js-yaml';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { browserForFile } from '../support/browser.ts';
import { axeViolations, installAxe } from '../support/axe.ts';
import { QuoteDialog } from '../support/dialogs.ts';
import { policyViolations, recordPolicyViolations } from '../support/csp.ts';
import { source } from '../support/built-site.ts';
import { followPassageLink } from '../support/rendered.ts';
import { editionOnDisk } from '../support/citations-on-disk.ts';
import { normalizeForComparison, proseBlocks } from '../../src/lib/paper/source-text.ts';
import { NOT_AUTHOR_TEXT } from '../../src/lib/paper/edition-marks.ts';

const site = inject('siteUrl');
const edition = editionOnDisk();
const ENERGY = '/paper/iii-policy-tools/4-energy-cooperation/';
const RESPECT = '/paper/ii-principles/2-mutual-respect/';

// ------------------------------------------------------------ what the source file says

/** The source's running text, joined and normalised (whitespace, quote styles). */
const prose = normalizeForComparison(proseBlocks(source()).join(' '));
const starts = (
  loadYaml(readFileSync('content/page-starts.yaml', 'utf8')) as { page: number; basis: string; sourceLine: number; firstWords: string }[]
).map((s) => ({ ...s, at: prose.indexOf(normalizeForComparison(s.firstWords)) }));
const inferred = starts.filter((s) => s.basis === 'layout').map((s) => s.page);
/** The journal page a character of the running text stands on. */
const pageAtProse = (offset: number) => starts.filter((s) => s.at >= 0 && s.at <= offset).at(-1)?.page;
/** The journal page a line of the source file stands on. */
const pageAtLine = (line: number) => starts.filter((s) => s.sourceLine <= line).at(-1)?.page;

/** The source's words from `from` (the first after `after`) to the end of `to`, and the pages they stand on. */
function sourcePassage(from: string, to: string, after = ''): { text: string; first: number; last: number } {
  const start = prose.indexOf(normalizeForComparison(from), after ? prose.indexOf(normalizeForComparison(after)) : 0);
  const end = prose.indexOf(normalizeForComparison(to), start) + normalizeForComparison(to).length;
  expect(start, from).toBeGreaterThanOrEqual(0);
  expect(end, to).toBeGreaterThan(start);
  return { text: prose.slice(start, end), first: pageAtProse(start) ?? 0, last: pageAtProse(end - 1) ?? 0 };
}

const pagesOf = ({ first, last }: { first: number; last: number }) => (first === last ? `${first}` : `${first}–${last}`);
const bracketed = (p: number) => (inferred.includes(p) ? `[${p}]` : `${p}`);
const locator = ({ first, last }: { first: number; last: number }) =>
  first === last ? bracketed(first) : `${bracketed(first)}–${bracketed(last)}`;
const label = ({ first, last }: { first: number; last: number }) =>
  `${first === last ? `p. ${first}` : `pp. ${first}–${last}`}${inferred.some((p) => p >= first && p <= last) ? ', inferred' : ''}`;

// ------------------------------------------------------------ what the reader does

/** Selects, in the element `id`, the words from `from` to the end of `to` (white space as the page has it), as a reader's drag would. */
async function select(page: Page, fromId: string, from: string, toId: string, to: string): Promise<void> {
  await page.evaluate(
    ({ fromId, from, toId, to, notAuthor }) => {
      const pattern = (words: string) =>
        new RegExp(
          words
            .split(/\s+/)
            .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('\\s+'),
        );
      /** The element's visible author text (editorial insertions skipped), and where each text node begins in it. */
      const textOf = (id: string) => {
        const nodes: { node: Text; at: number }[] = [];
        let text = '';
        const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) => (n.parentElement?.closest(notAuthor) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          nodes.push({ node: n, at: text.length });
          text += n.data;
        }
        return { nodes, text };
      };
      const point = (nodes: { node: Text; at: number }[], offset: number, end: boolean): [Text, number] => {
        const hit = nodes.findLast((n) => (end ? n.at < offset : n.at <= offset))!;
        return [hit.node, offset - hit.at];
      };
      const a = textOf(fromId);
      const b = textOf(toId);
      const start = pattern(from).exec(a.text);
      const end = pattern(to).exec(b.text.slice(fromId === toId && start ? start.index : 0));
      if (!start || !end) throw new Error(`“${from}” or “${to}” is not in the page`);
      const endOffset = (fromId === toId ? start.index : 0) + end.index + end[0].length;
      const range = document.createRange();
      range.setStart(...point(a.nodes, start.index, false));
      range.setEnd(...point(b.nodes, endOffset, true));
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    },
    { fromId, from, toId, to, notAuthor: NOT_AUTHOR_TEXT },
  );
}

/** The article's citation data, copied from the dialog, as the readers of each format see it. */
async function citedPages(dialog: QuoteDialog): Promise<{ bibtex: string | undefined; ris: string | undefined; csl: string | undefined }> {
  const bibtex = parseBibtex(await dialog.copyData('article', 'bibtex')).entries[0]?.fields['pages'];
  const ris = parseRis(await dialog.copyData('article', 'ris'))[0]?.page;
  const csl = (JSON.parse(await dialog.copyData('article', 'csl-json')) as { page?: string }[])[0]?.page;
  return { bibtex, ris, csl };
}

interface Case {
  readonly name: string;
  readonly path: string;
  readonly from: [id: string, words: string];
  readonly to: [id: string, words: string];
  readonly what: string;
}

const CASES: Case[] = [
  {
    name: 'one sentence on one page',
    path: ENERGY,
    from: ['iii-4-05', 'By the end of 2015'],
    to: ['iii-4-05', 'more than 10 million tons.'],
    what: 'paragraph iii-4-05',
  },
  {
    name: 'words across a journal page start',
    path: RESPECT,
    from: ['ii-2-02', 'Diversified diplomacy is both a challenge'],
    to: ['ii-2-02', 'one of the “directions” of Central Asian countries.'],
    what: 'paragraph ii-2-02',
  },
  {
    name: 'the end of one paragraph and the start of the next',
    path: RESPECT,
    from: ['ii-2-01', 'When they face difficulties'],
    to: ['ii-2-02', 'practice of Central Asian countries.'],
    what: 'paragraphs ii-2-01 and ii-2-02',
  },
  {
    name: 'two paragraphs and the page start in the second',
    path: RESPECT,
    from: ['ii-2-01', 'When they face difficulties'],
    to: ['ii-2-02', 'one of the “directions” of Central Asian countries.'],
    what: 'paragraphs ii-2-01 and ii-2-02',
  },
];

const VIEWPORTS: [string, BrowserContextOptions][] = [
  ['on a desktop', { viewport: { width: 1280, height: 900 } }],
  ['on a phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 }],
];

describe.each(VIEWPORTS)('a reader quoting a passage %s', (_, viewport) => {
  const session = browserForFile({ ...viewport, permissions: ['clipboard-read', 'clipboard-write'] }, async (context) => {
    await installAxe(context);
    await context.addInitScript(recordPolicyViolations);
  });

  async function open(path: string): Promise<{ page: Page; dialog: QuoteDialog }> {
    const page = await session.context.newPage();
    await page.goto(`${site}${path}`);
    return { page, dialog: new QuoteDialog(page) };
  }

  it.each(CASES)('selects $name and gets the words, the pages, the citations and a link to them', async ({ path, from, to, what }) => {
    const { page, dialog } = await open(path);
    const expected = sourcePassage(from[1], to[1]);
    await select(page, from[0], from[1], to[0], to[1]);
    const control = dialog.control;
    await control.waitFor();
    // Below the selection's end, where a phone's own menu (above the selection) leaves it free, and on screen.
    const [controlBox, selectionBottom] = [
      await control.boundingBox(),
      await page.evaluate(() => document.getSelection()!.getRangeAt(0).getBoundingClientRect().bottom),
    ];
    expect(controlBox!.y).toBeGreaterThanOrEqual(selectionBottom);
    expect(controlBox!.x + controlBox!.width).toBeLessThanOrEqual(viewport.viewport!.width);
    if (viewport.hasTouch) await control.tap();
    else await control.click();
    await dialog.ready();

    expect(normalizeForComparison(await dialog.quoted())).toBe(expected.text);
    const pages = { first: expected.first, last: expected.last };
    await expect(dialog.title.textContent()).resolves.toBe(`Quote from ${what} (journal ${label(pages)})`);
    await expect(dialog.pages.textContent()).resolves.toBe(label(pages));
    expect(await dialog.inText('article', 'apa').textContent()).toMatch(
      new RegExp(`2019, pp?\\. ${locator(pages).replace(/[[\]]/g, '\\$&')}\\)$`),
    );
    expect(await dialog.inText('article', 'gost-r-7-0-5-2008').textContent()).toMatch(
      new RegExp(`, 2019, с\\. ${locator(pages).replace(/[[\]]/g, '\\$&')}\\]$`),
    );
    await dialog.styleChoice.selectOption('article:gost-r-7-0-5-2008');
    const cited = await dialog.copy('cited');
    const begins = `"${expected.text}" [China's strategy toward Central Asia`;
    const ends = `, 2019, с. ${locator(pages)}]`;
    expect(normalizeForComparison(cited).slice(0, begins.length)).toBe(begins);
    expect(cited.slice(-ends.length)).toBe(ends);
    await expect(citedPages(dialog)).resolves.toEqual({
      bibtex: pagesOf(pages),
      ris: pagesOf(pages).replace('–', '-'),
      csl: pagesOf(pages),
    });
    expect(await axeViolations(page)).toEqual([]);

    const link = await dialog.linkAddress();
    expect(link).toContain(`#${from[0]}:~:text=`);
    const landing = await followPassageLink(page.context(), link, from[0]);
    expect(landing.hash).toBe(`#${from[0]}`);
    expect(landing.inView).toBe(true);
    expect(landing.plain).toBe(0);
    expect(landing.highlighted).toBeGreaterThan(200);
    expect(await policyViolations(page)).toEqual([]);
    await page.close();
  });

  it('selects cells of Table 1 and quotes the cells, citing the table', async () => {
    const { page, dialog } = await open(ENERGY);
    await page.evaluate(() => {
      const row = document.querySelector('#table-1-table tbody tr')!;
      const [first, , third] = [...row.querySelectorAll<HTMLElement>('th, td')].map((c) => c.querySelector('.cell-value')!.firstChild!);
      const range = document.createRange();
      range.setStart(first!, 0);
      range.setEnd(third!, third!.textContent!.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await dialog.control.waitFor();
    if (viewport.hasTouch) await dialog.control.tap();
    else await dialog.control.click();
    await dialog.ready();
    const cells = (await dialog.quoted()).split('\t');
    expect(cells).toEqual(['Saudi Arabia', '49.67', '16.11']);
    // Each cell as the source prints it, on the line that gives Saudi Arabia's imports; its page by that line.
    const lines = source().split('\n');
    const line = lines.findIndex((l) => l.includes('Saudi Arabia')) + 1;
    for (const cell of cells) expect(lines[line - 1]).toContain(cell);
    const pages = { first: pageAtLine(line) ?? 0, last: pageAtLine(line) ?? 0 };
    await expect(dialog.title.textContent()).resolves.toBe(`Quote from Table 1 (journal ${label(pages)})`);
    await expect(citedPages(dialog)).resolves.toEqual({ bibtex: pagesOf(pages), ris: pagesOf(pages), csl: pagesOf(pages) });
    const link = await dialog.linkAddress();
    expect(link).toContain('#table-1');
    expect(await axeViolations(page)).toEqual([]);
    expect(await policyViolations(page)).toEqual([]);
    await page.close();
  });

  it('offers no Quote for words outside the author’s text: a heading, an editorial note, a page marker', async () => {
    const { page, dialog } = await open(ENERGY);
    await select(page, 'iii-4-05', 'By the end', 'iii-4-05', 'of 2015'); // first, a quotable selection loads the code
    await dialog.control.waitFor();
    for (const selector of ['main h1', '.editorial-note, [data-editorial] p', '#page-34']) {
      await page.evaluate((s) => {
        const element = document.querySelector(s)!;
        const range = document.createRange();
        range.selectNodeContents(element);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
      }, selector);
      await expect.poll(() => dialog.control.count(), { message: selector }).toBe(0);
    }
    await page.close();
  });
});

describe('a keyboard reader quoting a paragraph', () => {
  const session = browserForFile({ permissions: ['clipboard-read', 'clipboard-write'] }, async (context) => {
    await context.addInitScript(recordPolicyViolations);
  });

  it('tabs to Quote…, gets the whole paragraph, narrows it to sentences 2–3 and gets their pages and link', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site}${ENERGY}`);
    const dialog = new QuoteDialog(page);
    const button = dialog.paragraphButton('iii-4-06');
    for (let i = 0; i < 200 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect.poll(() => button.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await dialog.ready();
    const whole = sourcePassage('Thirdly, cooperation of petroleum refining', 'can be seen in Table 3.');
    expect(normalizeForComparison(await dialog.quoted())).toBe(whole.text);
    await expect(dialog.pages.textContent()).resolves.toBe(label(whole));

    // Sentence 2 to sentence 3: the last crosses the start of page 35.
    await dialog.fromSentence.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dialog.fromSentence.inputValue()).toBe('1');
    await dialog.toSentence.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => dialog.toSentence.inputValue()).toBe('2');
    const narrowed = sourcePassage(
      'Since the proposal of “Belt and Road” initiative',
      'between China and Central Asian countries.',
      'Thirdly, cooperation of petroleum refining',
    );
    await expect.poll(async () => normalizeForComparison(await dialog.quoted())).toBe(narrowed.text);
    await expect(dialog.pages.textContent()).resolves.toBe(label(narrowed));
    expect(narrowed.first).not.toBe(narrowed.last);
    await expect(citedPages(dialog)).resolves.toMatchObject({ bibtex: pagesOf(narrowed) });
    // Its reference as this web edition gives the frozen address of the version read.
    await expect(dialog.reference('edition', 'apa').innerText()).resolves.toContain(`/editions/${edition.version}/#iii-4`);
    const link = await dialog.linkAddress();
    const landing = await followPassageLink(page.context(), link, 'iii-4-06');
    expect(landing.highlighted).toBeGreaterThan(200);

    await page.keyboard.press('Escape');
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await policyViolations(page)).toEqual([]);
  });
});
