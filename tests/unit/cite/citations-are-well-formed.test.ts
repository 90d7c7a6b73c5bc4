/**
 * Every citation format is made from one CSL-JSON item and reads back, through parsers that are
 * not ours, as the same work: title, journal, volume, issue, pages and address. The formatted
 * references are compared with outputs checked by hand against each style's published pattern.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { Ajv } from 'ajv';
import { cslItem, inTextLocator, paperTarget, type CitationTarget } from '../../../src/lib/cite/csl-item.ts';
import { formatCitation, formatData, type CitationStyleId } from '../../../src/lib/cite/formats.ts';
import { articleMetaOnDisk, editionOnDisk } from '../../support/citations-on-disk.ts';

const meta = articleMetaOnDisk();
const edition = editionOnDisk();
const paper = paperTarget(meta, '/paper/full/');
/** Section III.3 as the page map places it: pp. 30–32, every page start inferred. */
const section: CitationTarget = {
  id: 'iii-3',
  kind: 'section',
  section: 'III.3 Economic cooperation',
  sectionNumber: 'III.3',
  pages: { first: 30, last: 32 },
  inferredPages: [30, 31, 32],
  path: '/paper/iii-policy-tools/3-economic-cooperation/',
};
/** A paragraph on a printed page (p. 25, a running head). */
const paragraph: CitationTarget = {
  id: 'i-1-03',
  kind: 'paragraph',
  section: 'I.1 Border security',
  sectionNumber: 'I.1',
  paragraphNumber: 3,
  pages: { first: 25, last: 25 },
  inferredPages: [],
  path: '/paper/i-interests/1-border-security/#i-1-03',
};

describe('the article metadata', () => {
  it('is read from content/paper.yaml and the paper: pages 23–38 with the last inferred, keywords as printed, no author, DOI or ISSN', () => {
    expect(meta).toMatchObject({
      title: 'China’s strategy toward Central Asia',
      year: 2019,
      volume: 12,
      issue: 1,
      firstPage: 23,
      lastPage: 38,
      lastPageInferred: true,
    });
    expect(meta.journal).toEqual({
      title: 'Vestnik of Saint Petersburg University. International Relations',
      printedTitle: 'Вестник СПбГУ. Международные отношения',
    });
    expect(meta.keywords).toEqual(['China', 'Central Asia', 'national interests', 'principles of diplomacy', 'policy tools']);
    // The source sets a no-break space in “30 years”.
    expect(meta.abstract).toMatch(
      /^In nearly 30\s+years since the collapse of the Soviet Union, China and the five Central Asian countries/,
    );
    expect([meta.authors, meta.doi, meta.issn]).toEqual([[], '', '']);
  });
});

describe('the CSL-JSON items', () => {
  it('cite the original article with the section in the title and the section’s pages', () => {
    const item = cslItem(meta, edition, section, 'article');
    expect(item).toMatchObject({
      type: 'article-journal',
      title: 'China’s strategy toward Central Asia: III.3 Economic cooperation',
      'container-title': 'Vestnik of Saint Petersburg University. International Relations',
      volume: '12',
      issue: '1',
      page: '30–32',
      issued: { 'date-parts': [[2019]] },
    });
    expect(item.note).toBe('Journal pages 30, 31, 32 are inferred from the layout of the source text, which does not print them.');
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('author');
  });

  it('cite the web edition at the paragraph’s address, with the edition and the access date', () => {
    const item = cslItem(meta, edition, paragraph, 'edition', '2026-12-01');
    expect(item).toMatchObject({
      type: 'webpage',
      title: 'China’s strategy toward Central Asia: I.1 Border security',
      'container-title': `${edition.title}, version ${edition.version}`,
      URL: 'http://localhost:4321/paper/i-interests/1-border-security/#i-1-03',
      accessed: { 'date-parts': [[2026, 12, 1]] },
    });
    expect(cslItem(meta, edition, paragraph, 'edition')).not.toHaveProperty('accessed');
  });

  it('give in-text locators: printed pages plain, inferred pages in brackets, paragraphs for the web edition', () => {
    expect(inTextLocator(paragraph, 'article')).toEqual({ label: 'page', locator: '25' });
    expect(inTextLocator(section, 'article')).toEqual({ label: 'page', locator: '[30]–[32]' });
    expect(inTextLocator(paragraph, 'edition')).toEqual({ label: 'paragraph', locator: '3' });
    expect(inTextLocator(section, 'edition')).toEqual({ label: 'section', locator: 'III.3' });
    expect(inTextLocator(paper, 'article')).toBeUndefined();
  });
});

