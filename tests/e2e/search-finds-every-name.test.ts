/**
 * A property of search over the knowledge base's names, not a few examples: for every entity,
 * its name, each printed alias and each name this edition adds (`otherNames`), typed unquoted,
 * puts the entity's page first, on the search page (/search/?q=…) and in the Ctrl+K dialog; a
 * name several entities share puts each of them among the first three (or among as many as share
 * it). What counts is what the reader sees: the first result links below the search box. The
 * names are read from the content files, with js-yaml, a reader independent of the site's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile } from '../support/browser.ts';
import { openSearchDialog } from '../support/search-dialog.ts';
import { ENTITY_COLLECTIONS } from '../../src/lib/knowledge/kinds.ts';
import { nameKey } from '../../src/lib/search/names.ts';

const site = inject('siteUrl');
const base = new URL(site).pathname.replace(/\/$/, '');
const session = browserForFile();

interface EntityFile {
  name: string;
  aliases?: string[];
  otherNames?: { name: string }[];
}
interface Probe {
  readonly q: string;
  readonly path: string;
  /** How many entities have this name: their pages must all come first. */
  readonly sharedBy: number;
}

const probes: Probe[] = (() => {
  const entities = ENTITY_COLLECTIONS.flatMap((collection) =>
    readdirSync(join('content', collection))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => {
        const data = load(readFileSync(join('content', collection, f), 'utf8')) as EntityFile;
        const names = [data.name, ...(data.aliases ?? []), ...(data.otherNames ?? []).map((o) => o.name)];
        return { path: `${base}/${collection}/${f.replace(/\.yaml$/, '')}/`, names };
      }),
  );
  const owners = new Map<string, Set<string>>();
  for (const e of entities) for (const n of e.names) owners.set(nameKey(n), (owners.get(nameKey(n)) ?? new Set()).add(e.path));
  return entities.flatMap((e) => e.names.map((q) => ({ q, path: e.path, sharedBy: owners.get(nameKey(q))!.size })));
})();

/** How many of the first links must hold the page: 1, or as many as share the name (3 at least). */
const within = (p: Probe) => (p.sharedBy > 1 ? Math.max(3, p.sharedBy) : 1);

/** On the search page: the result links, in order, once the search for `q` (typed in its box and submitted) has answered. */
async function linksOnSearchPage(page: Page, q: string): Promise<string[]> {
  await page.locator('#search-q').fill(q);
  await page.locator('#search-q').press('Enter');
  await page
    .locator('[data-search-status]')
    .filter({ hasText: `for “${q}”` })
    .waitFor();
  return page
    .locator('[data-search-results] > li:not([data-cited]) .search-result-title a')
    .evaluateAll((links) =>
      links.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
}

/** In the dialog: the links below the box, in the order shown (the named entity's, then Pagefind's results), once both have answered `q`. */
async function linksInDialog(page: Page, q: string): Promise<string[]> {
  await page.locator('#starlight__search input.pagefind-ui__search-input').fill(q);
  await page
    .locator('[data-search-named]')
    .and(page.locator(`[data-for="${q.replaceAll('"', '\\"')}"]`))
    .waitFor({ state: 'attached' });
  await page.locator('.pagefind-ui__message').filter({ hasText: q }).waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.pagefind-ui__result')].every((r) => r.querySelector('.pagefind-ui__result-link')),
  );
  return page
    .locator('#starlight__search')
    .locator('.search-named-title a, .pagefind-ui__result-title .pagefind-ui__result-link')
    .evaluateAll((links) =>
      links.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
}

function report(where: string, outcomes: { probe: Probe; links: string[] }[]): string[] {
  const first = outcomes.filter((o) => o.links.slice(0, within(o.probe)).includes(o.probe.path));
  console.log(`${where}: ${first.length} of ${outcomes.length} names put their page first (shared names: among the first ${3}).`);
  return outcomes
    .filter((o) => !first.includes(o))
    .map((o) => `“${o.probe.q}” → ${o.links.slice(0, 3).join(', ') || 'nothing'} (wanted ${o.probe.path})`);
}

describe('every name of every entity, typed unquoted', () => {
  it('covers every entity, with its name, aliases and added names', () => {
    expect(new Set(probes.map((p) => p.path)).size).toBe(113);
    expect(probes.length).toBeGreaterThan(113 + 60);
    // Shared names are declared in the data: the three treaties' title and its British spelling.
    expect(probes.filter((p) => p.sharedBy > 1).map((p) => p.q)).toContain('Good-Neighbourly Friendship and Cooperation Treaty');
  });

  it('puts its page first on the search page', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site}/search/`);
    const outcomes = [];
    for (const probe of probes) outcomes.push({ probe, links: await linksOnSearchPage(page, probe.q) });
    await page.close();
    expect(report('Search page', outcomes)).toEqual([]);
  }, 600_000);

  it('puts its page first in the Ctrl+K dialog', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site}/paper/abstract/`);
    await openSearchDialog(page);
    const outcomes = [];
    for (const probe of probes) outcomes.push({ probe, links: await linksInDialog(page, probe.q) });
    await page.close();
    expect(report('Ctrl+K dialog', outcomes)).toEqual([]);
  }, 600_000);
});
