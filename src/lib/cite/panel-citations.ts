/**
 * What a Cite panel shows in each citation style (src/components/cite/CitePanel.astro): for each
 * work, the reference (the web edition's with its access-date slot) and the in-text citation.
 *
 * citeproc takes about 2 ms a rendering, and a section with its paragraphs asked for some 25 each,
 * so a section's are rendered once and its paragraphs' filled in, as the Quote dialog fills a
 * quotation's pages (src/lib/cite/page-slots.ts):
 * - the original article: the section's Quote templates, filled with the target's pages (a
 *   paragraph is its section on other pages);
 * - this web edition: the section rendered as a paragraph with a sentinel anchor (its address's
 *   fragment, the one thing its paragraphs' addresses change) and, in-text, a sentinel paragraph
 *   number, each learnt where it stands.
 * The first section and the first paragraph filled in a build are also rendered by citeproc; if
 * any style's filling differs, every target of that kind is rendered by citeproc instead. The
 * paper itself, cited once, is rendered directly.
 */
import type { ArticleMeta } from '../paper/article-meta.ts';
import { cslItem, inTextLocator, type CitationTarget, type CitedEdition, type CitedWork } from './csl-item.ts';
import { CITATION_STYLES, formatAllStyles, inTextCitation, referenceHtml, type CitationStyleId } from './formats.ts';
import { referenceWithAccessSlot } from './access-slots.ts';
import {
  adaptedOrLearnt,
  fillPages,
  fillQuoteCitations,
  learnNumberTemplate,
  numberSentinels,
  rememberingRender,
  type LearntTemplates,
  type QuoteTemplates,
} from './page-slots.ts';
import { learnQuoteTemplates } from './quote-templates.ts';

export interface StyleCitation {
  readonly style: CitationStyleId;
  readonly label: string;
  /** The reference-list entry as HTML (the web edition's with the access-date slot). */
  readonly html: string;
  readonly inText: string;
}

/**
 * The anchor a section's web-edition templates are learnt on, one its item holds nowhere else (a
 * title could hold it): an address's fragment is lower-case letters, digits and hyphens.
 */
const ANCHOR = 'CITEANCHORSENTINEL';
const fillable = /^[a-z0-9-]+$/;

/** A section's citations as templates: the article's are the Quote dialog's, the web edition's have the anchor's slot. */
export interface SectionTemplates {
  readonly section: string;
  /** The sentinel anchor, written where the target's goes. */
  readonly anchor: string;
  readonly quote: QuoteTemplates;
  /** The web edition's address on the sentinel anchor. */
  readonly url: string;
  /** Per style: the web edition's reference and a paragraph's in-text citation ({A}: its number), the sentinel anchor where it goes. */
  readonly edition: readonly {
    readonly style: CitationStyleId;
    readonly label: string;
    readonly reference: string;
    readonly paragraph: string;
  }[];
}

const sentinelParagraph = (section: CitationTarget, anchor: string): CitationTarget => ({
  ...section,
  id: `${section.id}-sentinel`,
  kind: 'paragraph',
  anchor,
  path: `${section.path.split('#')[0]}#${anchor}`,
});

/** Per style, the paragraph in-text template learnt first in the build, which other sections' are adapted from. */
const learnt = new Map<string, LearntTemplates<Record<string, string>>>();

/** A style's in-text citation of a paragraph, {A} its number: adapted from the first section's, or learnt. */
function paragraphTemplate(style: CitationStyleId, renderAnew: (locator: string) => string): string {
  const render = rememberingRender(renderAnew);
  const { sentinel, probe } = numberSentinels();
  return adaptedOrLearnt<{ paragraph: string }>(
    learnt,
    style,
    render(sentinel),
    (t) => fillPages(t.paragraph, probe) === render(probe),
    () => ({ paragraph: learnNumberTemplate(render) }),
  ).paragraph;
}

