/**
 * The TEI P5 file, read back by tools that are not ours: Debian's jing validates it against the
 * TEI's own tei_all.rng (4.12.0, copied unchanged into tests/support/tei/), and an XML parser reads
 * its text. It holds every sentence of the source in order, the site's paragraph ids, every journal
 * page start, references that resolve, and the article's metadata as content/paper.yaml gives it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DIST, loadPage, sentencesNotInOrder, sourceSentences } from '../support/built-site.ts';

const TEI = join(DIST, 'edition/china-strategy-toward-central-asia.tei.xml');
const SCHEMA = 'tests/support/tei/tei_all.rng';
const xml = () => cheerio.load(readFileSync(TEI, 'utf8'), { xml: true });

/** jing's verdict: its exit status and its messages (it says nothing when the file is valid). */
function jing(file: string): { status: number | null; errors: string[] } {
  const run = spawnSync('jing', [SCHEMA, file], { encoding: 'utf8' });
  return { status: run.status, errors: run.stdout.split('\n').filter((line) => line.includes(': error:')) };
}

describe('the TEI file', () => {
  it('is valid TEI P5 (tei_all 4.12.0), as jing reads it', () => {
    expect(jing(TEI)).toEqual({ status: 0, errors: [] });
  });

  it('is refused by the same check when it is not valid (a fixture with a misplaced <p>)', () => {
    const verdict = jing('tests/fixtures/tei-invalid/edition.tei.xml');
    expect(verdict.status).toBe(1);
    // jing's first message, as tests/fixtures/tei-invalid/expected.txt gives it (up to the list of what it expected instead).
    const expected = readFileSync('tests/fixtures/tei-invalid/expected.txt', 'utf8').trim();
    expect(verdict.errors[0]?.replace(/^.*\/tests\/fixtures\/tei-invalid\//, '').replace(/; expected .*$/, '')).toBe(expected);
  });

  it('holds every sentence of the source in order, in its front and body, notes and editorial headings left out', () => {
    const $ = xml();
    const text = $('text').clone();
    text.find('back, note, head[type="editorial"]').remove();
    expect(sourceSentences().length).toBeGreaterThan(300);
    expect(sentencesNotInOrder(text.text())).toEqual([]);
  });

  it('gives every paragraph the site’s id, in the site’s order', () => {
    const $ = xml();
    const site = loadPage('/paper/full/')('p.para[id]')
      .toArray()
      .map((p) => p.attribs['id']);
    expect(
      $('text p[xml\\:id]')
        .toArray()
        .map((p) => p.attribs['xml:id']),
    ).toEqual(site);
  });

  it('marks every journal page start in order, printed and inferred apart', () => {
    const $ = xml();
    const pbs = $('text pb')
      .toArray()
      .map((pb) => `${pb.attribs['n']} ${pb.attribs['type']}`);
    expect(pbs).toEqual(Array.from({ length: 16 }, (_, i) => 23 + i).map((n) => `${n} ${n === 23 ? 'first-page' : n <= 26 ? 'printed' : 'inferred'}`));
  });

  it('resolves every @ref, @target and @who within it, and points out of it only at the web edition', () => {
    const $ = xml();
    const ids = new Set(
      $('[xml\\:id]')
        .toArray()
        .map((el) => el.attribs['xml:id']),
    );
    const pointers = $('[ref], [target], [who]')
      .toArray()
      .flatMap((el) => [el.attribs['ref'], el.attribs['target'], el.attribs['who']].filter((v): v is string => !!v))
      .flatMap((v) => v.split(/\s+/));
    expect(pointers.length).toBeGreaterThan(200);
    expect(pointers.filter((p) => p.startsWith('#') && !ids.has(p.slice(1)))).toEqual([]);
    // The only pointer out of the file: the web edition's own address.
    expect(pointers.filter((p) => !p.startsWith('#'))).toEqual(['http://localhost:4321/']);
  });

  it('tags the entities the site links, each with an entry that names it and gives its page', () => {
    const $ = xml();
    const site = loadPage('/paper/full/');
    const linked = site('p.para a.entity-link').length;
    const tagged = $('text p placeName[ref], text p orgName[ref], text p name[ref]').length;
    // One link the site splits around a page start is one name in the TEI.
    expect(tagged).toBeGreaterThanOrEqual(linked - 5);
    expect(tagged).toBeLessThanOrEqual(linked);
    const kazakhstan = $('standOff place[xml\\:id="countries-kazakhstan"]');
    expect(kazakhstan.children('placeName').first().text()).toBe('Kazakhstan');
    expect(kazakhstan.children('idno[type="URI"]').text()).toBe('http://localhost:4321/countries/kazakhstan/');
    expect($('standOff org[xml\\:id="organisations-sco"] orgName').first().text()).toBe('Shanghai Cooperation Organization');
  });

  it('describes the article as content/paper.yaml does, and says what it lacks', () => {
    const $ = xml();
    const paper = load(readFileSync('content/paper.yaml', 'utf8')) as Record<string, unknown> & { journal: { title: string } };
    const bibl = $('sourceDesc biblStruct');
    expect(bibl.find('analytic title[level="a"]').text()).toBe(paper['title']);
    expect(bibl.find('monogr > title[level="j"]').first().text()).toBe(paper.journal.title);
    expect(bibl.find('biblScope[unit="volume"]').text()).toBe(String(paper['volume']));
    expect(bibl.find('biblScope[unit="issue"]').text()).toBe(String(paper['issue']));
    expect(bibl.find('biblScope[unit="page"]').attr('from')).toBe(String(paper['firstPage']));
    expect(bibl.find('imprint date').attr('when')).toBe(String(paper['year']));
    expect(bibl.find('author')).toHaveLength(0);
    expect(bibl.find('note[type="not-available"]').text()).toMatch(/^Author\(s\): not available: not in the source text\. DOI: not available/);
    expect($('availability').text()).toMatch(/states no licence/);
  });

  it('is linked from the home page, the linear view and How to cite, and served as application/tei+xml', () => {
    for (const path of ['/', '/paper/full/', '/about/how-to-cite/']) {
      expect(loadPage(path)('.take-along a[href$=".tei.xml"]').attr('type'), path).toBe('application/tei+xml');
    }
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toContain('/edition/china-strategy-toward-central-asia.tei.xml\n  Content-Type: application/tei+xml');
  });
});
