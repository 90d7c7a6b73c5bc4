/**
 * An archived edition read back from its TEI is the text it published: every paragraph with its
 * id, every journal page start with how it is known, the editorial notes apart from the author's
 * words. The author's words are the same in every archived edition (one fingerprint) and hold the
 * source's sentences in order. Comparing two editions finds what an editor changed: a word, a page
 * start moved, a note reworded, a paragraph removed, and shows a changed paragraph's two versions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { archivedVersions, readArchivedEdition } from '../../../src/lib/editions/archive.ts';
import { readFrozenEdition } from '../../../src/lib/editions/frozen-edition.ts';
import { compareEditions, markedWords } from '../../../src/lib/editions/compare.ts';
import { sentencesNotInOrder } from '../../support/built-site.ts';

const withText = archivedVersions()
  .map((v) => readArchivedEdition(v))
  .filter((a) => a.tei !== undefined);

/** What the TEI itself says, read independently of the reader under test: paragraph ids and page starts. */
function teiFacts(tei: string) {
  const $ = cheerio.load(tei, { xml: true });
  return {
    paragraphs: $('text body p')
      .toArray()
      .map((p) => p.attribs['xml:id'])
      .filter(Boolean),
    pageStarts: $('text pb')
      .toArray()
      .map((pb) => ({ page: Number(pb.attribs['n']), type: pb.attribs['type'] })),
    editorialNotes: $('text note[resp="#edition"]')
      .toArray()
      .map((n) => $(n).text().replace(/\s+/g, ' ').trim()),
  };
}

describe('an archived edition read back from its TEI', () => {
  it('is archived with its text from edition 1.3 on', () => {
    expect(withText.map((a) => a.version)).toEqual(expect.arrayContaining(['1.3', '1.4', '1.5', '1.6']));
  });

  it.each(withText.map((a) => [a.version, a] as const))('%s: every paragraph with its id, every page start, its version and date', (version, archive) => {
    const frozen = readFrozenEdition(archive.tei!);
    const facts = teiFacts(archive.tei!);
    expect(frozen.version).toBe(version);
    expect(frozen.date).toBe(archive.addresses.date);
    expect(frozen.paragraphs.map((p) => p.id)).toEqual(facts.paragraphs);
    expect(frozen.pageStarts.map((s) => ({ page: s.page, type: s.type }))).toEqual(facts.pageStarts);
    // The page renders each of them: the paragraph ids and page markers are anchors of the frozen page.
    const $ = cheerio.load(frozen.html);
    for (const id of facts.paragraphs) expect($(`[id="${id}"]`).length, id).toBe(1);
    for (const { page, type } of facts.pageStarts) {
      const marker = $(`#page-${page}`);
      expect(marker.text(), `page ${page}`).toMatch(new RegExp(`^p\\. ${page}`));
      expect(marker.text().includes('inferred'), `page ${page}`).toBe(type === 'inferred');
    }
    // Every editorial note is shown, marked editorial.
    const shown = $('[data-editorial]')
      .toArray()
      .map((el) => $(el).text().replace(/\s+/g, ' '))
      .join(' ');
    for (const note of facts.editorialNotes) expect(shown, note).toContain(note);
  });

  it('keeps the author’s words apart from the editorial ones, in the source’s order', () => {
    for (const archive of withText) {
      const frozen = readFrozenEdition(archive.tei!);
      expect(sentencesNotInOrder(frozen.authorText), archive.version).toEqual([]);
      for (const note of teiFacts(archive.tei!).editorialNotes.filter((n) => n.length > 20)) expect(frozen.authorText, archive.version).not.toContain(note);
    }
  });

  it('has one fingerprint of the author’s words in every edition', () => {
    const fingerprints = new Set(withText.map((a) => readFrozenEdition(a.tei!).fingerprint));
    expect(fingerprints.size).toBe(1);
  });
});

