/**
 * A property of search over the whole paper, not a few examples: for every paragraph of the
 * author's text, six or more words from its middle that stand in that paragraph only, typed
 * unquoted, put that paragraph first among the deep links of its page's result, with an excerpt
 * that shows them; and so do words that span each journal page start falling inside a paragraph. On the search page (/search/?q=…)
 * and in Starlight's Ctrl+K dialog, in a real browser. The phrases are read from the built pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile } from '../support/browser.ts';
import { loadPage, sectionPages } from '../support/built-site.ts';
import { openSearchDialog } from '../support/search-dialog.ts';
import { NOT_AUTHOR_TEXT, PAGE_MARKER } from '../../src/lib/paper/edition-marks.ts';

const site = inject('siteUrl');
const session = browserForFile();

interface Probe {
  readonly kind: 'middle' | 'page start';
  readonly path: string;
  readonly id: string;
  readonly phrase: string;
}

const MARK = '\u2063'; // where a page marker stood (an invisible separator, in no paragraph of the paper)

/** Every paragraph's words (page markers as MARK), by page. */
const paragraphs = sectionPages().flatMap((path) => {
  const $ = loadPage(path);
  return $('p[data-paragraph]')
    .toArray()
    .map((el) => {
      const p = $(el).clone();
      p.find(PAGE_MARKER).replaceWith(MARK);
      p.find(NOT_AUTHOR_TEXT).remove();
      return { path, id: $(el).attr('id') ?? '', text: p.text().replace(/\s+/g, ' ').trim() };
    });
});
const plain = (text: string) => text.replaceAll(MARK, '').replace(/\s+/g, ' ').toLowerCase();
const everything = paragraphs.map((p) => plain(p.text));
const standsOnce = (phrase: string) => everything.reduce((n, text) => n + text.split(plain(phrase)).length - 1, 0) === 1;

/** Words from the middle of the paragraph, six or more (as in the sample): as many as make them stand in this paragraph only. */
function middlePhrase(text: string): string | undefined {
  const words = text.replaceAll(MARK, '').split(' ').filter(Boolean);
  for (let length = 6; length <= 12 && length <= words.length; length++) {
    const start = Math.max(0, Math.floor((words.length - length) / 2));
    const phrase = words.slice(start, start + length).join(' ');
    if (standsOnce(phrase)) return phrase;
  }
  return undefined;
}

/** Words on both sides of a page start inside the paragraph (a word the start cuts in two counted once), three or more each side. */
function spanningPhrases(text: string): string[] {
  const pieces = text.split(MARK);
  const phrases: string[] = [];
  for (let i = 1; i < pieces.length; i++) {
    const before = pieces.slice(0, i).join('');
    const after = pieces.slice(i).join('');
    if (!before.trim() || !after.trim()) continue;
    const cut = /\S$/.test(before) && /^\S/.test(after);
    const left = before.trim().split(' ');
    const right = after.trim().split(' ');
    for (let side = 3; side <= 6; side++) {
      const words = cut
        ? [...left.slice(-side, -1), `${left.at(-1)}${right[0]}`, ...right.slice(1, side)]
        : [...left.slice(-side), ...right.slice(0, side)];
      const phrase = words.join(' ');
      if (standsOnce(phrase)) {
        phrases.push(phrase);
        break;
      }
    }
  }
  return phrases;
}

const probes: Probe[] = paragraphs.flatMap(({ path, id, text }) => {
  const middle = middlePhrase(text);
  return [
    ...(middle ? [{ kind: 'middle' as const, path, id, phrase: middle }] : []),
    ...spanningPhrases(text).map((phrase) => ({ kind: 'page start' as const, path, id, phrase })),
  ];
});

/** The first deep link of the page's result: its paragraph id and the words of its excerpt. */
interface First {
  readonly id: string | undefined;
  readonly excerpt: string;
}

/** Words as a reader compares them: lower case, letters and digits only. */
const wordsOnly = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** On the search page: the first deep link of the page's result. */
async function firstOnSearchPage(page: Page, probe: Probe): Promise<First> {
  await page.goto(`${site}/search/?q=${encodeURIComponent(probe.phrase)}`);
  await page
    .locator('[data-search-status]')
    .filter({ hasText: /result/ })
    .waitFor();
  return page.evaluate((path) => {
    const result = [...document.querySelectorAll('.search-result')].find(
      (r) => new URL(r.querySelector<HTMLAnchorElement>('.search-result-title a')?.href ?? 'x:').pathname === path,
    );
    const first = result?.querySelector<HTMLAnchorElement>('.search-sub-results a');
    return {
      id: first ? new URL(first.href).hash.slice(1) : undefined,
      excerpt: first?.parentElement?.querySelector('.search-excerpt')?.textContent ?? '',
    };
  }, probe.path);
}

