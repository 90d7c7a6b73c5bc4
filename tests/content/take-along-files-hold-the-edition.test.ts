/**
 * The take-along files, read back with readers nobody here wrote: the PDF with poppler
 * (pdfinfo, pdffonts, pdftotext) and qpdf (its outline and catalog), the EPUB with the W3C's
 * epubcheck (Debian's 4.2.6), its package unzipped and its XHTML parsed. Each holds every
 * sentence of the source in order and every journal page start, printed or inferred, in order.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, loadPage, sentencesNotInOrder, sourceSentences } from '../support/built-site.ts';
import { findChromium } from '../../src/lib/edition-files/chromium.ts';

const PDF = join(DIST, 'edition/china-strategy-toward-central-asia.pdf');
const EPUB = join(DIST, 'edition/china-strategy-toward-central-asia.epub');
const edition = readFileSync('content/edition.yaml', 'utf8');
const version = /^version: "([^"]+)"/m.exec(edition)![1]!;
const run = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Journal page starts as the reader sees them in the text: "[p. 34 inferred]". */
const pageStarts = (text: string) => [...text.matchAll(/\[p\. (\d{2})( inferred)?\]/g)].map((m) => `${m[1]}${m[2] ? ' inferred' : ''}`);
const PAGES = Array.from({ length: 16 }, (_, i) => 23 + i);
const PAGE_STARTS = PAGES.map((p) => (p > 26 ? `${p} inferred` : `${p}`));

