/**
 * Every edition stays readable at its lasting address, and a citation of the web edition gives it:
 * /editions/ lists every archived version; /editions/<version>/ shows that edition's paragraphs
 * with their ids, its journal page starts printed and inferred, a banner naming it and the current
 * edition, the current text as canonical, out of the search index; its files are served as
 * archived (`sha256sum -c` agrees); every web-edition citation of every target gives the frozen
 * address of the current version, and that address opens a page holding the cited anchor. Read
 * from the built site and its citation files, as a reader, a reference manager and sha256sum would.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { DIST, builtPages, loadPage } from '../support/built-site.ts';
import { editionOnDisk } from '../support/citations-on-disk.ts';
import { archivedVersions, readArchivedEdition } from '../../src/lib/editions/archive.ts';

const edition = editionOnDisk();
const archives = archivedVersions().map((v) => readArchivedEdition(v));
const pages = new Set(builtPages());
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the frozen editions', () => {
  it('include the current version: it is frozen when published', () => {
    expect(archives.map((a) => a.version)).toContain(edition.version);
  });

  it('are listed on /editions/, each at its frozen address, newest first', () => {
    const $ = loadPage('/editions/');
    const rows = $('main .editions-list > [data-edition]').toArray();
    expect(rows.map((r) => $(r).attr('data-edition'))).toEqual(archives.map((a) => a.version).reverse());
    for (const row of rows) {
      const version = $(row).attr('data-edition')!;
      expect($(row).find(`a[href="/editions/${version}/"]`).length, version).toBe(1);
      expect($(row).find('code').text(), version).toBe(`/editions/${version}/`);
      expect(pages.has(`/editions/${version}/`), version).toBe(true);
    }
  });

  it.each(archives.map((a) => [a.version, a] as const))('%s: shows the edition as it was, named in a banner, the current text canonical, out of the index', (version, archive) => {
    const $ = loadPage(`/editions/${version}/`);
    const banner = text($('.frozen-banner').text());
    expect(banner).toContain(`Edition ${version} of ${archive.date}, frozen.`);
    expect($('.frozen-banner a[href="/paper/full/"]').length).toBe(1);
    if (version !== edition.version) expect(banner).toContain(`The current edition is ${edition.version} of ${edition.date}.`);
    expect($('head link[rel="canonical"]').attr('href')).toBe(new URL('/paper/full/', edition.url).href);
    expect($('[data-pagefind-body]').length).toBe(0);
    expect($('head title').text()).toContain(`Edition ${version}, frozen`);
    if (archive.tei === undefined) {
      // Archived before the TEI: the pages it published, each linked and built.
      const listed = $('.frozen-address-list a').map((_, a) => $(a).attr('href')).get();
      expect(listed).toEqual(archive.addresses.pages.map((p) => p.path));
      return;
    }
    const tei = cheerio.load(archive.tei, { xml: true });
    const ids = tei('text body p')
      .toArray()
      .map((p) => p.attribs['xml:id']!)
      .filter(Boolean);
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) expect(text($(`main [id="${id}"]`).text()), id).toContain(`¶ ${id}`);
    for (const pb of tei('text pb').toArray()) {
      const marker = text($(`main #page-${pb.attribs['n']}`).text());
      expect(marker, `page ${pb.attribs['n']}`).toBe(`p. ${pb.attribs['n']}${pb.attribs['type'] === 'inferred' ? ' inferred' : pb.attribs['type'] === 'first-page' ? ' first page' : ''}`);
    }
    // Each section links its place in the current edition: a page that holds the section's first paragraph.
    for (const section of $('main section.frozen-div').toArray()) {
      const first = $(section).find('p.frozen-paragraph[id]').first().attr('id');
      const current = $(section).children('.frozen-current').find('a').attr('href');
      if (!first) continue;
      expect(current, first).toBeDefined();
      expect(loadPage(current!)(`[id="${first}"]`).length, `${current} holds ${first}`).toBe(1);
    }
  });

  it('serve their files as archived: sha256sum -c agrees in each edition’s folder of the built site', () => {
    for (const archive of archives) {
      const folder = join(DIST, 'editions', archive.version);
      const served = readdirSync(folder).filter((f) => f !== 'index.html' && f !== 'changes');
      expect(served.sort(), archive.version).toEqual([...archive.files.map((f) => f.name), 'SHA256SUMS'].sort());
      const verdict = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
      expect(verdict.trim().split('\n'), archive.version).toEqual(archive.files.map((f) => `${f.name}: OK`));
    }
  });

  it('list what changed, computed, beside each edition’s own list on /about/editions/', () => {
    const $ = loadPage('/about/editions/');
    for (const [i, archive] of archives.entries()) {
      const entry = $(`[data-edition-entry="${archive.version}"]`);
      expect(entry.find(`a[href="/editions/${archive.version}/"]`).length, archive.version).toBe(1);
      const computed = entry.find(`[data-computed-changes="${archive.version}"]`);
      if (i === 0) {
        expect(computed.length).toBe(0);
        continue;
      }
      expect(text(computed.text()), archive.version).toContain(`against ${archives[i - 1]!.version}`);
      const full = computed.find('a').attr('href')!;
      expect(pages.has(full), full).toBe(true);
      if (archive.tei && archives[i - 1]!.tei) expect(loadPage(full)('[data-author-text]').attr('data-author-text'), full).toBe('same');
    }
  });
});

describe('a citation of the web edition', () => {
  const frozen = (anchor: string) => new URL(`/editions/${edition.version}/${anchor ? `#${anchor}` : ''}`, edition.url).href;
  const targets = readdirSync(join(DIST, 'cite/json/edition')).map((f) => f.replace(/\.json$/, ''));

  it('gives, for every target, the frozen address of the version read, and it opens a page holding the cited anchor', () => {
    expect(targets.length).toBeGreaterThan(50);
    const frozenPage = loadPage(`/editions/${edition.version}/`);
    for (const id of targets) {
      const [item] = JSON.parse(readFileSync(join(DIST, `cite/json/edition/${id}.json`), 'utf8')) as { URL: string }[];
      const url = new URL(item!.URL);
      expect(url.pathname, id).toBe(`/editions/${edition.version}/`);
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (id === 'paper') expect(anchor).toBe('');
      else expect(frozenPage(`main [id="${anchor}"]`).length, `${id} → #${anchor}`).toBe(1);
    }
  });

  it('gives it in the five styles, BibTeX and RIS of a paragraph’s citation page, with the living address offered beside it', () => {
    const $ = loadPage('/cite/iii-4-05/');
    const web = $('[data-work="edition"]');
    const styles = web.find('[data-cite-reference]').toArray();
    expect(styles.length).toBe(5);
    for (const s of styles) expect(text($(s).text())).toContain(frozen('iii-4-05'));
    const addresses = text(web.find('[data-cite-address]').text());
    expect(addresses).toContain(frozen('iii-4-05'));
    expect(addresses).toContain(new URL('/paper/iii-policy-tools/4-energy-cooperation/#iii-4-05', edition.url).href);
    const bib = parseBibtex(readFileSync(join(DIST, 'cite/bib/edition/iii-4-05.bib'), 'utf8'));
    expect(bib.entries[0]?.fields['url']).toBe(frozen('iii-4-05'));
    const [ris] = parseRis(readFileSync(join(DIST, 'cite/ris/edition/iii-4-05.ris'), 'utf8'));
    expect(ris?.URL).toBe(frozen('iii-4-05'));
    // The article is still cited as the article: its own citation gives no web address.
    const article = JSON.parse(readFileSync(join(DIST, 'cite/json/article/iii-4-05.json'), 'utf8')) as Record<string, unknown>[];
    expect(article[0]).toMatchObject({ type: 'article-journal' });
    expect(article[0]).not.toHaveProperty('URL');
  });
});
