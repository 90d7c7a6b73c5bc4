/**
 * schema.org JSON-LD: the paper as a ScholarlyArticle with its sections as parts (hasPart), a
 * section as a part of it, and each knowledge-base entity as what it is (Country or Place,
 * Legislation, Project, Organization), with the article as the work it is the subject of.
 * Typed with schema-dts (generated from schema.org), so a wrong type or property does not compile.
 */
import type { Article, Periodical, ScholarlyArticle, Thing, WithContext } from 'schema-dts';
import type { ArticleMeta } from '../paper/article-meta.ts';
import { pageRange, type CitationTarget } from './csl-item.ts';
import type { KbEntity } from '../knowledge/entities.ts';
import { absoluteUrl, sitePath } from '../site/site-url.ts';

/** The article's node id: one per site, on the linear view. */
export const articleId = (siteUrl: string) => absoluteUrl(sitePath('/paper/full/#article'), siteUrl);

function periodical(meta: ArticleMeta): Periodical {
  return {
    '@type': 'Periodical',
    name: meta.journal.title,
    alternateName: meta.journal.printedTitle,
    ...(meta.issn && { issn: meta.issn }),
  };
}

/** A section of the article: schema.org has no section type, so an Article that names its articleSection and is part of the paper. */
function part(target: CitationTarget, siteUrl: string): Article {
  return {
    '@type': 'Article',
    '@id': absoluteUrl(target.path, siteUrl),
    name: target.section ?? '',
    articleSection: target.section ?? '',
    url: absoluteUrl(target.path, siteUrl),
    pageStart: String(target.pages.first),
    pageEnd: String(target.pages.last),
    pagination: pageRange(target.pages),
  };
}

/** The article; `withAbstract` false on a section's page, which names the article by its @id and does not repeat its abstract. */
function article(meta: ArticleMeta, siteUrl: string, withAbstract = true): ScholarlyArticle {
  return {
    '@type': 'ScholarlyArticle',
    '@id': articleId(siteUrl),
    headline: meta.title,
    name: meta.title,
    ...(meta.authors.length > 0 && {
      author: meta.authors.map((a) => ({ '@type': 'Person' as const, familyName: a.family, ...(a.given && { givenName: a.given }) })),
    }),
    ...(meta.doi && { sameAs: `https://doi.org/${meta.doi}` }),
    datePublished: String(meta.year),
    inLanguage: meta.language,
    keywords: meta.keywords.join(', '),
    ...(withAbstract && { abstract: meta.abstract }),
    pageStart: String(meta.firstPage),
    pageEnd: String(meta.lastPage),
    url: absoluteUrl(sitePath('/paper/full/'), siteUrl),
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: String(meta.issue),
      isPartOf: { '@type': 'PublicationVolume', volumeNumber: String(meta.volume), isPartOf: periodical(meta) },
    },
  };
}

/**
 * The whole paper; with `sections`, every section as a part (on the linear view, which holds them
 * all and is the article's url; the home page describes the article without its parts).
 */
export function articleJsonLd(meta: ArticleMeta, siteUrl: string, sections: readonly CitationTarget[] = []): WithContext<ScholarlyArticle> {
  return {
    '@context': 'https://schema.org',
    ...article(meta, siteUrl),
    ...(sections.length > 0 && { hasPart: sections.map((s) => part(s, siteUrl)) }),
  };
}

/** One section, as a part of the article. */
export function sectionJsonLd(meta: ArticleMeta, section: CitationTarget, siteUrl: string): WithContext<Article> {
  return { '@context': 'https://schema.org', ...part(section, siteUrl), isPartOf: article(meta, siteUrl, false) };
}

const ORGANISATION_TYPES = {
  intergovernmental: 'Organization',
  'government-body': 'GovernmentOrganization',
  company: 'Corporation',
  other: 'Organization',
} as const;

type EntityNode = Exclude<Thing, string>;
function entityNode(entity: KbEntity): EntityNode {
  switch (entity.collection) {
    case 'countries':
      // A group of states ("Africa", "the European Union") is a place, not a country.
      return entity.data.group ? { '@type': 'Place' } : { '@type': 'Country' };
    case 'agreements':
      return { '@type': 'Legislation', ...(entity.data.date && { legislationDate: entity.data.date.iso }) };
    case 'projects':
      return { '@type': 'Project' };
    case 'organisations':
      return { '@type': ORGANISATION_TYPES[entity.data.kind] };
  }
}

/** An entity page: the entity as what it is, named as printed, with the article as the work about it. */
export function entityJsonLd(entity: KbEntity, pageUrl: string, siteUrl: string): WithContext<Thing> {
  return {
    '@context': 'https://schema.org',
    ...entityNode(entity),
    '@id': `${pageUrl}#entity`,
    name: entity.data.name,
    ...(entity.data.aliases.length > 0 && { alternateName: entity.data.aliases }),
    description: entity.data.summary,
    url: pageUrl,
    subjectOf: { '@id': articleId(siteUrl) },
  };
}
