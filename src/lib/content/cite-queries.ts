/**
 * Queries for citations: this web edition, and everything citable (the paper, each section, each
 * paragraph) with its address and pages.
 */
import { paperTarget, type CitationTarget, type CitedEdition } from '../cite/csl-item.ts';
import { archivedVersions } from '../editions/archive.ts';
import { paragraphTargets, sectionTargets } from '../cite/targets.ts';
import { sitePath } from '../site/site-url.ts';
import { readEdition } from './meta-files.ts';
import { getArticleMeta, getBlock, getPageStarts, getPaperBlocks, getPaperEntries } from './paper-queries.ts';
import { memo, memoBy } from './memo.ts';
import { learnSectionTemplates, type SectionTemplates } from '../cite/panel-citations.ts';
import { learnQuoteTemplates } from '../cite/quote-templates.ts';
import type { QuoteTemplates } from '../cite/page-slots.ts';
import { isInferred } from '../../schemas/page-start.ts';

/** This web edition (content/edition.yaml): identifier and address, and whether its version is frozen (archived in editions/). */
export const getEdition = memo((): CitedEdition => {
  const edition = readEdition();
  return { ...edition, frozen: archivedVersions().includes(edition.version) };
});

export interface CitationTargets {
  readonly paper: CitationTarget;
  readonly sections: readonly CitationTarget[];
  readonly paragraphs: readonly CitationTarget[];
}

/** Everything citable: the whole paper (its address is the linear view), each paper page, each paragraph. */
export const getCitationTargets = memo(async (): Promise<CitationTargets> => {
  const [meta, entries, blocks, starts] = await Promise.all([getArticleMeta(), getPaperEntries(), getPaperBlocks(), getPageStarts()]);
  const pages = entries.map((e) => ({ id: e.id, title: e.data.title, paper: e.data.paper }));
  return {
    paper: paperTarget(meta, sitePath('/paper/full/')),
    sections: sectionTargets(pages, blocks, starts),
    paragraphs: paragraphTargets(pages, blocks, starts),
  };
});

const getTargetsById = memo(
  (): Promise<ReadonlyMap<string, CitationTarget>> =>
    getCitationTargets().then(({ paper, sections, paragraphs }) => new Map([paper, ...sections, ...paragraphs].map((t) => [t.id, t]))),
);

/** A citation target by its id ("paper", "iii-4", "iii-4-05"): what a citation page (/cite/<id>/) cites. */
export async function getCitationTarget(id: string): Promise<CitationTarget | undefined> {
  return (await getTargetsById()).get(id);
}

const getPageCitations = memo(
  (): Promise<Map<string, { target: CitationTarget; paragraphs: CitationTarget[] }>> =>
    getCitationTargets().then(({ sections, paragraphs }) => {
      const byPath = new Map(sections.map((target) => [target.path, { target, paragraphs: [] as CitationTarget[] }]));
      for (const paragraph of paragraphs) byPath.get(paragraph.path.slice(0, paragraph.path.indexOf('#')))?.paragraphs.push(paragraph);
      return byPath;
    }),
);

/** What a paper page (by route id) cites: itself as a section, and its paragraphs. */
export async function getPageCitationTargets(entryId: string): Promise<{ target: CitationTarget; paragraphs: CitationTarget[] } | undefined> {
  return (await getPageCitations()).get(sitePath(`/${entryId}/`));
}

/** The section a paragraph or table stands in, as a citation target: what a quotation from it cites. */
export async function getBlockSectionTarget(id: string): Promise<CitationTarget> {
  const block = await getBlock(id);
  const cited = await getPageCitationTargets(block.pageId);
  if (!cited) throw new Error(`Paragraph or table "${id}" stands on ${block.pageId}, which is not a citable page`);
  return cited.target;
}

/** The article's journal pages whose start the page map infers rather than reads: their locators are bracketed. */
const getInferredPages = memo(async (): Promise<number[]> => (await getPageStarts()).filter(isInferred).map((s) => s.page));

/** A section's citation templates, learnt once per build: its Cite panel, its paragraphs' and its Quote dialog's are filled from them. */
const sectionTemplates = memoBy(async (id: string): Promise<SectionTemplates> => {
  const [meta, inferred, target] = [await getArticleMeta(), await getInferredPages(), await getCitationTarget(id)];
  if (target?.kind !== 'section') throw new Error(`"${id}" is not a section of the paper`);
  return learnSectionTemplates(meta, getEdition(), target, inferred);
});

/** The templates `target`'s citations are filled from: its own section's, or its paragraph's section's; none for the paper. */
export async function getSectionTemplates(target: CitationTarget): Promise<SectionTemplates | undefined> {
  if (target.kind === 'paper') return undefined;
  const section = target.kind === 'section' ? target : (await getPageCitations()).get(target.path.slice(0, target.path.indexOf('#')))?.target;
  return section && sectionTemplates(section.id);
}

/** What the Quote dialog fills to cite a quotation from `target` (a section, or the paper across sections): a section's are its citation templates'. */
export async function getQuoteTemplates(target: CitationTarget): Promise<QuoteTemplates> {
  const section = await getSectionTemplates(target);
  return section?.quote ?? learnQuoteTemplates(await getArticleMeta(), getEdition(), target, await getInferredPages());
}
