/**
 * What reference managers and readers without JavaScript get from the built pages: Highwire and
 * Dublin Core tags describing the right thing on every paper page, valid schema.org JSON-LD,
 * the Cite panel's citations in the HTML, static citation files with their media types, and the
 * edition in every footer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import jsonld from 'jsonld';
import { load } from 'js-yaml';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { Ajv } from 'ajv';
import { builtPages, loadPage, sectionPages } from '../support/built-site.ts';

const site = inject('siteUrl');
const JOURNAL = 'Vestnik of Saint Petersburg University. International Relations';
const TITLE = 'China’s strategy toward Central Asia';
const edition = load(readFileSync('content/edition.yaml', 'utf8')) as {
  title: string;
  version: string;
  date: string;
  url: string;
  history: { version: string; date: string; changes: string[] }[];
};
const wholePaperPages = ['/', '/paper/full/'];
/** Pages of the paper with paragraphs: every section page but the references note. */
const paperPages = sectionPages();

type Tags = Map<string, string[]>;

/** The URL and pages of the item Zotero's Embedded Metadata translator makes of a page (see the test that uses it). */
function asZoteroReadsIt(path: string, location: string): { url: string; pages: string | undefined } {
  const $ = loadPage(path);
  const tag = (name: string) => $(`head meta[name="${name}"]`).first().attr('content')?.trim() || undefined;
  const url = tag('citation_public_url') ?? tag('citation_abstract_html_url') ?? tag('citation_fulltext_html_url') ?? $('head link[rel="canonical"]').attr('href') ?? location;
  const [first, last] = [tag('citation_firstpage')?.replace(/[-\u2013]/g, '-'), tag('citation_lastpage')?.replace(/[-\u2013]/g, '-')];
  return { url, pages: first && `${first}${last ? `-${last}` : ''}` };
}
function metaTags(path: string, prefix: string): Tags {
  const $ = loadPage(path);
  const tags: Tags = new Map();
  $('head meta[name]').each((_, el) => {
    const name = $(el).attr('name') ?? '';
    if (name.startsWith(prefix)) tags.set(name, [...(tags.get(name) ?? []), $(el).attr('content') ?? '']);
  });
  return tags;
}
const one = (tags: Tags, name: string) => {
  const values = tags.get(name) ?? [];
  expect(values, name).toHaveLength(1);
  return values[0]!;
};

