/**
 * What can be cited on the site: the whole paper, each page of the paper (front matter, part
 * overviews, numbered points) and each paragraph, with the journal pages each stands on.
 * Pure: it gets the paper's pages, blocks and page starts.
 */
import type { CitationTarget } from './csl-item.ts';
import type { PaperBlock } from '../paper/model.ts';
import type { PageStart } from '../../schemas/page-start.ts';
import { inferredPagesOf } from '../paper/page-labels.ts';
import { isNumberedPoint, sectionAnchor, sectionName, sectionNumber, type PaperPosition } from '../paper/outline.ts';
import { sitePath } from '../site/site-url.ts';

export interface CitablePage {
  /** Route id, e.g. "paper/iii-policy-tools/3-economic-cooperation". */
  readonly id: string;
  readonly title: string;
  readonly paper: PaperPosition;
}

/** "iii-3" for a point, "iii" for a part, the page's own name ("abstract") in the front matter. */
export const citationTargetId = (page: CitablePage) =>
  page.paper.part === 'front' ? (page.id.split('/').at(-1) ?? page.id) : sectionAnchor(page.paper);

const pagePath = (page: CitablePage) => sitePath(`/${page.id}/`);

/** The section's name after the article's title, and its number where it is a numbered point. */
const sectionOf = (page: CitablePage) => ({
  section: sectionName(page.title, page.paper),
  ...(isNumberedPoint(page.paper) && { sectionNumber: sectionNumber(page.paper) }),
});

/** One target per paper page, in reading order; pages without paragraphs or tables are left out. */
export function sectionTargets(
  pages: readonly CitablePage[],
  blocks: readonly PaperBlock[],
  starts: readonly PageStart[],
): CitationTarget[] {
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
        ...sectionOf(page),
        pages,
        inferredPages: inferredPagesOf(pages, starts),
        path: pagePath(page),
        anchor: sectionAnchor(page.paper),
      },
    ];
  });
}

/** One target per paragraph of the author: its section's name, its place in the section, its own pages. */
export function paragraphTargets(
  pages: readonly CitablePage[],
  blocks: readonly PaperBlock[],
  starts: readonly PageStart[],
): CitationTarget[] {
  return pages.flatMap((page) =>
    blocks
      .filter((b) => b.pageId === page.id && b.kind === 'paragraph')
      .map((b, i) => ({
        id: b.id,
        kind: 'paragraph' as const,
        ...sectionOf(page),
        paragraphNumber: i + 1,
        pages: b.pages,
        inferredPages: inferredPagesOf(b.pages, starts),
        path: `${pagePath(page)}#${b.id}`,
        anchor: b.id,
      })),
  );
}