describe('comparing two editions', () => {
  const latest = withText.at(-1)!;
  const tei = latest.tei!;
  const before = readFrozenEdition(tei);
  const edit = (text: string, from: string, to: string) => {
    expect(text, from).toContain(from);
    return text.replace(from, to);
  };
  // An editor's changes: a word of the author's, a page start moved two words on, a note reworded, a paragraph's id removed.
  let changed = edit(tei, 'pipeline transportation cooperation has made breakthrough progress', 'pipeline transportation cooperation has made a breakthrough progress');
  changed = edit(changed, '<pb n="27" type="inferred"/>', '');
  const afterPb = /(<p xml:id="ii-2-02">(?:(?!<\/p>)[\s\S])*?)(\bthe\b)/.exec(changed)!;
  changed = changed.replace(afterPb[0], `${afterPb[1]}<pb n="27" type="inferred"/>${afterPb[2]}`);
  changed = edit(changed, 'Printed as “Secondly”.', 'Printed as “Secondly,”.');
  const after = readFrozenEdition(changed);
  const changes = compareEditions({ addresses: latest.addresses, text: before }, { addresses: latest.addresses, text: after });

  it('finds the changed word: the fingerprints differ, and the paragraph’s two versions mark it', () => {
    expect(changes.text!.authorTextSame).toBe(false);
    const paragraph = changes.text!.paragraphs.find((p) => p.after?.text.includes('has made a breakthrough'))!;
    expect(paragraph).toBeDefined();
    const { before: was, after: is } = markedWords(paragraph.before!.text, paragraph.after!.text);
    expect(is).toContain('made <ins>a </ins>breakthrough');
    expect(was).not.toContain('<ins>');
    expect(was).toContain('made breakthrough');
  });

  it('finds the page start that moved, where it stood and where it stands', () => {
    const moved = changes.text!.pageStarts;
    expect(moved.map((m) => m.page)).toEqual([27]);
    expect(moved[0]!.before!.at).toBe(moved[0]!.after!.at);
    expect(moved[0]!.after!.offset).not.toBe(moved[0]!.before!.offset);
    // The paragraph the page start moved in reads differently too (same words, the marker elsewhere).
    const paragraph = changes.text!.paragraphs.find((p) => p.id === 'ii-2-02');
    expect(paragraph?.before?.text).toBe(paragraph?.after?.text);
  });

  it('finds the reworded note, with both versions', () => {
    expect(changes.text!.notes).toEqual([{ at: 'i-2', before: 'Printed as “Secondly”.', after: 'Printed as “Secondly,”.' }]);
    expect(changes.text!.headings).toEqual([]);
  });

  it('finds an id removed from a page and one moved to another, from the address lists', () => {
    const pages = latest.addresses.pages;
    const from = pages.find((p) => p.ids.includes('iii-4-05'))!;
    const other = pages.find((p) => p.path === '/paper/iii-policy-tools/5-development-assistance/')!;
    const moved = {
      ...latest.addresses,
      // iii-4-05 leaves its section's page for another (it stays in the linear view); iii-4-04 leaves every page.
      pages: pages.map((p) => {
        const ids = p.ids.filter((id) => id !== 'iii-4-04' && !(p === from && id === 'iii-4-05'));
        return { ...p, ids: p === other ? [...ids, 'iii-4-05'] : ids };
      }),
    };
    const c = compareEditions({ addresses: latest.addresses }, { addresses: moved });
    expect(c.ids.moved).toEqual([{ id: 'iii-4-05', from: [from.path], to: [other.path] }]);
    expect(c.ids.removed).toEqual(['iii-4-04']);
    expect(c.text).toBeUndefined();
  });

  it('finds nothing between an edition and itself', () => {
    const same = compareEditions({ addresses: latest.addresses, text: before }, { addresses: latest.addresses, text: readFrozenEdition(readFileSync(`editions/${latest.version}/china-strategy-toward-central-asia.tei.xml`, 'utf8')) });
    expect(same.text).toMatchObject({ authorTextSame: true, pageStarts: [], notes: [], headings: [], paragraphs: [] });
    expect(same.ids).toEqual({ added: [], removed: [], moved: [] });
  });
});
