/**
 * Renders CSL-JSON items (src/lib/cite/csl-item.ts) in the five citation styles and the three data
 * formats, with citation-js and the official CSL styles and locales in src/csl/. Runs at build
 * time only; the browser fills in the reader's access date (src/lib/cite/access-slots.ts).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import apa from '../../csl/apa.csl?raw';
import chicago from '../../csl/chicago-author-date.csl?raw';
import mla from '../../csl/modern-language-association.csl?raw';
import harvard from '../../csl/harvard-cite-them-right.csl?raw';
import gost from '../../csl/gost-r-7-0-5-2008.csl?raw';
import enUS from '../../csl/locales-en-US.xml?raw';
import ruRU from '../../csl/locales-ru-RU.xml?raw';
import type { CitedWork, CslItem, CslLocator } from './csl-item.ts';

export const CITATION_STYLES = [
  { id: 'apa', label: 'APA (7th ed.)', lang: 'en-US', xml: apa },
  { id: 'chicago-author-date', label: 'Chicago (author-date, 18th ed.)', lang: 'en-US', xml: chicago },
  { id: 'modern-language-association', label: 'MLA (9th ed.)', lang: 'en-US', xml: mla },
  { id: 'harvard-cite-them-right', label: 'Harvard (Cite Them Right)', lang: 'en-US', xml: harvard },
  { id: 'gost-r-7-0-5-2008', label: 'GOST R 7.0.5-2008', lang: 'ru-RU', xml: gost },
] as const;

export type CitationStyleId = (typeof CITATION_STYLES)[number]['id'];

export const DATA_FORMATS = [
  { id: 'bibtex', label: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex' },
  { id: 'ris', label: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems' },
  { id: 'csl-json', label: 'CSL-JSON', extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
] as const;

export type DataFormatId = (typeof DATA_FORMATS)[number]['id'];

/** Where the static file of a target's citation in a data format is served: "/cite/bib/article/iii-3.bib". */
export function citationFilePath(targetId: string, work: CitedWork, format: DataFormatId): string {
  const { extension } = DATA_FORMATS.find((f) => f.id === format) ?? DATA_FORMATS[0];
  return `/cite/${extension}/${work}/${targetId}.${extension}`;
}

let registered = false;
function register(): void {
  if (registered) return;
  const csl = plugins.config.get('@csl') as {
    styles: { add(id: string, xml: string): void };
    locales: { add(id: string, xml: string): void };
  };
  for (const style of CITATION_STYLES) csl.styles.add(style.id, style.xml);
  csl.locales.add('en-US', enUS);
  csl.locales.add('ru-RU', ruRU);
  // BibTeX keys are the items' ids ("china2019_iii_3"), not keys citation-js makes up from the title.
  (plugins.config.get('@bibtex') as { format: { useIdAsLabel: boolean } }).format.useIdAsLabel = true;
  registered = true;
}

export interface FormattedCitation {
  readonly style: CitationStyleId;
  readonly label: string;
  /** The reference-list entry as HTML (italics kept) and as plain text. */
  readonly html: string;
  readonly text: string;
  /** The in-text citation, with the locator where one is given. */
  readonly inText: string;
}

const bibliographyEntry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/;
/**
 * Numeric styles (GOST) number each entry of a reference list ("1. …"); the number is the
 * reader's list's, not the work's, so a single entry is given without it.
 */
const listNumber = /^\s*\d+\.\s+/;

/**
 * Rendered citations by what citeproc sees: the item without its id (which no style prints), the
 * style and the locator. Paragraphs on the same journal page of a section are the same reference
 * of the article, and their citation pages are built one after another, so the latest renderings
 * are remembered: at most REMEMBERED, the oldest forgotten first, so that the memory a build holds
 * does not grow with the paper.
 */
const rendered = new Map<string, FormattedCitation>();
const REMEMBERED = 256;

export function formatCitation(item: CslItem, style: CitationStyleId, locator?: CslLocator): FormattedCitation {
  const key = JSON.stringify([style, locator ?? null, { ...item, id: '' }]);
  let citation = rendered.get(key);
  if (!citation) {
    rendered.set(key, (citation = renderCitation(item, style, locator)));
    if (rendered.size > REMEMBERED) rendered.delete(rendered.keys().next().value!);
  }
  return citation;
}

function styleOf(style: CitationStyleId) {
  register();
  const spec = CITATION_STYLES.find((s) => s.id === style);
  if (!spec) throw new Error(`Unknown citation style "${style}"`);
  return spec;
}

/** The reference-list entry of `item` in `style` as HTML (italics kept), without a list number. */
export function referenceHtml(item: CslItem, style: CitationStyleId): string {
  const spec = styleOf(style);
  const html = new Cite(item).format('bibliography', { template: spec.id, lang: spec.lang, format: 'html' }) as string;
  const entry = bibliographyEntry.exec(html)?.[1];
  if (entry === undefined) throw new Error(`citation-js gave no entry for ${item.id} in ${style}`);
  return entry.trim().replace(listNumber, '');
}

/** The in-text citation of `item` in `style`, with the locator where one is given (and the style can print it). */
export function inTextCitation(item: CslItem, style: CitationStyleId, locator?: CslLocator, cite = new Cite(item)): string {
  const spec = styleOf(style);
  // GOST's style prints any locator as a page ("с. 5"), so it is given page locators only.
  const usable = locator && (locator.label === 'page' || spec.id !== 'gost-r-7-0-5-2008') ? locator : undefined;
  const inText = cite.format('citation', {
    template: spec.id,
    lang: spec.lang,
    format: 'text',
    entry: [{ id: item.id, ...usable }],
  }) as string;
  return inText.trim();
}

function renderCitation(item: CslItem, style: CitationStyleId, locator?: CslLocator): FormattedCitation {
  const spec = styleOf(style);
  const cite = new Cite(item);
  let text: string | undefined;
  return {
    style,
    label: spec.label,
    html: referenceHtml(item, style),
    inText: inTextCitation(item, style, locator, cite),
    // Rendered when first read: the Cite panels show the HTML entry, so most citations never need it.
    get text() {
      return (text ??= (cite.format('bibliography', { template: spec.id, lang: spec.lang, format: 'text' }) as string)
        .trim()
        .replace(listNumber, ''));
    },
  };
}

export const formatAllStyles = (item: CslItem, locator?: CslLocator) => CITATION_STYLES.map((s) => formatCitation(item, s.id, locator));

/**
 * RIS from citation-js's own tag mapping, one line per tag and value. citation-js's text output
 * wraps every value at 70 characters, which cuts URLs and titles in two for reference managers
 * that read a line as one value, so the tags it maps are written out unwrapped.
 */
function risText(items: readonly CslItem[]): string {
  const records = new Cite([...items]).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  return records
    .map((record) => {
      const lines = [`TY  - ${String(record['TY'])}`];
      for (const [tag, value] of Object.entries(record)) {
        if (tag === 'TY') continue;
        for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(v).trim()}`);
      }
      return [...lines, 'ER  - '].join('\r\n');
    })
    .join('\r\n\r\n');
}

/** The items in a data format, as the file a reference manager imports. */
export function formatData(items: readonly CslItem[], format: DataFormatId): string {
  register();
  if (format === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`;
  if (format === 'ris') return `${risText(items)}\r\n`;
  return `${(new Cite([...items]).format('bibtex', { format: 'text' }) as string).trim()}\n`;
}