/** Learns `section`'s templates (citeproc, once per section). */
export function learnSectionTemplates(
  meta: ArticleMeta,
  edition: CitedEdition,
  section: CitationTarget,
  inferredPages: readonly number[],
): SectionTemplates {
  let anchor = ANCHOR;
  while (JSON.stringify(cslItem(meta, edition, section, 'edition')).includes(anchor)) anchor += 'X';
  const item = cslItem(meta, edition, sentinelParagraph(section, anchor), 'edition');
  return {
    section: section.id,
    anchor,
    quote: learnQuoteTemplates(meta, edition, section, inferredPages),
    url: item.URL ?? '',
    edition: CITATION_STYLES.map(({ id, label }) => ({
      style: id,
      label,
      reference: referenceWithAccessSlot(item, id, referenceHtml(item, id)),
      paragraph: paragraphTemplate(id, (locator) => inTextCitation(item, id, { label: 'paragraph', locator })),
    })),
  };
}

/** Every style's citation of `target` as `work`, rendered by citeproc. */
function rendered(meta: ArticleMeta, edition: CitedEdition, target: CitationTarget, work: CitedWork): StyleCitation[] {
  const item = cslItem(meta, edition, target, work);
  return formatAllStyles(item, inTextLocator(target, work)).map(({ style, label, html, inText }) => ({
    style,
    label,
    inText,
    html: work === 'edition' ? referenceWithAccessSlot(item, style, html) : html,
  }));
}

/** Every style's citation of `target` as `work`, filled from its section's templates; undefined where they do not serve. */
function filled(
  meta: ArticleMeta,
  edition: CitedEdition,
  target: CitationTarget,
  work: CitedWork,
  templates: SectionTemplates,
): StyleCitation[] | undefined {
  if (work === 'article') {
    return fillQuoteCitations(templates.quote, target.pages).styles.map((s) => ({
      style: s.id as CitationStyleId,
      label: s.label,
      html: s.reference,
      inText: s.inText,
    }));
  }
  const anchor = target.anchor ?? '';
  const item = cslItem(meta, edition, target, work);
  // The anchor's slot serves where the target's address is the sentinel's with its own anchor.
  if (!fillable.test(anchor) || item.URL !== templates.url.replace(templates.anchor, anchor)) return undefined;
  const locator = inTextLocator(target, work);
  return templates.edition.map(({ style, label, reference, paragraph }) => ({
    style,
    label,
    html: reference.replaceAll(templates.anchor, anchor),
    inText:
      target.kind === 'paragraph' && locator?.label === 'paragraph'
        ? fillPages(paragraph, locator.locator).replaceAll(templates.anchor, anchor)
        : inTextCitation(item, style, locator),
  }));
}

/** Per kind of target (section, paragraph): whether filling was checked against citeproc in this build, and held. */
const checked = new Map<CitationTarget['kind'], boolean>();

/** Fills `target`'s citations in both works and renders them with citeproc: whether they agree. */
function fillsAsRendered(meta: ArticleMeta, edition: CitedEdition, target: CitationTarget, templates: SectionTemplates): boolean {
  for (const work of ['article', 'edition'] as const) {
    const got = filled(meta, edition, target, work, templates);
    if (!got) continue;
    const differs = rendered(meta, edition, target, work).find((e, i) => e.html !== got[i]?.html || e.inText !== got[i]?.inText);
    if (differs) {
      console.warn(
        `The citations of ${target.id} filled from the templates of ${templates.section} differ from citeproc's (${work}, ${differs.style}); every ${target.kind} is rendered by citeproc instead.`,
      );
      return false;
    }
  }
  return true;
}

/**
 * Every style's citation of `target` as `work`, as its Cite panel shows it: filled from its
 * section's templates where they are given and serve, rendered by citeproc otherwise.
 */
export function panelStyleCitations(
  meta: ArticleMeta,
  edition: CitedEdition,
  target: CitationTarget,
  work: CitedWork,
  templates?: SectionTemplates,
): StyleCitation[] {
  if (!templates || target.kind === 'paper') return rendered(meta, edition, target, work);
  if (!checked.has(target.kind)) checked.set(target.kind, fillsAsRendered(meta, edition, target, templates));
  return (checked.get(target.kind) && filled(meta, edition, target, work, templates)) || rendered(meta, edition, target, work);
}
