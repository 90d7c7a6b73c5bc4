/**
 * The article's metadata for reference managers, read off the same CSL-JSON item the Cite panel
 * renders: Highwire Press `citation_*` tags (Zotero, Mendeley and Google Scholar read these
 * first) and Dublin Core. A section page keeps the journal, volume and issue and gives its own
 * title ("article: section") and pages. No COinS, no citation_inbook_title, no canonical link.
 */
import type { CslItem } from './csl-item.ts';

export type MetaTag = readonly [name: string, content: string];

const keywordsOf = (item: CslItem) => (item.keyword ? item.keyword.split(/,\s*/) : []);
const authorName = (a: { family: string; given?: string | undefined }) => (a.given ? `${a.family}, ${a.given}` : a.family);
const year = (item: CslItem) => String(item.issued['date-parts'][0][0]);

/**
 * The addresses a page gives reference managers: `page` is its own (Zotero stores
 * citation_public_url as the item's URL before any other), `abstract` the abstract's page, given
 * only where the item is the whole article (a section has no abstract of its own).
 */
export interface HighwireUrls {
  readonly page: string;
  readonly abstract?: string | undefined;
}

/** Highwire Press tags for an article item (type article-journal). A single page is a first page only (Zotero would show "24-24"). */
export function highwireTags(item: CslItem, urls: HighwireUrls): MetaTag[] {
  if (item.type !== 'article-journal') throw new Error(`Highwire tags describe a journal article, not a ${item.type} (${item.id})`);
  const [first, last = first] = (item.page ?? '').split('–');
  return [
    ['citation_title', item.title],
    ...(item.author ?? []).map((a): MetaTag => ['citation_author', authorName(a)]),
    ['citation_journal_title', item['container-title']],
    ...(item.ISSN ? [['citation_issn', item.ISSN] as const] : []),
    ['citation_volume', item.volume ?? ''],
    ['citation_issue', item.issue ?? ''],
    ...(first ? [['citation_firstpage', first] as const] : []),
    ...(first && last && last !== first ? [['citation_lastpage', last] as const] : []),
    ['citation_publication_date', year(item)],
    ['citation_language', item.language],
    ...keywordsOf(item).map((k): MetaTag => ['citation_keywords', k]),
    ...(item.DOI ? [['citation_doi', item.DOI] as const] : []),
    ['citation_public_url', urls.page],
    ...(urls.abstract ? [['citation_abstract_html_url', urls.abstract] as const] : []),
    ['citation_fulltext_html_url', urls.page],
  ];
}

/**
 * Dublin Core for the same item. DC.type is the DCMI Type "Text", which a journal article is,
 * so it does not contradict the Highwire tags (a DC.type such as "webpage" would).
 */
export function dublinCoreTags(item: CslItem, pageUrl: string): MetaTag[] {
  return [
    ['DC.title', item.title],
    ...(item.author ?? []).map((a): MetaTag => ['DC.creator', authorName(a)]),
    ['DC.type', 'Text'],
    ['DC.date', year(item)],
    ['DC.language', item.language],
    ...keywordsOf(item).map((k): MetaTag => ['DC.subject', k]),
    ['DC.relation.isPartOf', item['container-title']],
    ['DC.identifier', pageUrl],
    ...(item.DOI ? [['DC.identifier', `https://doi.org/${item.DOI}`] as const] : []),
  ];
}