/** In the Ctrl+K dialog: the first deep link of the page's result among those shown. */
async function firstInDialog(page: Page, probe: Probe): Promise<First> {
  const input = page.locator('#starlight__search input.pagefind-ui__search-input');
  await input.fill(probe.phrase);
  await page.locator('.pagefind-ui__message').filter({ hasText: probe.phrase }).waitFor();
  const found = await page
    .waitForFunction(
      (path) => {
        const results = [...document.querySelectorAll('.pagefind-ui__result')];
        // The results shown, every one loaded (a result shows its title link once its data is in).
        if (results.length === 0 || results.some((r) => !r.querySelector('.pagefind-ui__result-link'))) return undefined;
        const result = results.find(
          (r) => new URL(r.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link')!.href).pathname === path,
        );
        const first = result?.querySelector<HTMLAnchorElement>('.pagefind-ui__result-nested .pagefind-ui__result-link');
        const excerpt = first?.closest('.pagefind-ui__result-nested')?.querySelector('.pagefind-ui__result-excerpt')?.textContent ?? '';
        return { id: first ? new URL(first.href).hash.slice(1) : undefined, excerpt };
      },
      probe.path,
      { timeout: 30_000 },
    )
    .catch(() => undefined);
  return (await found?.jsonValue()) ?? { id: undefined, excerpt: '' };
}

function report(where: string, outcomes: { probe: Probe; first: First }[]): string[] {
  const held = (o: { probe: Probe; first: First }) => o.first.id === o.probe.id;
  const shows = (o: { probe: Probe; first: First }) => wordsOnly(o.first.excerpt).includes(wordsOnly(o.probe.phrase));
  const count = (kind: Probe['kind'], test: (o: { probe: Probe; first: First }) => boolean) => {
    const of = outcomes.filter((o) => o.probe.kind === kind);
    return `${of.filter(test).length} of ${of.length}`;
  };
  console.log(
    `${where}: the paragraph first among its page's deep links for ${count('middle', held)} middle phrases and ${count('page start', held)} phrases across a page start; its excerpt shows the phrase for ${count('middle', shows)} and ${count('page start', shows)}.`,
  );
  return outcomes
    .filter((o) => !held(o) || !shows(o))
    .map((o) => `${o.probe.id} “${o.probe.phrase}” → ${o.first.id ?? 'page not shown'}: “${o.first.excerpt}”`);
}

describe('a phrase from any paragraph, unquoted', () => {
  it('reads a phrase for every paragraph and for every page start inside a paragraph', () => {
    const ids = new Set(probes.filter((p) => p.kind === 'middle').map((p) => p.id));
    expect(paragraphs.filter((p) => !ids.has(p.id)).map((p) => p.id)).toEqual([]);
    // As many as the paper's sources hold (content/paper/**/*.mdx, one <P id="…"> each).
    const sources = readdirSync('content/paper', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    const inSources = sources.flatMap((f) => readFileSync(join('content/paper', f), 'utf8').match(/<P id="[^"]+"/g) ?? []);
    expect(paragraphs.length).toBe(inSources.length);
    expect(probes.filter((p) => p.kind === 'page start').length).toBeGreaterThanOrEqual(10);
    for (const probe of probes) expect(probe.phrase.split(' ').length, probe.phrase).toBeGreaterThanOrEqual(5);
  });

  it('puts its paragraph first among the deep links of its page, on the search page', async () => {
    const page = await session.context.newPage();
    const outcomes = [];
    for (const probe of probes) outcomes.push({ probe, first: await firstOnSearchPage(page, probe) });
    await page.close();
    expect(report('Search page', outcomes)).toEqual([]);
  }, 600_000);

  it('puts its paragraph first among the deep links of its page, in the Ctrl+K dialog', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site}/paper/abstract/`);
    await openSearchDialog(page);
    const outcomes = [];
    for (const probe of probes) outcomes.push({ probe, first: await firstInDialog(page, probe) });
    await page.close();
    expect(report('Ctrl+K dialog', outcomes)).toEqual([]);
  }, 600_000);
});
