/**
 * Authors, DOI and ISSN are not in the source text and stay empty; when an editor fills them
 * (here from the fixture tests/fixtures/meta-filled/paper.yaml, with made-up values), every
 * style, data format and meta tag picks them up.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { cslItem, inTextLocator, paperTarget, type CitationTarget } from '../../../src/lib/cite/csl-item.ts';
import { formatAllStyles, formatCitation, formatData } from '../../../src/lib/cite/formats.ts';
import { dublinCoreTags, highwireTags } from '../../../src/lib/cite/meta-tags.ts';
import { articleJsonLd } from '../../../src/lib/cite/json-ld.ts';
import { articleMetaOnDisk, editionOnDisk } from '../../support/citations-on-disk.ts';

const filled = articleMetaOnDisk('tests/fixtures/meta-filled/paper.yaml');
const empty = articleMetaOnDisk();
const edition = editionOnDisk();
const paper = paperTarget(filled, '/paper/full/');
const paragraph: CitationTarget = {
  id: 'iii-4-01',
  kind: 'paragraph',
  section: 'III.4 Energy cooperation',
  sectionNumber: 'III.4',
  paragraphNumber: 1,
  pages: { first: 29, last: 29 },
  inferredPages: [29],
  path: '/paper/iii-policy-tools/4-energy-cooperation/#iii-4-01',
};
const urls = { abstract: 'http://localhost:4321/paper/abstract/', page: 'http://localhost:4321/paper/full/' };

describe('with author, DOI and ISSN filled', () => {
  const article = cslItem(filled, edition, paper, 'article');

  it('each style names the author and APA gives the DOI', () => {
    const [apa, chicago, mla, harvard, gost] = formatAllStyles(article, undefined).map((f) => f.text);
    expect(apa).toBe(
      'Example, A. (2019). China’s strategy toward Central Asia. Vestnik of Saint Petersburg University. International Relations, 12(1), 23–38. https://doi.org/10.5555/cca.2019.102',
    );
    expect(chicago).toMatch(/^Example, Ann\. 2019\. “China’s Strategy toward Central Asia\.”/);
    expect(mla).toMatch(/^Example, Ann\. “China’s Strategy toward Central Asia\.”/);
    expect(harvard).toMatch(/^Example, A\. \(2019\) “China’s strategy toward Central Asia,” Vestnik/);
    expect(gost).toMatch(/^Example A\. China’s strategy toward Central Asia \/\//);
  });

  it('the in-text citation names the author with the pinpoint page', () => {
    const item = cslItem(filled, edition, paragraph, 'article');
    expect(formatCitation(item, 'apa', inTextLocator(paragraph, 'article')).inText).toBe('(Example, 2019, p. [29])');
  });

  it('BibTeX, RIS and CSL-JSON carry them', () => {
    const [entry] = parseBibtex(formatData([article], 'bibtex')).entries;
    expect(entry?.fields).toMatchObject({ doi: '10.5555/cca.2019.102', issn: '1234-5679' });
    expect(entry?.fields['author']).toEqual([{ lastName: 'Example', firstName: 'Ann' }]);
    const [ris] = parseRis(formatData([article], 'ris'));
    expect(ris).toMatchObject({ DOI: '10.5555/cca.2019.102', ISSN: '1234-5679', author: [{ family: 'Example', given: 'Ann' }] });
    expect(JSON.parse(formatData([article], 'csl-json'))).toMatchObject([
      { author: [{ family: 'Example', given: 'Ann' }], DOI: '10.5555/cca.2019.102', ISSN: '1234-5679' },
    ]);
  });

  it('the Highwire, Dublin Core and JSON-LD metadata carry them', () => {
    const tags = highwireTags(article, urls);
    expect(tags).toContainEqual(['citation_author', 'Example, Ann']);
    expect(tags).toContainEqual(['citation_doi', '10.5555/cca.2019.102']);
    expect(tags).toContainEqual(['citation_issn', '1234-5679']);
    expect(dublinCoreTags(article, urls.page)).toContainEqual(['DC.creator', 'Example, Ann']);
    expect(dublinCoreTags(article, urls.page)).toContainEqual(['DC.identifier', 'https://doi.org/10.5555/cca.2019.102']);
    expect(articleJsonLd(filled, edition.url)).toMatchObject({
      author: [{ '@type': 'Person', familyName: 'Example', givenName: 'Ann' }],
      sameAs: 'https://doi.org/10.5555/cca.2019.102',
    });
  });
});

describe('with them empty, as the source leaves them', () => {
  const article = cslItem(empty, edition, paperTarget(empty, '/paper/full/'), 'article');

  it('no format or tag has an author, DOI or ISSN, and none is left blank', () => {
    const tags = highwireTags(article, urls);
    expect(tags.map(([name]) => name)).not.toContain('citation_author');
    expect(tags.map(([name]) => name)).not.toContain('citation_doi');
    expect(tags.map(([name]) => name)).not.toContain('citation_issn');
    expect(tags.every(([, content]) => content.length > 0)).toBe(true);
    expect(formatData([article], 'bibtex')).not.toMatch(/author|doi|issn/);
    expect(formatData([article], 'ris')).not.toMatch(/^(AU|DO|SN) {2}-/m);
  });
});
