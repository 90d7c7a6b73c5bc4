/**
 * The knowledge base as a reader finds it in the built site: a page for every state, agreement,
 * project and organisation the paper names; facts whose quoted words stand in the paragraph they
 * link to, on the page the link says; mentions linked in the text and listed on entity pages,
 * both ways.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { ENTITY_PAGE, builtPages, loadPage } from '../support/built-site.ts';
import { ENTITY_KIND_LIST, kindPath } from '../../src/lib/knowledge/kinds.ts';
import { NOT_AUTHOR_TEXT } from '../../src/lib/paper/edition-marks.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of a paragraph (or a table's cells) on its built page, editorial insertions removed. */
function blockText(href: string): { text: string; pageLabel: string | undefined } {
  const url = new URL(href, 'http://site');
  const $ = loadPage(url.pathname);
  const block = $(`[id="${url.hash.slice(1)}"]`);
  block.find(NOT_AUTHOR_TEXT).remove();
  return { text: squash(block.text()), pageLabel: block.attr('data-page-label') };
}

const h1 = (path: string) => squash(loadPage(path)('h1').first().text());

describe('every entity the paper names has its page', () => {
  // Named in the issue and checked against the source text by hand.
  const countries = {
    kazakhstan: 'Kazakhstan',
    kyrgyzstan: 'Kyrgyzstan',
    tajikistan: 'Tajikistan',
    uzbekistan: 'Uzbekistan',
    turkmenistan: 'Turkmenistan',
    china: 'China',
    russia: 'Russia',
    'soviet-union': 'Soviet Union',
    'united-states': 'United States',
    'european-union': 'European Union',
    japan: 'Japan',
    'south-korea': 'South Korea',
    india: 'India',
    turkey: 'Turkey',
    afghanistan: 'Afghanistan',
    'saudi-arabia': 'Saudi Arabia',
    oman: 'Oman',
    iraq: 'Iraq',
    iran: 'Iran',
    'united-arab-emirates': 'United Arab Emirates',
    kuwait: 'Kuwait',
    qatar: 'Qatar',
    indonesia: 'Indonesia',
    malaysia: 'Malaysia',
    myanmar: 'Myanmar',
    yemen: 'Yemen',
    australia: 'Australia',
    'equatorial-guinea': 'Equatorial Guinea',
  };
  it.each(Object.entries(countries))('/countries/%s/ is titled %s', (id, name) => {
    expect(h1(`/countries/${id}/`)).toBe(name);
  });

  it('lists 21 agreements, from the 1995 nuclear assurance to the 2017 memorandum with Kyrgyzstan', () => {
    const $ = loadPage('/agreements/');
    const rows = $('tbody tr').toArray();
    expect(rows).toHaveLength(21);
    expect(squash($(rows[0]).find('td').first().text())).toBe('February 1995');
    expect(squash($(rows[0]).text())).toContain('nuclear weapons');
    const dated = rows.filter((tr) => $(tr).attr('data-year') !== '');
    const last = $(dated.at(-1));
    expect(squash(last.find('td').first().text())).toBe('2017');
    expect(squash(last.text())).toContain('Memorandum of Understanding of Jointly Promotion of Industrial Capacity and Key Investment Cooperation Projects');
    expect(squash(last.text())).toContain('Ministry of Economic Affairs of Kyrgyzstan');
    for (const row of rows) expect(builtPages()).toContain(new URL($(row).find('td:nth-child(2) a').attr('href')!, 'http://site').pathname);
  });

  const agreementTitles = [
    'Agreement on Strengthening Military Trust in Border Areas',
    'Agreement on Mutual Reduction of Armed Forces in Border Areas',
    'Border Supplementary Agreement',
    'Treaty of Friendship and Cooperation Partners',
    'Shanghai Convention on Fighting against Terrorism, Separatism and Extremism',
    'Memorandum of Understanding on Commodity Trade Cooperation',
    'Sino-Kazakh Economic Cooperation and Long-term Development Plan (2020)',
  ];
  it.each(agreementTitles)('the agreement “%s” has a page with its title as printed', (title) => {
    const $ = loadPage('/agreements/');
    const link = $('tbody tr td:nth-child(2) a').filter((_, a) => squash($(a).text()) === title);
    expect(link).toHaveLength(1);
    expect(h1(link.attr('href')!)).toBe(title);
  });

  it('has three pages for the three treaties printed with the same title, told apart by party and date', () => {
    const $ = loadPage('/agreements/');
    const rows = $('tbody tr').filter((_, tr) => squash($(tr).find('td:nth-child(2)').text()) === 'Good-Neighborly Friendship and Cooperation Treaty');
    expect(rows.toArray().map((tr) => `${squash($(tr).find('td').first().text())} ${squash($(tr).find('td:nth-child(4)').text())}`)).toEqual([
      'June 2002 China, Kyrgyzstan',
      'December 2002 China, Kazakhstan',
      'January 2007 China, Tajikistan',
    ]);
  });

  const projects = {
    'china-kazakhstan-oil-pipeline': 'China-Kazakhstan oil pipeline',
    'central-asia-china-gas-pipeline': 'China- Central Asia gas pipeline',
    'central-asia-gas-pipeline-line-a': 'Line A',
    'central-asia-gas-pipeline-line-b': 'Line B',
    'central-asia-gas-pipeline-line-c': 'Line C',
    'central-asia-gas-pipeline-line-d': 'medium-to-earth natural gas pipeline D line',
    'kazakhstan-aromatics-complex': 'Kazakhstan aromatics complex project (2013)',
    'tajikistan-dange-refinery': 'Tajikistan Dange Refinery (2015)',
    'atyrau-refinery-deep-processing': 'Oil deep processing combined device of Atyrau Refinery (2014)',
    'horgos-dongdamen-special-economic-zone': '“Horgos-Dongdamen” special economic zone',
    'pengsheng-industrial-park': 'Pengsheng Industrial Park',
    'camchik-tunnel': 'Camchik Tunnel of the Anglian-Pap Railway',
    'wahdat-yawan-tunnel': 'Wahdat-Yawan Bridge and Tunnel Project No. 1 Tunnel',
    'datka-keming-power-line': '“Datka-Keming” 500 by North-South Power Grid',
    'south-yolotan-gas-fields': 'natural gas field development projects in South Yolotan areas',
  };
  it.each(Object.entries(projects))('/projects/%s/ is titled %s', (id, name) => {
    expect(h1(`/projects/${id}/`)).toBe(name);
  });

  const organisations = {
    sco: 'Shanghai Cooperation Organization',
    'sco-regional-anti-terrorist-structure': 'Regional Anti-Terrorist Structure',
    sinopec: 'Sinopec',
    'china-national-petroleum-group': 'China National Petroleum Group',
    'state-grid-corporation-of-china': 'State Grid Corporation of China',
    huawei: 'Huawei',
    'zte-corporation': 'ZTE Corporation',
  };
  it.each(Object.entries(organisations))('/organisations/%s/ is titled %s', (id, name) => {
    expect(h1(`/organisations/${id}/`)).toBe(name);
  });

  it('links each company to its projects', () => {
    const $ = loadPage('/organisations/sinopec/');
    const projectsListed = $('#projects + ul a').toArray().map((a) => squash($(a).text()));
    expect(projectsListed).toEqual(
      expect.arrayContaining(['Kazakhstan aromatics complex project (2013)', 'Oil deep processing combined device of Atyrau Refinery (2014)']),
    );
  });
});

