/**
 * The names this edition adds for searching (`otherNames`), as a reader and an editor find them
 * in the built site: on each entity's page, "Also known as", marked editorial and indexed for
 * search; every one of them on /about/names/ by entity and kind, with its source where the kind
 * needs one; none of them another entity's name unless the data says the two share it; and the
 * names list the search loads holding every name of every entity. The names are read from the
 * content files with js-yaml, a reader independent of the site's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DIST, loadPage } from '../support/built-site.ts';
import { ENTITY_COLLECTIONS } from '../../src/lib/knowledge/kinds.ts';
import { nameKey, type NamesIndex } from '../../src/lib/search/names.ts';

interface OtherName {
  name: string;
  kind: string;
  source?: string;
  sharedWith?: string[];
}
const entities = ENTITY_COLLECTIONS.flatMap((collection) =>
  readdirSync(join('content', collection))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = load(readFileSync(join('content', collection, f), 'utf8')) as { name: string; aliases?: string[]; otherNames?: OtherName[] };
      return { id: f.replace(/\.yaml$/, ''), path: `/${collection}/${f.replace(/\.yaml$/, '')}/`, ...data, aliases: data.aliases ?? [], otherNames: data.otherNames ?? [] };
    }),
);
const added = entities.flatMap((e) => e.otherNames.map((o) => ({ entity: e, ...o })));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the added names in the data', () => {
  it('are many, of every kind', () => {
    expect(added.length).toBeGreaterThanOrEqual(60);
    expect(new Set(added.map((a) => a.kind))).toEqual(new Set(['spelling', 'abbreviation', 'full-form', 'older-or-other-language', 'variant']));
  });

  it('are no other entity’s printed name, alias or added name, unless both say they share it', () => {
    const undeclared = added.flatMap((a) =>
      entities
        .filter((e) => e !== a.entity && [e.name, ...e.aliases, ...e.otherNames.map((o) => o.name)].some((n) => nameKey(n) === nameKey(a.name)))
        .filter((e) => !(a.sharedWith ?? []).includes(e.id) || !e.otherNames.some((o) => nameKey(o.name) === nameKey(a.name) && (o.sharedWith ?? []).includes(a.entity.id)))
        .map((e) => `${a.entity.id}: “${a.name}” is also ${e.id}’s`),
    );
    expect(undeclared).toEqual([]);
    expect(added.filter((a) => (a.sharedWith ?? []).length > 0).length).toBeGreaterThan(0);
  });

  it('name a source for every full form and older or other-language form', () => {
    expect(added.filter((a) => ['full-form', 'older-or-other-language'].includes(a.kind) && !a.source).map((a) => a.name)).toEqual([]);
  });
});

describe('the added names on the site', () => {
  it('stand on each entity’s page as “Also known as”, marked editorial and indexed for search', () => {
    const missing: string[] = [];
    for (const e of entities.filter((e) => e.otherNames.length > 0)) {
      const $ = loadPage(e.path);
      const line = $('.entity-other-names');
      const text = squash(line.text());
      if (!line.is('[data-editorial]') || !text.startsWith('editorial Also known as:')) missing.push(`${e.path}: no editorial “Also known as” line`);
      // Inside the page's indexed body, weighted above the page's text.
      if (line.closest('[data-pagefind-body]').length === 0 || line.attr('data-pagefind-weight') === undefined) missing.push(`${e.path}: not indexed`);
      for (const o of e.otherNames) if (!text.includes(o.name)) missing.push(`${e.path}: “${o.name}” not shown`);
    }
    expect(missing).toEqual([]);
  });

  it('are listed on /about/names/ by entity and kind, with their sources, and that page is kept out of search', () => {
    const $ = loadPage('/about/names/');
    const rows = $('table.names-table tbody tr')
      .toArray()
      .map((tr) => ({
        entity: new URL($(tr).find('td').eq(0).find('a').attr('href') ?? '', 'http://site').pathname,
        name: squash($(tr).find('td').eq(1).text()),
        kind: squash($(tr).find('td').eq(2).text()),
        notes: squash($(tr).find('td').eq(4).text()),
      }));
    expect(rows.map((r) => `${r.entity} ${r.name}`).sort()).toEqual(added.map((a) => `${a.entity.path} ${a.name}`).sort());
    for (const a of added.filter((a) => a.source)) expect(rows.find((r) => r.name === a.name && r.entity === a.entity.path)?.notes).toContain(`Source: ${a.source}`);
    expect($('[data-pagefind-body]').length).toBe(0);
    expect(squash($('.kb-lead').first().text())).toMatch(/^Editorial page\./);
  });

  it('are in the names list the search loads, with every printed name and alias', () => {
    const index = JSON.parse(readFileSync(join(DIST, 'search/names.json'), 'utf8')) as NamesIndex;
    const listed = new Set(index.entities.flatMap((e) => e.names.map((n) => `${new URL(e.href, 'http://site').pathname} ${n.text}`)));
    const expected = entities.flatMap((e) => [e.name, ...e.aliases, ...e.otherNames.map((o) => o.name)].map((n) => `${e.path} ${n}`));
    expect(expected.filter((n) => !listed.has(n))).toEqual([]);
    expect(listed.size).toBe(expected.length);
  });
});
