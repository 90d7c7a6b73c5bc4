/**
 * What can be cited on the site: the whole paper, each page of the paper (front matter, part
 * overviews, numbered points) and each paragraph, with the journal pages each stands on.
 * Pure: it gets the paper's pages, blocks and page starts.
 */
import type { CitationTarget } from './citation.ts';
import type { PaperBlock } from './paper-model.ts';
import type { PageStart } from '../schemas/page-start.ts';
import { inferredPagesOf } from './page-labels.ts';
import { sectionAnchor, sectionNumber, type PaperPosition } from './paper-outline.ts';

export interface CitablePage {
  /** Route id, e.g. "paper/iii-policy-tools/3-economic-cooperation". */
  readonly id: string;
  readonly title: string;
  readonly paper: PaperPosition;
}

/** "iii-3" for a point, "iii" for a part, the page's own name ("abstract") in the front matter. */
export const citationTargetId = (page: CitablePage) => (page.paper.part === 'front' ? (page.id.split('/').at(-1) ?? page.id) : sectionAnchor(page.paper));

/** How a section is named after the article's title: "III.3 Energy cooperation"; a part's printed heading already has its numeral. */
function sectionName(page: CitablePage): string {
  return page.paper.part !== 'front' && page.paper.point > 0 ? `${sectionNumber(page.paper)} ${page.title}` : page.title;
}

const pagePath = (page: CitablePage) => `/${page.id}/`;

/** One target per paper page, in reading order; pages without paragraphs or tables are left out. */
export function sectionTargets(pages: readonly CitablePage[], blocks: readonly PaperBlock[], starts: readonly PageStart[]): CitationTarget[] {
  return pages.flatMap((page) => {
    const own = blocks.filter((b) => b.pageId === page.id);
    const first = own[0];
    const last = own.at(-1);
    if (!first || !last) return [];
    const pages = { first: first.pages.first, last: last.pages.last };
    return [
      {
        id: citationTargetId(page),
        kind: 'section' as const,
        section: sectionName(page),
        ...(page.paper.part !== 'front' && page.paper.point > 0 && { sectionNumber: sectionNumber(page.paper) }),
        pages,
        inferredPages: inferredPagesOf(pages, starts),
        path: pagePath(page),
      },
    ];
  });
}

/** One target per paragraph of the author: its section's name, its place in the section, its own pages. */
export function paragraphTargets(pages: readonly CitablePage[], blocks: readonly PaperBlock[], starts: readonly PageStart[]): CitationTarget[] {
  return pages.flatMap((page) =>
    blocks
      .filter((b) => b.pageId === page.id && b.kind === 'paragraph')
      .map((b, i) => ({
        id: b.id,
        kind: 'paragraph' as const,
        section: sectionName(page),
        ...(page.paper.part !== 'front' && page.paper.point > 0 && { sectionNumber: sectionNumber(page.paper) }),
        paragraphNumber: i + 1,
        pages: b.pages,
        inferredPages: inferredPagesOf(b.pages, starts),
        path: `${pagePath(page)}#${b.id}`,
      })),
  );
}