/**
 * The whole article, as each style prints a journal article with no author. Checked by hand
 * against each style's published pattern for a journal article (named beside each), with the
 * no-author rule of the style.
 */
const HAND_CHECKED: Record<CitationStyleId, { reference: string; example: string }> = {
  apa: {
    // APA Publication Manual, 7th ed., 10.1 journal article (Author. (Year). Title. Journal, vol(issue), pages.) and 9.12: with no author the title moves to the author position.
    reference:
      'China’s strategy toward Central Asia. (2019). Vestnik of Saint Petersburg University. International Relations, 12(1), 23–38.',
    example: 'APA 7 §10.1, §9.12',
  },
  'chicago-author-date': {
    // Chicago Manual of Style, 18th ed., author-date journal article (Author. Year. “Title.” Journal vol (issue): pages.); with no author the title leads; headline-style capitalisation.
    reference:
      '“China’s Strategy toward Central Asia.” 2019. Vestnik of Saint Petersburg University. International Relations 12 (1): 23–38.',
    example: 'CMOS 18 ch. 13, journal article (author-date)',
  },
  'modern-language-association': {
    // MLA Handbook, 9th ed., journal article (Author. “Title.” Journal, vol. 12, no. 1, Year, pp. x–y.); with no author the entry begins with the title.
    reference:
      '“China’s Strategy toward Central Asia.” Vestnik of Saint Petersburg University. International Relations, vol. 12, no. 1, 2019, pp. 23–38.',
    example: 'MLA 9, journal article template',
  },
  'harvard-cite-them-right': {
    // Cite Them Right (Harvard), journal article (Author (Year) ‘Title’, Journal, vol(issue), pp. x–y.); the style file puts the journal in the author position when there is no author; the en-US locale gives double quotes.
    reference:
      'Vestnik of Saint Petersburg University. International Relations (2019) “China’s strategy toward Central Asia,” 12(1), pp. 23–38.',
    example: 'Cite Them Right, journal article',
  },
  'gost-r-7-0-5-2008': {
    // GOST R 7.0.5-2008, appendix examples of an article in a journal (Title // Journal. Year. Т. vol. № issue. С. pages.).
    reference:
      'China’s strategy toward Central Asia // Vestnik of Saint Petersburg University. International Relations. 2019. Т. 12. № 1. С. 23–38.',
    example: 'GOST R 7.0.5-2008, article in a journal',
  },
};

describe.each(Object.entries(HAND_CHECKED) as [CitationStyleId, { reference: string; example: string }][])(
  'style %s',
  (style, { reference }) => {
    it('prints the whole article as checked by hand', () => {
      expect(formatCitation(cslItem(meta, edition, paper, 'article'), style).text).toBe(reference);
    });

    it('names the section and pins its pages in the original-article citation', () => {
      const { text, inText } = formatCitation(cslItem(meta, edition, section, 'article'), style, inTextLocator(section, 'article'));
      expect(text).toMatch(/III\.3 Economic [Cc]ooperation/);
      expect(text).toContain('30–32');
      expect(text).toMatch(/12/);
      expect(inText).toContain('[30]–[32]');
    });

    it('gives the web edition with the paragraph’s address and the version it cites, once', () => {
      const { text } = formatCitation(cslItem(meta, edition, paragraph, 'edition', '2026-12-01'), style);
      expect(text).toContain('http://localhost:4321/paper/i-interests/1-border-security/#i-1-03');
      // The official GOST style prints a web page as its title and address only: no site, no version.
      const versions = text.match(new RegExp(`[Vv]ersion ${edition.version.replace('.', '\\.')}`, 'g')) ?? [];
      expect(versions).toHaveLength(style === 'gost-r-7-0-5-2008' ? 0 : 1);
    });
  },
);

