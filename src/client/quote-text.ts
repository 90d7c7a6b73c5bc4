/**
 * The author's words of a paragraph as the Quote dialog reads them: the text of the paragraph
 * without what the edition inserts (page markers, ¶ and Cite controls, screen-reader labels), with
 * where each journal page begins in it, and the way from a point of the page (a selection's ends)
 * to an offset in that text and back. No layout: it reads the DOM only.
 */
import { NOT_AUTHOR_TEXT, PAGE_MARKER } from '../lib/paper/edition-marks.ts';

export interface TextModel {
  readonly block: HTMLElement;
  readonly text: string;
  readonly nodes: readonly { node: Text; start: number }[];
  /** Where a journal page begins inside the text (its offset) and which page it is. */
  readonly pageStarts: readonly { offset: number; page: number }[];
  /** The page the text begins on (the block's data-pages). */
  readonly firstPage: number;
}

export function textModel(block: HTMLElement): TextModel {
  const nodes: { node: Text; start: number }[] = [];
  const pageStarts: { offset: number; page: number }[] = [];
  let text = '';
  const walk = (parent: Node): void => {
    for (const child of parent.childNodes) {
      if (child instanceof Text) {
        nodes.push({ node: child, start: text.length });
        text += child.data;
      } else if (child instanceof HTMLElement) {
        if (child.matches(PAGE_MARKER)) pageStarts.push({ offset: text.length, page: Number(child.dataset['page']) });
        else if (!child.matches(NOT_AUTHOR_TEXT)) walk(child);
      }
    }
  };
  walk(block);
  return { block, text, nodes, pageStarts, firstPage: Number((block.dataset['pages'] ?? '').split('-')[0]) };
}

/** The offset in `model`'s text of a point of the page (a selection's start or end). */
export function offsetAt(model: TextModel, container: Node, offset: number): number {
  const point = document.createRange();
  point.setStart(container, offset);
  let at = 0;
  for (const { node, start } of model.nodes) {
    if (node === container) return start + offset;
    // The text node ends before the point (or at it): all of it comes before.
    if (point.comparePoint(node, node.length) <= 0) at = start + node.length;
    else break;
  }
  return at;
}

const WORD = /[\p{L}\p{N}]/u;
/** The words of a text, split at white space. */
export const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * Up to `count` whole words of the author's just before `offset` that a reader sees run on into
 * it: none across a page marker (its label stands between), none cut by `offset` itself.
 */
export function wordsBefore(model: TextModel, offset: number, count = 3): string {
  const from = Math.max(0, ...model.pageStarts.filter((p) => p.offset <= offset).map((p) => p.offset));
  const words = wordsIn(model.text.slice(from, offset));
  if (WORD.test(model.text[offset - 1] ?? '') && WORD.test(model.text[offset] ?? '')) words.pop();
  return words.slice(-count).join(' ');
}

/** Up to `count` whole words of the author's just after `offset`, likewise. */
export function wordsAfter(model: TextModel, offset: number, count = 3): string {
  const to = Math.min(model.text.length, ...model.pageStarts.filter((p) => p.offset >= offset).map((p) => p.offset));
  const words = wordsIn(model.text.slice(offset, to));
  if (WORD.test(model.text[offset - 1] ?? '') && WORD.test(model.text[offset] ?? '')) words.shift();
  return words.slice(0, count).join(' ');
}

/** The journal page the character at `offset` stands on. */
export function pageAt(model: TextModel, offset: number): number {
  let page = model.firstPage;
  for (const start of model.pageStarts) if (start.offset <= offset) page = start.page;
  return page;
}

/** A part of the text without the white space at its ends: [start, end) narrowed to the words. */
export function trimmed(model: TextModel, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(model.text[start] ?? '')) start++;
  while (end > start && /\s/.test(model.text[end - 1] ?? '')) end--;
  return { start, end };
}

/** The words of [start, end) as one line: white space (line breaks of the markup) made single spaces. */
export const wordsOf = (model: TextModel, start: number, end: number) => model.text.slice(start, end).replace(/\s+/g, ' ').trim();

/** A DOM range over [start, end) of the text: what a text fragment is made from. */
export function rangeOf(model: TextModel, start: number, end: number): Range {
  const range = document.createRange();
  const place = (offset: number, edge: 'start' | 'end') => {
    const hit =
      model.nodes.find(({ node, start: s }) => (edge === 'start' ? offset < s + node.length : offset <= s + node.length)) ??
      model.nodes.at(-1);
    if (!hit) return;
    const within = Math.min(Math.max(offset - hit.start, 0), hit.node.length);
    if (edge === 'start') range.setStart(hit.node, within);
    else range.setEnd(hit.node, within);
  };
  place(start, 'start');
  place(end, 'end');
  return range;
}

/** The sentences of the text (Intl.Segmenter), each as [start, end) without surrounding white space. */
export function sentencesOf(model: TextModel): { start: number; end: number }[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(model.text)].map((s) => trimmed(model, s.index, s.index + s.segment.length)).filter((s) => s.end > s.start);
}
