/**
 * The article's metadata for reference managers, read off the same CSL-JSON item the Cite panel
 * renders: Highwire Press `citation_*` tags (Zotero, Mendeley and Google Scholar read these
 * first) and Dublin Core. A section page keeps the journal, volume and issue and gives its own
 * title ("article: section") and pages. No COinS, no citation_inbook_title, no canonical link.
 */
import type { CslItem } from './citation.ts';

export type MetaTag = readonly [name: string, content: string];

const keywordsOf = (item: CslItem) => (item.keyword ? item.keyword.split(/,\s*/) : []);
const authorName = (a: { family: string; given?: string | undefined }) => (a.given ? `${a.family}, ${a.given}` : a.family);
const year = (item: CslItem) => String(item.issued['date-parts'][0][0]);

/** Highwire Press tags for an article item (type article-journal). */
export function highwireTags(item: CslItem, urls: { abstract: string; fulltext: string }): MetaTag[] {
  if (item.type !== 'article-journal') throw new Error(`Highwire tags describe a journal article, not a ${item.type} (${item.id})`);
  const [first, last = first] = (item.page ?? '').split('–');
  return [
    ['citation_title', item.title],
    ...(item.author ?? []).map((a): MetaTag => ['citation_author', authorName(a)]),
    ['citation_journal_title', item['container-title']],
    ...(item.ISSN ? [['citation_issn', item.ISSN] as const] : []),
    ['citation_volume', item.volume ?? ''],
    ['citation_issue', item.issue ?? ''],
    ...(first ? [['citation_firstpage', first] as const, ['citation_lastpage', last ?? first] as const] : []),
    ['citation_publication_date', year(item)],
    ['citation_language', item.language],
    ...keywordsOf(item).map((k): MetaTag => ['citation_keywords', k]),
    ...(item.DOI ? [['citation_doi', item.DOI] as const] : []),
    ['citation_abstract_html_url', urls.abstract],
    ['citation_fulltext_html_url', urls.fulltext],
  ];
}

/**
 * Dublin Core for the same item. DC.type is the DCMI Type "Text", which a journal article is,
 * so it does not contradict the Highwire tags (a DC.type such as "webpage" would).
 */
export function dublinCoreTags(item: CslItem): MetaTag[] {
  return [
    ['DC.title', item.title],
    ...(item.author ?? []).map((a): MetaTag => ['DC.creator', authorName(a)]),
    ['DC.type', 'Text'],
    ['DC.date', year(item)],
    ['DC.language', item.language],
    ...keywordsOf(item).map((k): MetaTag => ['DC.subject', k]),
    ['DC.relation.isPartOf', item['container-title']],
    ...(item.DOI ? [['DC.identifier', `https://doi.org/${item.DOI}`] as const] : []),
  ];
}
