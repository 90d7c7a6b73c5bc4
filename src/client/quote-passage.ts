/**
 * The passage a reader quotes: the author's words a selection (or a paragraph's sentences) covers,
 * in one paragraph, across several, or in a table's cells; the journal pages they stand on; the
 * ids and the section that cite them. Read from the page by src/client/quote-text.ts, which
 * leaves out what is not the author's words.
 */
import { offsetAt, pageAt, rangeOf, textModel, trimmed, wordsOf, type TextModel } from './quote-text.ts';

/** A paragraph of the author's text, and a table, as the page marks them. */
export const PARAGRAPH = '[data-paragraph]';
export const TABLE = 'figure[data-table]';

/** What a reader quotes: the words, where they stand, and what cites them. */
export interface Passage {
  /** The quoted words: a paragraph's each, or a table's rows (cells a tab apart). */
  readonly paragraphs: readonly string[];
  readonly pages: { readonly first: number; readonly last: number };
  /** "paragraph iii-4-05", "paragraphs iii-4-05 and iii-4-06", "Table 1". */
  readonly what: string;
  readonly ids: readonly string[];
  /** The section whose article citation the quotation takes (/cite/quote/<section>.json): "paper" across sections. */
  readonly section: string;
  /** The citation page whose web edition citations the quotation takes. */
  readonly citeId: string;
  /** The words on the page, for the link's text fragment, and the element the link's anchor names. */
  readonly range: Range;
  readonly anchor: string;
}

interface Part {
  readonly model: TextModel;
  readonly start: number;
  readonly end: number;
}

export const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);
const unique = <T>(values: readonly T[]) => [...new Set(values)];
const listOf = (ids: readonly string[]) => (ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`);

/**
 * The passage of the author's words `parts` cover. Its range runs from the first word to the last,
 * whatever the selection held beyond them (a page marker before, the ¶ control after): the link's
 * text fragment is made of the author's words alone.
 */
export function textPassage(parts: readonly Part[]): Passage | undefined {
  const [first, last] = [parts[0], parts.at(-1)];
  if (!first || !last) return undefined;
  const range = rangeOf(first.model, first.start, first === last ? last.end : first.model.text.length);
  if (first !== last) {
    const end = rangeOf(last.model, 0, last.end);
    range.setEnd(end.endContainer, end.endOffset);
  }
  const ids = parts.map((p) => p.model.block.id);
  const sections = unique(parts.map((p) => p.model.block.dataset['section'] ?? 'paper'));
  const section = sections.length === 1 && sections[0] ? sections[0] : 'paper';
  return {
    paragraphs: parts.map((p) => wordsOf(p.model, p.start, p.end)),
    pages: { first: pageAt(first.model, first.start), last: pageAt(last.model, last.end - 1) },
    what: `${ids.length === 1 ? 'paragraph' : 'paragraphs'} ${listOf(ids)}`,
    ids,
    section,
    citeId: ids.length === 1 ? first.model.block.id : section,
    range,
    anchor: first.model.block.id,
  };
}

/** The part of `block`'s words a range covers, white space trimmed; undefined when it covers none. */
function partOf(block: HTMLElement, range: Range): Part | undefined {
  const model = textModel(block);
  const start = block.contains(range.startContainer) ? offsetAt(model, range.startContainer, range.startOffset) : 0;
  const end = block.contains(range.endContainer) ? offsetAt(model, range.endContainer, range.endOffset) : model.text.length;
  const words = trimmed(model, start, end);
  return words.end > words.start ? { model, ...words } : undefined;
}

/** A selection in a table quotes the cells it touches (the caption's words too, if it touches them) and cites the table. */
function tablePassage(figure: HTMLElement, range: Range): Passage | undefined {
  const table = figure.querySelector('table');
  if (!table) return undefined;
  const touched = (cell: HTMLElement) => {
    const part = range.intersectsNode(cell) ? partOf(cell, range) : undefined;
    return part && wordsOf(part.model, 0, Infinity);
  };
  const caption = table.caption && touched(table.caption);
  const rows = [...table.rows].map((row) => [...row.cells].map(touched).filter((t): t is string => Boolean(t))).filter((r) => r.length > 0);
  const lines = [...(caption ? [caption] : []), ...rows.map((r) => r.join('\t'))];
  if (lines.length === 0) return undefined;
  const [first, last] = (figure.dataset['pages'] ?? '').split('-').map(Number);
  const section = figure.dataset['section'] ?? 'paper';
  return {
    paragraphs: [lines.join('\n')],
    pages: { first: first ?? 0, last: last ?? first ?? 0 },
    what: figure.dataset['label'] ?? figure.id,
    ids: [figure.id],
    section,
    citeId: section,
    range,
    anchor: figure.id,
  };
}

/** The passage a range of the page covers, if both its ends are in the author's text. */
export function passageOf(range: Range): Passage | undefined {
  const start = elementOf(range.startContainer)?.closest<HTMLElement>(`${PARAGRAPH}, ${TABLE}`);
  const end = elementOf(range.endContainer)?.closest<HTMLElement>(`${PARAGRAPH}, ${TABLE}`);
  if (!start || !end) return undefined;
  if (start.matches(TABLE) || end.matches(TABLE))
    return start === end && range.intersectsNode(start.querySelector('table') ?? start) ? tablePassage(start, range) : undefined;
  const blocks = [...document.querySelectorAll<HTMLElement>(PARAGRAPH)].filter((p) => range.intersectsNode(p));
  const parts = blocks.map((block) => partOf(block, range)).filter((p): p is Part => Boolean(p));
  return textPassage(parts);
}