const entityPages = builtPages().filter((p) => ENTITY_PAGE.test(p));

describe('every kind of entity in the registry (src/lib/knowledge/kinds.ts) is on the site', () => {
  const home = loadPage('/paper/introduction/');
  const sidebarLinks = home('nav[aria-label="Main"] a, #starlight__sidebar a')
    .toArray()
    .map((a) => [squash(home(a).text()), home(a).attr('href')]);
  it.each(ENTITY_KIND_LIST)('$plural: an index page, a sidebar link to it, and a page for every file of content/$collection/', (kind) => {
    expect(h1(kindPath(kind.collection))).toBe(kind.plural);
    expect(sidebarLinks).toContainEqual([kind.plural, kindPath(kind.collection)]);
    const files = readdirSync(`content/${kind.collection}`).filter((f) => f.endsWith('.yaml'));
    const pages = entityPages.filter((p) => p.startsWith(kindPath(kind.collection)));
    expect(pages).toEqual(files.map((f) => `${kindPath(kind.collection)}${f.replace(/\.yaml$/, '')}/`).sort());
    const $ = loadPage(pages[0]!);
    expect(squash($('.entity-kicker a').first().text())).toBe(kind.plural);
  });
});

describe('provenance', () => {
  it('covers every entity page', () => {
    expect(entityPages.length).toBeGreaterThan(100);
  });

  it.each(entityPages)('on %s every quoted fact stands in the paragraph it links to, on the page it names', (path) => {
    const $ = loadPage(path);
    const checked: string[] = [];
    for (const link of $('main a.provenance').toArray()) {
      const href = $(link).attr('href')!;
      const { text, pageLabel } = blockText(href);
      expect(text, `${href} exists`).not.toBe('');
      if (pageLabel) expect(squash($(link).text())).toContain(pageLabel);
      const holder = $(link).closest('li, dd, tr');
      const quote = holder.find('> blockquote, q').first();
      if (quote.length > 0 && !holder.is('.editorial-notes li')) {
        expect(text, `${path}: “${squash(quote.text())}” in ${href}`).toContain(squash(quote.text()));
        checked.push(href);
      }
    }
    expect(checked.length, `${path} quotes the paper at least once`).toBeGreaterThan(0);
  });
});