describe('the PDF', () => {
  let info: string;
  let text: string;
  beforeAll(() => {
    expect(existsSync(PDF), `${PDF} is made by npm run build when a Chromium is installed`).toBe(true);
    info = run('pdfinfo', PDF);
    // In content order (-raw): the order of the tagged structure, which is the HTML's.
    text = run('pdftotext', '-raw', '-enc', 'UTF-8', PDF, '-');
  });

  it('is tagged, titled and described, with the edition’s version', () => {
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+China’s strategy toward Central Asia: an online edition, version ${version.replace('.', '\\.')}$`, 'm'));
    expect(info).toMatch(/^Subject:\s+Vestnik of Saint Petersburg University\. International Relations, 2019, vol\. 12, issue 1, pp\. 23–38\./m);
    expect(info).toMatch(/^Keywords:\s+China, Central Asia, national interests/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)![1])).toBeGreaterThan(15);
  });

  it('has no page that holds nothing but its running head and number (a page break doubled)', () => {
    const pages = text.split('\f').filter((page) => page.trim());
    const bare = pages
      .map((page, i) => ({ page: i + 1, lines: page.split('\n').filter((line) => line.trim()) }))
      .filter(({ lines }) => lines.filter((line) => !line.startsWith('China’s strategy toward Central Asia: an online edition') && !/^\d+$/.test(line)).length === 0);
    expect(bare.map((p) => p.page)).toEqual([]);
  });

  it('declares its language as English in its catalog', () => {
    const root = /\/Root (\d+) 0 R/.exec(run('qpdf', '--show-object=trailer', PDF))![1]!;
    expect(run('qpdf', `--show-object=${root}`, PDF)).toMatch(/\/Lang \(en\)/);
  });

  it('embeds every font it uses', () => {
    const rows = run('pdffonts', PDF).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    // name, type, encoding, then "emb" yes/no
    expect(rows.filter((r) => !/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(r))).toEqual([]);
  });

  it('has an outline of the four parts, each with its points', () => {
    type Item = { title: string; kids: Item[] };
    const outlines = (JSON.parse(run('qpdf', '--json', '--json-key=outlines', PDF)) as { outlines: Item[] }).outlines;
    const all: Item[] = [];
    const walk = (items: Item[]) => items.forEach((i) => (all.push(i), walk(i.kids)));
    walk(outlines);
    const part = (numeral: string) => all.find((i) => i.title.startsWith(`${numeral}. `));
    expect(part('I')?.kids.map((k) => k.title)).toEqual(['I.1 Border security and the “Three Evil Forces”', 'I.2 Economic cooperation', 'I.3 Energy cooperation', 'I.4 Sovereignty and geopolitics']);
    expect(part('II')?.kids).toHaveLength(5);
    expect(part('III')?.kids).toHaveLength(7);
    expect(part('IV')?.kids).toHaveLength(4);
    expect(all.map((i) => i.title)).toEqual(expect.arrayContaining(['Contents', 'Abstract and keywords', 'Introduction', 'References [1]–[7]']));
  });

  it('holds every sentence of the source, in order, once running heads and page numbers are set aside', () => {
    // Each page opens with its running head (the edition's title, then the part) and its page number,
    // each a line of its own. Chromium never hyphenates here (hyphens: manual), so a hyphen that ends
    // a line is the author's: the line goes on without a space.
    const body = text
      .split('\f')
      .map((page) => {
        const lines = page.split('\n');
        if (lines[0]?.startsWith('China’s strategy toward Central Asia: an online edition')) lines.shift();
        if (/^\d+$/.test(lines[0] ?? '')) lines.shift();
        return lines.join('\n');
      })
      .join('\n')
      .replace(/-\n/g, '-')
      // editorial insertions: a paragraph's id, a journal page start
      .replace(/¶ [a-z0-9-]+ /g, '')
      // (set apart by a space either side, which the text does not have before a comma or a stop)
      .replace(/ ?\[p\. \d{2}( inferred)?\] ?(?=[,.;:!?)])/g, '')
      .replace(/ ?\[p\. \d{2}( inferred)?\] ?/g, ' ');
    expect(sourceSentences().length).toBeGreaterThan(300);
    expect(sentencesNotInOrder(body)).toEqual([]);
  });

  it('marks every journal page start, in order, the inferred ones so', () => {
    const body = text.slice(text.indexOf('Abstract and keywords', text.indexOf('References [1]–[7]')));
    expect(pageStarts(body)).toEqual(PAGE_STARTS);
  });

  it('links paragraph ids and entities to the web edition, and places in the text within the file', () => {
    // The PDF is written without object streams, so its link actions stand in the file as written.
    const raw = readFileSync(PDF).toString('latin1');
    const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
    expect(uris).toContain('http://localhost:4321/paper/iii-policy-tools/4-energy-cooperation/#iii-4-05');
    expect(uris).toContain('http://localhost:4321/countries/kazakhstan/');
    expect(uris.filter((u) => !u.startsWith('http://localhost:4321/'))).toEqual([]);
    // Links to a table, a page start or the references note go to a place in the file.
    expect([...raw.matchAll(/\/S \/GoTo|\/Dest\b/g)].length).toBeGreaterThan(20);
  });

  it('gives every paragraph id where its paragraph begins', () => {
    const ids = loadPage('/paper/full/')('p.para[id]')
      .toArray()
      .map((p) => p.attribs['id']);
    // "¶ iii-4-05 " opens a paragraph; notes name paragraphs too ("¶ iii-4-05:"), the title page an example ("(¶ iii-4-05)").
    // The references note at the end lists the paragraphs that cite each marker ("Cited in: ¶ iii-3-05 (p. 31)").
    const paper = text.slice(0, text.lastIndexOf('\nReferences [1]–[7]\n'));
    expect([...paper.matchAll(/¶ ([a-z0-9-]+)(?=\s)/g)].map((m) => m[1])).toEqual(ids);
  });
});

describe('the EPUB', () => {
  let zip: JSZip;
  let opf: cheerio.CheerioAPI;
  let nav: cheerio.CheerioAPI;
  const files = new Map<string, cheerio.CheerioAPI>();
  beforeAll(async () => {
    expect(existsSync(EPUB), `${EPUB} is made by npm run build`).toBe(true);
    zip = await JSZip.loadAsync(readFileSync(EPUB));
    opf = cheerio.load(await zip.file('EPUB/package.opf')!.async('string'), { xml: true });
    nav = cheerio.load(await zip.file('EPUB/nav.xhtml')!.async('string'), { xml: true });
    for (const ref of opf('spine itemref').toArray()) {
      const href = opf(`manifest item[id="${ref.attribs['idref']}"]`).attr('href')!;
      files.set(href, cheerio.load(await zip.file(`EPUB/${href}`)!.async('string'), { xml: true }));
    }
  });

  it('passes epubcheck with no error and no warning', () => {
    let out: string;
    try {
      out = run('java', '-jar', '/usr/share/java/epubcheck.jar', EPUB, '--json', '-');
    } catch (e) {
      // epubcheck exits 1 when it finds an error; its report is still on standard output.
      out = (e as { stdout: string }).stdout;
    }
    // Its verdict in words comes first, then the JSON report.
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { messages: { severity: string; message: string; locations: { path: string; line: number }[] }[] };
    const problems = report.messages.filter((m) => m.severity !== 'INFO' && m.severity !== 'USAGE');
    expect(problems.map((m) => `${m.severity} ${m.message} ${m.locations.map((l) => `${l.path}:${l.line}`).join(' ')}`)).toEqual([]);
  });

  it('passes DAISY Ace (axe-core over every content document, and the package metadata) with no violation', () => {
    const out = mkdtempSync(join(tmpdir(), 'ace-'));
    execFileSync('node_modules/.bin/ace-cli', ['--silent', '--outdir', out, '--force', EPUB], {
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: findChromium() },
    });
    type Assertion = { 'earl:testSubject': { url: string }; assertions?: { 'earl:test': { 'dct:title': string } }[] };
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { 'earl:result': { 'earl:outcome': string }; assertions: Assertion[] };
    const violations = report.assertions.flatMap((a) => (a.assertions ?? []).map((v) => `${a['earl:testSubject'].url}: ${v['earl:test']['dct:title']}`));
    expect(violations).toEqual([]);
    expect(report['earl:result']['earl:outcome']).toBe('pass');
  });

  it('names the printed journal as the source of its page numbers, and no creator', () => {
    const source = opf('dc\\:source').first();
    expect(source.text()).toBe('Vestnik of Saint Petersburg University. International Relations, 2019, vol. 12, issue 1, pp. 23–38');
    expect(opf(`meta[refines="#${source.attr('id')}"][property="source-of"]`).text()).toBe('pagination');
    expect(opf('dc\\:creator')).toHaveLength(0);
    expect(opf('dc\\:language').text()).toBe('en');
    expect(opf('dc\\:identifier').text()).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });

  it('carries accessibility metadata', () => {
    const values = (property: string) =>
      opf(`meta[property="${property}"]`)
        .toArray()
        .map((m) => opf(m).text());
    expect(values('schema:accessMode')).toEqual(['textual']);
    expect(values('schema:accessibilityFeature')).toEqual(expect.arrayContaining(['printPageNumbers', 'tableOfContents', 'structuralNavigation']));
    expect(values('schema:accessibilityHazard')).toEqual(['none']);
    expect(values('schema:accessibilitySummary')[0]).toMatch(/page numbers of the printed journal/);
    expect(values('dcterms:conformsTo')).toEqual(['EPUB Accessibility 1.1 - WCAG 2.1 Level AA']);
  });

  it('has a page-list of the journal’s pages 23–38, each pointing at its page break', () => {
    const entries = nav('nav[epub\\:type="page-list"] a').toArray();
    expect(entries.map((a) => nav(a).text())).toEqual(PAGES.map(String));
    for (const a of entries) {
      const [file, id] = a.attribs['href']!.split('#');
      const target = files.get(file!)?.(`[id="${id}"]`);
      expect(target?.attr('epub:type'), a.attribs['href']).toBe('pagebreak');
      expect(target?.attr('role')).toBe('doc-pagebreak');
      const page = Number(nav(a).text());
      expect(target?.attr('aria-label')).toBe(page > 26 ? `${page} (inferred)` : `${page}`);
    }
  });

  it('has a table of contents of the parts and their points', () => {
    const toc = nav('nav[epub\\:type="toc"] > ol > li');
    const partIV = toc.toArray().find((li) => nav(li).children('a').text().startsWith('IV. '));
    expect(nav(partIV).find('ol a').toArray().map((a) => nav(a).text())).toEqual([
      'IV.1 Deeper security cooperation',
      'IV.2 A better investment structure',
      'IV.3 Soft power and people-to-people exchange',
      'IV.4 Constructive cooperation with other major powers',
    ]);
  });

  it('holds every sentence of the source in reading order, and every page start in order', () => {
    let text = '';
    let marks = '';
    for (const $ of files.values()) {
      const body = $('body').clone();
      marks += ` ${body.find('[epub\\:type="pagebreak"]').toArray().map((el) => $(el).text()).join(' ')}`;
      body.find('[data-editorial], .page-marker, .editorial-tag').remove();
      text += ` ${body.text()}`;
    }
    expect(sentencesNotInOrder(text)).toEqual([]);
    expect(pageStarts(marks)).toEqual(PAGE_STARTS);
  });

  it('keeps Tables 1–3 as tables with their captions', () => {
    const captions = [...files.values()].flatMap(($) => $('table caption').toArray().map((c) => $(c).text()));
    for (const label of ['Table 1.', 'Table 2.', 'Table 3.', 'Figure 1']) expect(captions.some((c) => c.includes(label)), label).toBe(true);
  });
});

describe('where the take-along files are', () => {
  it('are linked with their sizes from the home page, the linear view, How to cite and the citation pages', () => {
    for (const path of ['/', '/paper/full/', '/about/how-to-cite/', '/cite/paper/', '/cite/iii-4-05/']) {
      const $ = loadPage(path);
      const links = $('.take-along a')
        .toArray()
        .map((a) => [$(a).text(), a.attribs['href']]);
      expect(links, path).toEqual([
        ['PDF', '/edition/china-strategy-toward-central-asia.pdf'],
        ['EPUB', '/edition/china-strategy-toward-central-asia.epub'],
        ['TEI P5 XML', '/edition/china-strategy-toward-central-asia.tei.xml'],
      ]);
      expect($('.take-along').text(), path).toMatch(/PDF \(\d+ KB\) · EPUB \(\d+ KB\) · TEI P5 XML \(\d+ KB\)/);
    }
  });

  it('are served with their media types (dist/_headers)', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toContain('/edition/china-strategy-toward-central-asia.pdf\n  Content-Type: application/pdf');
    expect(headers).toContain('/edition/china-strategy-toward-central-asia.epub\n  Content-Type: application/epub+zip');
  });
});