describe('the access date', () => {
  it('is printed by the styles that print one (Harvard, GOST), in their form', () => {
    const item = cslItem(meta, edition, paragraph, 'edition', '2026-12-01');
    expect(formatCitation(item, 'harvard-cite-them-right').text).toContain('(Accessed: December 1, 2026)');
    expect(formatCitation(item, 'gost-r-7-0-5-2008').text).toContain('(дата обращения: 01.12.2026)');
  });

  it('gives GOST no paragraph locator, which its style would print as a page', () => {
    const item = cslItem(meta, edition, paragraph, 'edition', '2026-12-01');
    expect(formatCitation(item, 'gost-r-7-0-5-2008', inTextLocator(paragraph, 'edition')).inText).not.toMatch(/с\. 3/);
    expect(formatCitation(item, 'apa', inTextLocator(paragraph, 'edition')).inText).toContain('para. 3');
  });
});

describe('BibTeX, read by @retorquere/bibtex-parser', () => {
  it('is a journal article with title, journal, volume, number and pages', () => {
    const [entry] = parseBibtex(formatData([cslItem(meta, edition, section, 'article')], 'bibtex')).entries;
    expect(entry?.type).toBe('article');
    expect(entry?.key).toBe('china2019_iii_3');
    expect(entry?.fields).toMatchObject({
      title: 'China’s strategy toward Central Asia: III.3 Economic cooperation',
      journal: 'Vestnik of Saint Petersburg University. International Relations',
      volume: '12',
      number: '1',
      pages: '30–32',
    });
    expect(entry?.fields['note']).toContain('inferred');
  });

  it('is a web resource with the address and the access date for the web edition', () => {
    const [entry] = parseBibtex(formatData([cslItem(meta, edition, paragraph, 'edition', '2026-12-01')], 'bibtex')).entries;
    expect(entry?.fields['url']).toBe('http://localhost:4321/paper/i-interests/1-border-security/#i-1-03');
    expect(entry?.fields['title']).toBe('China’s strategy toward Central Asia: I.1 Border security');
    expect(entry?.fields['note']).toContain('2026-12-01');
  });
});

describe('RIS, read by astrocite-ris', () => {
  it('is a journal article with title, journal, volume, issue and pages', () => {
    const [item] = parseRis(formatData([cslItem(meta, edition, paper, 'article')], 'ris'));
    expect(item).toMatchObject({
      type: 'article-journal',
      title: 'China’s strategy toward Central Asia',
      'container-title': 'Vestnik of Saint Petersburg University. International Relations',
      volume: '12',
      issue: '1',
      page: '23-38',
    });
  });

  it('keeps a long address on one line (citation-js would wrap it at 70 characters)', () => {
    const ris = formatData([cslItem(meta, edition, paragraph, 'edition', '2026-12-01')], 'ris');
    const [item] = parseRis(ris);
    expect(item?.URL).toBe('http://localhost:4321/paper/i-interests/1-border-security/#i-1-03');
    expect(ris.split(/\r?\n/).every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
  });
});

describe('CSL-JSON, checked against the official CSL-JSON schema', () => {
  const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync('tests/support/csl-data.schema.json', 'utf8')));
  it.each([
    ['the paper as the article', cslItem(meta, edition, paper, 'article')],
    ['a section as the article', cslItem(meta, edition, section, 'article')],
    ['a paragraph as the web edition', cslItem(meta, edition, paragraph, 'edition', '2026-12-01')],
  ])('%s is valid and parses back to the item', (_name, item) => {
    const parsed: unknown = JSON.parse(formatData([item], 'csl-json'));
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(parsed).toEqual([item]);
  });
});
