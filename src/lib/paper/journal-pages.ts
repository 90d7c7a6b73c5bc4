/**
 * Where each journal page begins in this edition: the page marker (<PageMarker n={34} />) in the
 * section page that holds it, or the top of the paper's first page for the article's first
 * journal page, which has no marker. Read from the pages' own MDX, so a marker moved is followed.
 */
import type { PageStart } from '../../schemas/page-start.ts';
import { isInferred } from '../../schemas/page-start.ts';

export interface JournalPage {
  readonly page: number;
  /** The section page's path (under the base) with the marker's anchor: "/paper/iii-policy-tools/4-energy-cooperation/#page-34". */
  readonly href: string;
  /** The section, as named after the article's title ("III.4 Energy cooperation"). */
  readonly section: string;
  /** The start is inferred from the layout of the source text, which does not print the page number there. */
  readonly inferred: boolean;
  /** The words the page begins with. */
  readonly firstWords: string;
}

export interface PageHolder {
  /** The page's path under the base ("/paper/iii-policy-tools/4-energy-cooperation/"). */
  readonly path: string;
  readonly section: string;
  /** The page's MDX source. */
  readonly body: string;
}

const marker = (page: number) => new RegExp(`<PageMarker\\s+n=\\{${page}\\}`);

/** Each journal page with where it begins; `holders` are the paper's pages in reading order. */
export function journalPages(starts: readonly PageStart[], holders: readonly PageHolder[]): JournalPage[] {
  const first = Math.min(...starts.map((s) => s.page));
  return [...starts]
    .sort((a, b) => a.page - b.page)
    .map((start) => {
      const common = { page: start.page, inferred: isInferred(start), firstWords: start.firstWords };
      if (start.page === first) return { ...common, href: holders[0]!.path, section: holders[0]!.section };
      const pattern = marker(start.page);
      const holder = holders.find((h) => pattern.test(h.body));
      if (!holder)
        throw new Error(`content/page-starts.yaml: journal page ${start.page} has no <PageMarker n={${start.page}} /> in any paper page`);
      return { ...common, href: `${holder.path}#page-${start.page}`, section: holder.section };
    });
}
