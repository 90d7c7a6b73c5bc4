/**
 * The one function that describes what is cited as CSL-JSON: the original article (or a section
 * or paragraph of it, with the journal pages it stands on) or this web edition (the page as a
 * web resource, with its address, edition and access date). Every citation format on the site
 * is rendered from these items (src/lib/cite/formats.ts); no citation string is assembled by hand.
 */
import type { Edition } from '../../schemas/paper-meta.ts';
import type { ArticleMeta } from '../paper/article-meta.ts';
import type { PageSpan } from '../paper/model.ts';
import { frozenPagePath } from '../editions/paths.ts';
import { absoluteUrl } from '../site/site-url.ts';
import { inferredPagesNote, pageLocator, pageRange } from './page-slots.ts';

/** The edition as a citation of it sees it: frozen when its version is archived (editions/<version>/). */
export type CitedEdition = Edition & { readonly frozen?: boolean };

/**
 * The address a web-edition citation gives: the frozen page of the version read
 * (/editions/1.7/#iii-4-05), which never changes, once the version is archived; until then (a build
 * of a version not yet released) the living address.
 */
export const webEditionPath = (edition: Pick<CitedEdition, 'version' | 'frozen'>, target: Pick<CitationTarget, 'path' | 'anchor'>) =>
  edition.frozen ? `${frozenPagePath(edition.version)}${target.anchor ? `#${target.anchor}` : ''}` : target.path;

/** "China’s strategy toward Central Asia: an online edition, version 1.1": the edition as a cited website. */
export const editionName = (edition: Pick<Edition, 'title' | 'version'>) => `${edition.title}, version ${edition.version}`;

/** What a citation points at. */
export interface CitationTarget {
  /** "paper", a section ("abstract", "iii", "iii-3") or a paragraph id ("iii-3-05"). */
  readonly id: string;
  readonly kind: 'paper' | 'section' | 'paragraph';
  /** How the section is named after the article's title ("III.3 Energy cooperation"); absent for the paper. */
  readonly section?: string;
  /** A numbered point's number ("III.3"); absent for the paper, the front matter and part overviews. */
  readonly sectionNumber?: string;
  /** A paragraph's position within its section, from 1. */
  readonly paragraphNumber?: number;
  /** The journal pages the text stands on. */
  readonly pages: PageSpan;
  /** Those of the pages whose start the page map infers rather than reads in the source. */
  readonly inferredPages: readonly number[];
  /** The page's URL (under the base, from sitePath()) with the anchor, e.g. "/paper/iii-policy-tools/3-economic-cooperation/#iii-3-05". */
  readonly path: string;
  /** The id the section or paragraph has in the linear view, the TEI and a frozen edition ("iii-3", "iii-3-05"); absent for the paper. */
  readonly anchor?: string;
}

/** The two things a reader can cite. */
export type CitedWork = 'article' | 'edition';
export const CITED_WORKS: readonly CitedWork[] = ['article', 'edition'];

/** What a Cite panel calls its target: "the paper", "this section", "paragraph iii-4-05". */
export const citedWhat = (target: Pick<CitationTarget, 'kind' | 'id'>) =>
  target.kind === 'paper' ? 'the paper' : target.kind === 'paragraph' ? `paragraph ${target.id}` : 'this section';

/** The subset of CSL-JSON (https://citationstyles.org, csl-data.json) these items use. */
export interface CslItem {
  id: string;
  type: 'article-journal' | 'webpage';
  title: string;
  'container-title': string;
  author?: { family: string; given?: string | undefined }[];
  volume?: string;
  issue?: string;
  page?: string;
  issued: { 'date-parts': [number[]] };
  accessed?: { 'date-parts': [number[]] };
  URL?: string;
  DOI?: string;
  ISSN?: string;
  version?: string;
  language: string;
  keyword?: string;
  abstract?: string;
  note?: string;
}

/** A CSL locator for an in-text citation. */
export interface CslLocator {
  label: 'page' | 'paragraph' | 'section';
  locator: string;
}

const dateParts = (isoDay: string): { 'date-parts': [number[]] } => ({ 'date-parts': [isoDay.split('-').map(Number)] });

export { pageRange };

/** The whole article as a target: all its pages, its abstract page as the address. */
export function paperTarget(meta: ArticleMeta, path: string): CitationTarget {
  return {
    id: 'paper',
    kind: 'paper',
    pages: { first: meta.firstPage, last: meta.lastPage },
    inferredPages: meta.lastPageInferred ? [meta.lastPage] : [],
    path,
  };
}

/**
 * The CSL-JSON item for citing `target` as the original article or as this web edition.
 * `accessed` (YYYY-MM-DD) is the reader's day; static files and pages without JavaScript leave it out
 * rather than print a date nobody accessed the page on.
 */
export function cslItem(meta: ArticleMeta, edition: CitedEdition, target: CitationTarget, work: CitedWork, accessed?: string): CslItem {
  // The id is also the BibTeX key (src/lib/cite/formats.ts), and BibTeX keys may not hold "-".
  const key = `china${meta.year}${work === 'edition' ? 'web' : ''}${target.id === 'paper' ? '' : `_${target.id.replaceAll('-', '_')}`}`;
  const title = target.section ? `${meta.title}: ${target.section}` : meta.title;
  const common = {
    id: key,
    title,
    language: meta.language,
    ...(meta.authors.length > 0 && { author: meta.authors.map((a) => ({ ...a })) }),
    keyword: meta.keywords.join(', '),
  };
  if (work === 'article') {
    const note = inferredPagesNote(target.inferredPages);
    return {
      ...common,
      type: 'article-journal',
      'container-title': meta.journal.title,
      volume: String(meta.volume),
      issue: String(meta.issue),
      page: pageRange(target.pages),
      issued: { 'date-parts': [[meta.year]] },
      ...(meta.doi && { DOI: meta.doi }),
      ...(meta.issn && { ISSN: meta.issn }),
      ...(target.kind === 'paper' && { abstract: meta.abstract }),
      ...(note && { note }),
    };
  }
  return {
    ...common,
    type: 'webpage',
    // The version in the site's name, so that every style prints it once (APA, Harvard and GOST
    // print no CSL `version` for a web page; Chicago and MLA would print it twice).
    'container-title': editionName(edition),
    issued: dateParts(edition.date),
    ...(accessed && { accessed: dateParts(accessed) }),
    URL: absoluteUrl(webEditionPath(edition, target), edition.url),
  };
}

/**
 * The locator of an in-text citation: the journal page(s) for the article, with every inferred
 * page in square brackets ("[29]"), the convention for information the source does not print;
 * the paragraph or section for the web edition.
 */
export function inTextLocator(target: CitationTarget, work: CitedWork): CslLocator | undefined {
  if (work === 'article') {
    if (target.kind === 'paper') return undefined;
    return { label: 'page', locator: pageLocator(target.pages, target.inferredPages) };
  }
  if (target.kind === 'paragraph' && target.paragraphNumber) return { label: 'paragraph', locator: String(target.paragraphNumber) };
  if (target.kind === 'section' && target.sectionNumber) return { label: 'section', locator: target.sectionNumber };
  return undefined;
}
