/**
 * A Cite panel's citations filled from its section's templates (src/lib/cite/panel-citations.ts)
 * are exactly what citation-js renders for the section or paragraph itself: every style, both
 * works (the original article, with inferred pages and their note; this web edition, with its
 * address's anchor, a paragraph's number in-text and the access-date slot), for a section and
 * its paragraphs on every page and two-page range of the article, frozen and living, and for
 * titles that hold the sentinels.
 */
import { describe, expect, it } from 'vitest';
import type { CitationTarget } from '../../../src/lib/cite/csl-item.ts';
import { CITATION_STYLES } from '../../../src/lib/cite/formats.ts';
import { learnSectionTemplates, panelStyleCitations } from '../../../src/lib/cite/panel-citations.ts';
import { inferredPagesOf } from '../../../src/lib/paper/page-labels.ts';
import { isInferred } from '../../../src/schemas/page-start.ts';
import type { PageSpanLike } from '../../../src/lib/cite/page-slots.ts';
import { articleMetaOnDisk, editionOnDisk, pageStartsOnDisk } from '../../support/citations-on-disk.ts';

const meta = articleMetaOnDisk();
const starts = pageStartsOnDisk();
const inferred = starts.filter(isInferred).map((s) => s.page);
const frozen = { ...editionOnDisk(), frozen: true };
const living = { ...editionOnDisk(), frozen: false };
const path = '/paper/iii-policy-tools/4-energy-cooperation/';

const section = (name = 'III.4 Energy cooperation'): CitationTarget => ({
  id: 'iii-4',
  kind: 'section',
  section: name,
  sectionNumber: 'III.4',
  pages: { first: 33, last: 35 },
  inferredPages: inferredPagesOf({ first: 33, last: 35 }, starts),
  path,
  anchor: 'iii-4',
});

/** Paragraph n of the section on `pages`. */
const paragraph = (of: CitationTarget, n: number, pages: PageSpanLike): CitationTarget => {
  const id = `iii-4-${String(n).padStart(2, '0')}`;
  return {
    ...of,
    id,
    kind: 'paragraph',
    paragraphNumber: n,
    pages,
    inferredPages: inferredPagesOf(pages, starts),
    path: `${path}#${id}`,
    anchor: id,
  };
};

const spans: PageSpanLike[] = [];
for (let p = meta.firstPage; p <= meta.lastPage; p++) spans.push({ first: p, last: p });
for (let p = meta.firstPage; p < meta.lastPage; p++) spans.push({ first: p, last: p + 1 });

/** Each style's reference and in-text citation, as the panel shows them. */
const shown = (...args: Parameters<typeof panelStyleCitations>) => panelStyleCitations(...args).map((s) => [s.style, s.html, s.inText]);

describe('a Cite panel filled from its section’s templates', () => {
  it('covers inferred pages and two-digit paragraph numbers', () => {
    expect(inferred).toContain(34);
    expect(spans).toHaveLength(31);
  });

  describe.each([
    ['frozen', frozen],
    ['living', living],
  ] as const)('of a %s edition', (_, edition) => {
    const target = section();
    const templates = learnSectionTemplates(meta, edition, target, inferred);
    const targets = [target, ...spans.map((span, i) => paragraph(target, (i % 12) + 1, span))];

    it.each(['article', 'edition'] as const)(
      'shows the %s as citation-js renders it, for the section and a paragraph on every page and range',
      (work) => {
        for (const t of targets) {
          // Without templates, the panel renders each citation with citation-js.
          expect(shown(meta, edition, t, work, templates), `${t.id} ${t.pages.first}–${t.pages.last}`).toEqual(
            shown(meta, edition, t, work),
          );
        }
      },
    );

    it('gives every style a citation, the web edition’s with the paragraph’s own address and number', () => {
      const t = paragraph(target, 11, { first: 34, last: 35 });
      const got = panelStyleCitations(meta, edition, t, 'edition', templates);
      expect(got.map((s) => s.style)).toEqual(CITATION_STYLES.map((s) => s.id));
      for (const s of got) expect(s.html).toContain('#iii-4-11');
      expect(got.find((s) => s.style === 'apa')?.inText).toMatch(/para\. 11\b/);
    });
  });

  // Section names that hold the sentinels: the number tried first, one inside a longer number, the anchor's.
  it.each(['IV.1097 Synthetic page 97', 'Paragraphs 97, 96 and 95', 'CITEANCHORSENTINEL 97'])(
    'learns and fills with “%s” in the cited title',
    (name) => {
      const target = section(name);
      const templates = learnSectionTemplates(meta, frozen, target, inferred);
      for (const t of [target, paragraph(target, 3, { first: 34, last: 34 }), paragraph(target, 97, { first: 33, last: 34 })])
        for (const work of ['article', 'edition'] as const)
          expect(shown(meta, frozen, t, work, templates), `${t.id} ${work}`).toEqual(shown(meta, frozen, t, work));
    },
  );
});