/** The journal pages a reader sees under the page's title: "journal pp. 30–32, inferred". */
function pagesShown(path: string): [number, number] {
  const text = loadPage(path)('.section-facts').text();
  const m = /journal pp?\. (\d+)(?:–(\d+))?/.exec(text);
  if (!m) throw new Error(`${path}: no journal pages under the title`);
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

describe('Highwire Press tags', () => {
  it.each(wholePaperPages)('%s describes the whole article, pages 23–38', (path) => {
    const tags = metaTags(path, 'citation_');
    expect(one(tags, 'citation_title')).toBe(TITLE);
    expect(one(tags, 'citation_firstpage')).toBe('23');
    expect(one(tags, 'citation_lastpage')).toBe('38');
    expect(one(tags, 'citation_fulltext_html_url')).toBe(new URL('/paper/full/', edition.url).href);
    expect(one(tags, 'citation_public_url')).toBe(new URL('/paper/full/', edition.url).href);
    expect(one(tags, 'citation_abstract_html_url')).toBe(new URL('/paper/abstract/', edition.url).href);
  });

  // As Zotero's Embedded Metadata translator reads the tags (zotero/translators, "Embedded
  // Metadata.js", addHighwireMetadata and addLowQualityMetadata): the item's URL is
  // citation_public_url, else citation_abstract_html_url or citation_fulltext_html_url, else the
  // canonical link, else the page's location; its pages are citation_firstpage, then "-" and
  // citation_lastpage when there is one.
  it.each(paperPages)('%s imports into Zotero with the section’s own address and its journal pages', (path) => {
    const item = asZoteroReadsIt(path, new URL(path, edition.url).href);
    expect(item.url).toBe(new URL(path, edition.url).href);
    const [first, last] = pagesShown(path);
    expect(item.pages).toBe(first === last ? String(first) : `${first}-${last}`);
  });

  const citationPages = builtPages().filter((p) => /^\/cite\/[^/]+\/$/.test(p));
  it.each(citationPages)('citation page %s imports into Zotero as the journal article it cites: its title, its pages, its own address', (path) => {
    const $ = loadPage(path);
    const tags = metaTags(path, 'citation_');
    // The page says what it cites and links it: the paper (the linear view), a section, or a paragraph's anchor.
    const cited = new URL($('.kb-lead a').first().attr('href')!, edition.url).href;
    const item = asZoteroReadsIt(path, new URL(path, edition.url).href);
    expect(item.url).toBe(cited);
    expect(one(tags, 'citation_journal_title')).toBe(JOURNAL);
    expect(one(tags, 'citation_title')).toMatch(new RegExp(`^${TITLE}(: .+)?$`));
    const id = path.split('/')[2]!;
    const linear = loadPage('/paper/full/');
    const pages =
      id === 'paper'
        ? '23-38'
        : linear(`p.para[id="${id}"]`).attr('data-pages') ??
          asZoteroReadsIt(new URL(cited).pathname, cited).pages;
    const [first, last] = pages!.split('-');
    expect(item.pages).toBe(first === last || !last ? first : `${first}-${last}`);
  });

  it('a section on one journal page imports as that page alone (I.1: “24”)', () => {
    const path = sectionPages().find((p) => p.includes('/i-interests/1-'))!;
    expect(pagesShown(path)).toEqual([24, 24]);
    expect(asZoteroReadsIt(path, 'http://elsewhere.example/').pages).toBe('24');
  });

  it.each(paperPages)('%s describes the article in its journal, volume and issue, with the section’s title and pages', (path) => {
    const tags = metaTags(path, 'citation_');
    const $ = loadPage(path);
    const heading = $('h1').first().text().trim();
    expect(one(tags, 'citation_title')).toMatch(new RegExp(`^${TITLE}: .*${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(one(tags, 'citation_journal_title')).toBe(JOURNAL);
    expect(one(tags, 'citation_volume')).toBe('12');
    expect(one(tags, 'citation_issue')).toBe('1');
    expect(one(tags, 'citation_publication_date')).toBe('2019');
    expect(one(tags, 'citation_language')).toBe('en');
    expect(tags.get('citation_keywords')).toEqual(['China', 'Central Asia', 'national interests', 'principles of diplomacy', 'policy tools']);
    const [first, last] = pagesShown(path);
    expect(one(tags, 'citation_firstpage')).toBe(String(first));
    // A section on one journal page gives its first page only: "24", never "24-24".
    expect(tags.get('citation_lastpage') ?? []).toEqual(first === last ? [] : [String(last)]);
    // The section's own address, not the abstract's: a section has no abstract page of its own.
    expect(one(tags, 'citation_public_url')).toBe(new URL(path, edition.url).href);
    expect(one(tags, 'citation_fulltext_html_url')).toBe(new URL(path, edition.url).href);
    expect(tags.has('citation_abstract_html_url')).toBe(false);
    // Not in the source text, so not in the tags.
    for (const absent of ['citation_author', 'citation_doi', 'citation_issn']) expect(tags.has(absent), absent).toBe(false);
  });

  it.each([...wholePaperPages, ...paperPages])('%s has none of the traps: COinS, book-section tags, a canonical link elsewhere', (path) => {
    const $ = loadPage(path);
    expect($('.Z3988, span[title^="ctx_ver"]').length).toBe(0);
    expect($('meta[name="citation_inbook_title"], meta[name="citation_book_title"]').length).toBe(0);
    expect($('link[rel="canonical"]').length).toBe(0);
  });
});

describe('Dublin Core', () => {
  it.each([...wholePaperPages, ...paperPages])('%s agrees with the Highwire tags, typed as text', (path) => {
    const dc = metaTags(path, 'DC.');
    const highwire = metaTags(path, 'citation_');
    expect(one(dc, 'DC.title')).toBe(one(highwire, 'citation_title'));
    expect(one(dc, 'DC.identifier')).toBe(one(highwire, 'citation_public_url'));
    expect(one(dc, 'DC.type')).toBe('Text');
    expect(one(dc, 'DC.date')).toBe('2019');
    expect(one(dc, 'DC.relation.isPartOf')).toBe(JOURNAL);
  });
});

describe('schema.org JSON-LD', () => {
  // Expanded offline: the schema.org context maps every term into https://schema.org/.
  const documentLoader = (url: string) =>
    url.startsWith('https://schema.org')
      ? Promise.resolve({ contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } })
      : Promise.reject(new Error(`no network: ${url}`));
  async function graph(path: string) {
    const scripts = loadPage(path)('script[type="application/ld+json"]');
    expect(scripts.length, `${path}: one JSON-LD block`).toBe(1);
    const data = JSON.parse(scripts.first().text()) as Record<string, unknown>;
    const expanded = (await jsonld.expand(data, { documentLoader: documentLoader })) as Record<string, unknown>[];
    return { data, expanded: expanded[0]! };
  }

  it.each(['/', '/paper/full/'])('%s: the whole paper is a ScholarlyArticle in volume 12, issue 1 of the journal', async (path) => {
    const { data, expanded } = await graph(path);
    expect(expanded['@type']).toEqual(['https://schema.org/ScholarlyArticle']);
    expect(data).toMatchObject({ headline: TITLE, pageStart: '23', pageEnd: '38', datePublished: '2019', isPartOf: { issueNumber: '1', isPartOf: { volumeNumber: '12', isPartOf: { name: JOURNAL } } } });
  });

  it('the linear view, which holds the whole paper, lists every section as a part of the article; the home page names the same article', async () => {
    const full = (await graph('/paper/full/')).data;
    const home = (await graph('/')).data;
    const parts = full['hasPart'] as { url: string }[];
    expect(parts.map((p) => new URL(p.url).pathname).sort()).toEqual([...paperPages].sort());
    expect(home['@id']).toBe(full['@id']);
    expect(home['url']).toBe(full['url']);
  });

  it.each(paperPages)('%s is a part of the ScholarlyArticle, with its pages', async (path) => {
    const { data, expanded } = await graph(path);
    expect(expanded['https://schema.org/isPartOf']).toBeDefined();
    const [first, last] = pagesShown(path);
    expect(data).toMatchObject({ '@type': 'Article', pageStart: String(first), pageEnd: String(last), isPartOf: { '@type': 'ScholarlyArticle', headline: TITLE } });
  });

  it.each([
    ['/countries/kazakhstan/', 'Country'],
    ['/countries/european-union/', 'Place'],
    ['/agreements/good-neighborly-treaty-kazakhstan/', 'Legislation'],
    ['/projects/china-kazakhstan-oil-pipeline/', 'Project'],
    ['/organisations/sco/', 'Organization'],
    ['/organisations/huawei/', 'Corporation'],
  ])('%s describes the entity as a %s, with the article as the work about it', async (path, type) => {
    const { data, expanded } = await graph(path);
    expect(expanded['@type']).toEqual([`https://schema.org/${type}`]);
    expect(data['name']).toBe(loadPage(path)('h1').first().text().trim());
    expect(data['subjectOf']).toEqual({ '@id': new URL('/paper/full/#article', edition.url).href });
  });
});

describe('the Cite panel without JavaScript', () => {
  it.each([...wholePaperPages, ...paperPages])('%s has a Cite disclosure leading to its citation page, which holds both citations in five styles and three formats', (path) => {
    const disclosure = loadPage(path)('details.cite-panel');
    expect(disclosure.length).toBe(1);
    const href = disclosure.find('.cite-elsewhere a').attr('href') ?? '';
    expect(href).toBe(disclosure.attr('data-cite-src'));
    expect(href).toMatch(/^\/cite\/[a-z0-9-]+\/$/);
    const $ = loadPage(href);
    const panel = $('details.cite-panel[open]');
    expect(panel.length).toBe(1);
    // It names what it cites and links back to it (the whole paper's address is the linear view).
    expect($('.kb-lead a').first().attr('href')).toBe(path === '/' ? '/paper/full/' : path);
    for (const work of ['article', 'edition']) {
      const section = panel.find(`[data-work="${work}"]`);
      expect(section.find('.cite-style').length).toBe(5);
      section.find('[data-cite-reference]').each((_, el) => {
        expect($(el).text().trim().length).toBeGreaterThan(40);
      });
      expect(section.find('[data-format] code').length).toBe(3);
    }
    const apa = panel.find('[data-work="article"] [data-style="apa"] [data-cite-reference]').text();
    expect(apa).toContain(JOURNAL);
    if (!wholePaperPages.includes(path)) {
      const [first, last] = pagesShown(path);
      expect(apa).toContain(first === last ? `${first}.` : `${first}–${last}.`);
    }
  });
});

describe('the citation files', () => {
  const $ = loadPage('/about/how-to-cite/');
  const links = $('table.citation-downloads a[download]')
    .map((_, a) => $(a).attr('href'))
    .get();
  const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync('tests/support/csl-data.schema.json', 'utf8')));

  it('are linked for the whole paper and every section, both citations, three formats', () => {
    expect(links.length).toBe((paperPages.length + 1) * 2 * 3);
  });

  it('are served with their media types and read back by independent parsers', async () => {
    for (const href of links) {
      const response = await fetch(`${site}${href}`);
      expect(response.status, href).toBe(200);
      const text = await response.text();
      const type = response.headers.get('content-type') ?? '';
      if (href.endsWith('.bib')) {
        expect(type, href).toMatch(/^application\/x-bibtex/);
        const [entry] = parseBibtex(text).entries;
        expect(entry?.type, href).toBe(href.includes('/article/') ? 'article' : 'misc');
        expect(entry?.fields['title'], href).toMatch(/^China’s strategy toward Central Asia/);
      } else if (href.endsWith('.ris')) {
        expect(type, href).toMatch(/^application\/x-research-info-systems/);
        const [item] = parseRis(text);
        expect(item?.type, href).toBe(href.includes('/article/') ? 'article-journal' : 'webpage');
      } else {
        expect(type, href).toMatch(/^application\/vnd\.citationstyles\.csl\+json/);
        const data: unknown = JSON.parse(text);
        expect(validate(data), `${href}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  });

  it('give a section’s own pages and the journal, volume and issue', async () => {
    const response = await fetch(`${site}/cite/json/article/iii-4.json`);
    const [item] = (await response.json()) as Record<string, unknown>[];
    const [first, last] = pagesShown('/paper/iii-policy-tools/4-energy-cooperation/');
    expect(item).toMatchObject({ type: 'article-journal', 'container-title': JOURNAL, volume: '12', issue: '1', page: `${first}–${last}` });
    const web = (await (await fetch(`${site}/cite/json/edition/iii-4.json`)).json()) as Record<string, unknown>[];
    // The web edition at the frozen address of the version read (editions/<version>/), at the section's anchor there.
    expect(web[0]).toMatchObject({ type: 'webpage', URL: new URL(`/editions/${edition.version}/#iii-4`, edition.url).href, 'container-title': `${edition.title}, version ${edition.version}` });
    expect(web[0]).not.toHaveProperty('accessed');
  });
});

describe('the edition', () => {
  it('is named in the footer of every page, as content/edition.yaml sets it, and links to the list of editions', () => {
    for (const path of builtPages()) {
      const $ = loadPage(path);
      const link = $('.edition-line a').filter((_, a) => $(a).text() === `Edition ${edition.version} of ${edition.date}`);
      expect(link.attr('href'), path).toBe(`/about/editions/#edition-${edition.version.replaceAll('.', '-')}`);
    }
  });

  it('/about/editions/ lists every edition, newest first, each with what changed; the current one is marked', () => {
    const $ = loadPage('/about/editions/');
    const entries = $('[data-edition-entry]')
      .map((_, el) => ({ heading: $(el).find('h2').text(), changes: $(el).children('ul').find('li').map((_, li) => $(li).text()).get() }))
      .get();
    expect(entries.map((e) => e.heading)).toEqual(edition.history.map((e) => `Edition ${e.version} of ${e.date}${e.version === edition.version ? ' (current)' : ''}`));
    expect(entries.map((e) => e.changes)).toEqual(edition.history.map((e) => e.changes));
    const dates = edition.history.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(entries[0]?.heading).toContain('(current)');
  });

  it('the How to cite page shows the fields the source does not give as not available', () => {
    const $ = loadPage('/about/how-to-cite/');
    const missing = $('table.citation-metadata tr')
      .filter((_, tr) => $(tr).find('td[data-missing]').length > 0)
      .map((_, tr) => $(tr).find('th').text())
      .get();
    expect(missing).toEqual(['Author(s)', 'DOI', 'ISSN']);
  });
});