describe('figures match the paper', () => {
  /** The row of a figure table with this measure and date, as the reader sees it. */
  const figure = (path: string, measure: string, when: string) => {
    const $ = loadPage(path);
    const row = $('table.figure-table tbody tr').filter((_, tr) => squash($(tr).find('th').text()) === measure && squash($(tr).find('td').first().text()) === when);
    expect(row, `${path}: ${measure}, ${when}`).toHaveLength(1);
    return { value: squash(row.find('.figure-value').text()), statistics: squash(row.find('td').eq(2).text()) };
  };

  // Values read off the source text (iii-3-01 … iii-3-05), not from the data files.
  it('keeps both statistics for China’s investment in Kazakhstan (3.51 local, 5.432 Chinese)', () => {
    const $ = loadPage('/countries/kazakhstan/');
    const rows = $('table.figure-table tbody tr').filter((_, tr) => squash($(tr).find('th').text()) === 'China’s direct investment stock');
    expect(rows.toArray().map((tr) => `${squash($(tr).find('.figure-value').text())} / ${squash($(tr).find('td').eq(2).text())}`)).toEqual([
      '3.51 billion US dollars / Local statistics',
      '5.432 billion US dollars / Chinese statistics',
    ]);
  });

  it.each([
    ['/countries/kazakhstan/', '2012', '13.1 billion US dollars', '2016', '28.5 billion US dollars'],
    ['/countries/uzbekistan/', '2012', '2.875 billion US dollars', '2016', '4.551 billion US dollars'],
    ['/countries/tajikistan/', '2012', '1.556 billion US dollars', '2016', '2.517 billion US dollars'],
    ['/countries/kyrgyzstan/', '2012', '4.342 billion US dollars', '2016', '5.376 billion US dollars'],
  ])('%s: bilateral trade %s %s and %s %s', (path, y1, v1, y2, v2) => {
    expect(figure(path, 'bilateral trade with China', y1).value).toBe(v1);
    expect(figure(path, 'bilateral trade with China', y2).value).toBe(v2);
  });

  it('shows Turkmenistan’s trade as printed (“5,902 to 10,469 billion”) with a note on how it is read', () => {
    const $ = loadPage('/countries/turkmenistan/');
    const row = $('table.figure-table tbody tr').filter((_, tr) => squash($(tr).find('td').first().text()) === '2012' && squash($(tr).find('th').text()) === 'bilateral trade with China');
    expect(squash(row.find('q').text())).toContain('from 5,902 to 10,469 billion U. S. dollars');
    expect(squash(row.find('.data-note').text())).toContain('decimal comma');
  });

  it('counts registered enterprises as the paper does: 2637 in Kazakhstan, 704 in Uzbekistan, 265 in Kyrgyzstan', () => {
    expect(figure('/countries/kazakhstan/', 'Chinese enterprises registered', 'not stated').value).toBe('2,637 enterprises');
    expect(figure('/countries/uzbekistan/', 'Chinese enterprises registered', 'not stated').value).toBe('704 enterprises');
    expect(figure('/countries/kyrgyzstan/', 'companies registered', 'not stated').value).toBe('265 companies');
  });

  it('notes that Uzbekistan’s “7 sub-committees” are followed by eight names', () => {
    const note = squash(loadPage('/countries/uzbekistan/')('[data-consistency-note]').text());
    expect(note).toContain('prints 7 sub-committees but names 8');
  });
});

describe('mentions, both ways', () => {
  const paperPages = builtPages().filter((p) => p.startsWith('/paper/') && p !== '/paper/full/');

  /** entity path → paragraph ids whose text links to it, from the paper pages. */
  const linked = new Map<string, Set<string>>();
  for (const path of paperPages) {
    const $ = loadPage(path);
    for (const a of $('p.para a.entity-link').toArray()) {
      const target = $(a).attr('href')!;
      const paragraph = $(a).closest('p.para').attr('id')!;
      linked.set(target, (linked.get(target) ?? new Set()).add(paragraph));
    }
  }

  it('links mentions in the paper’s paragraphs', () => {
    expect(linked.get('/countries/kazakhstan/')?.has('iii-3-01')).toBe(true);
    expect(linked.get('/projects/china-kazakhstan-oil-pipeline/')?.has('iii-4-05')).toBe(true);
    expect(linked.get('/organisations/sco/')?.has('iii-6-01')).toBe(true);
    expect(linked.size).toBeGreaterThan(60);
  });

  it('links only the first mention of an entity in a paragraph (a page break inside a name splits its link)', () => {
    for (const path of paperPages) {
      const $ = loadPage(path);
      for (const p of $('p.para').toArray()) {
        const links = $(p).find('a.entity-link').toArray();
        const targets = links.map((a) => $(a).attr('href'));
        links.forEach((a, i) => {
          const earlier = targets.indexOf(targets[i]);
          if (earlier === i) return;
          // the only repeat allowed: the two halves of one name around a page marker
          expect($(links[earlier]).next().is('.page-marker') && $(a).prev().is('.page-marker'), `${path}#${$(p).attr('id')} ${targets[i]}`).toBe(true);
        });
      }
    }
  });

  it('lists on each entity page every paragraph that links to it', () => {
    for (const [target, paragraphs] of linked) {
      const $ = loadPage(target);
      const listed = new Set($('ol.mentions > li').toArray().map((li) => $(li).attr('data-mention')));
      for (const id of paragraphs) expect(listed.has(id), `${target} lists ${id}`).toBe(true);
    }
  });

  it('links every paragraph an entity page lists as naming it directly, and the excerpt is the author’s words', () => {
    for (const path of entityPages) {
      const $ = loadPage(path);
      for (const li of $('ol.mentions > li').toArray()) {
        const id = $(li).attr('data-mention')!;
        const href = $(li).find('.mention-where a').attr('href')!;
        expect(new URL(href, 'http://site').hash).toBe(`#${id}`);
        if (id.startsWith('table-') || id.startsWith('figure-')) continue;
        const direct = !squash($(li).find('.mention-meta').text()).includes('within a name');
        if (direct) expect(linked.get(path)?.has(id), `${path} linked from ${id}`).toBe(true);
        const excerpt = squash($(li).find('blockquote').text()).replace(/^… /, '').replace(/ …$/, '');
        expect(blockText(href).text).toContain(excerpt);
      }
    }
  });
});
