/**
 * The link that opens a quoted passage: the anchor of its paragraph (or table) and a text fragment
 * of its words, made by GoogleChromeLabs' text-fragments-polyfill and kept to the words a reader
 * sees, so that a browser highlights the passage (src/lib/site/text-fragment.ts writes it).
 */
import {
  generateFragmentFromRange,
  GenerateFragmentStatus,
  setTimeout as setFragmentTimeout,
} from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import { offsetAt, textModel, wordsAfter, wordsBefore, wordsIn } from './quote-text.ts';
import { elementOf, PARAGRAPH, TABLE, type Passage } from './quote-passage.ts';
import { PAGE_MARKER } from '../lib/paper/edition-marks.ts';
import { withTextFragment } from '../lib/site/text-fragment.ts';

type Fragment = NonNullable<ReturnType<typeof generateFragmentFromRange>['fragment']>;

// A long page with many charts takes the library longer than its default half second here.
setFragmentTimeout(3000);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
/** How often `words` stand in `shown` (the page as the reader sees it, squashed), which is the text a browser finds a fragment's words in. */
const timesIn = (shown: string, words: string) => shown.split(squash(words)).length - 1;

/**
 * The library's fragment for a range (which it moves to word boundaries: it is given a copy),
 * with context only of the reader-visible author's words beside it. The library reads the page's
 * text as its DOM holds it, screen-reader labels and the closed Cite panel's words included, and
 * may take its prefix or suffix from them ("page p. 24-,First of all", "…Asia.,-¶Copy link to"):
 * a browser, which finds a fragment's words in the rendered text only, then highlights nothing.
 * In a paragraph, a prefix or suffix is kept only if it is the author's words that run on with
 * the passage, else replaced by those words (up to three, none across a page marker), else
 * dropped; and a fragment left with no context must name words the page shows once.
 */
const fragmentOf = (range: Range): Fragment | undefined => {
  if (range.collapsed || !range.toString().trim()) return undefined;
  const result = generateFragmentFromRange(range.cloneRange());
  const fragment = result.status === GenerateFragmentStatus.SUCCESS ? result.fragment : undefined;
  const block = elementOf(range.startContainer)?.closest<HTMLElement>(PARAGRAPH);
  const endBlock = elementOf(range.endContainer)?.closest<HTMLElement>(PARAGRAPH);
  if (!fragment || !block || !endBlock) return fragment;
  const [startModel, endModel] = [textModel(block), textModel(endBlock)];
  const before = wordsBefore(startModel, offsetAt(startModel, range.startContainer, range.startOffset));
  const after = wordsAfter(endModel, offsetAt(endModel, range.endContainer, range.endOffset));
  const { prefix, suffix, ...terms } = fragment;
  const prefixNow = prefix !== undefined && squash(before).endsWith(squash(prefix)) ? prefix : before || undefined;
  const suffixNow = suffix !== undefined && squash(after).startsWith(squash(suffix)) ? suffix : after || undefined;
  const sanitised = { ...terms, ...(prefixNow && { prefix: prefixNow }), ...(suffixNow && { suffix: suffixNow }) };
  if (sanitised.prefix || sanitised.suffix) return sanitised;
  // The page's rendered text, read once (innerText lays the page out).
  const shown = squash(document.body.innerText);
  if (timesIn(shown, sanitised.textStart) === 1) return sanitised;
  return sanitised.textEnd === undefined ? undefined : withLongerStart(sanitised, range, shown);
};

/**
 * A start,end fragment with no words beside it for context, whose start the page shows more than
 * once: its start lengthened, word by word from the passage (its first word as the library
 * widened it), until the page shows it once; undefined if it never does before it meets the end.
 */
function withLongerStart(fragment: Fragment, range: Range, shown: string): Fragment | undefined {
  const words = wordsIn(range.toString());
  const start = wordsIn(fragment.textStart);
  const first = start[0] ?? '';
  if (words[0] && first.endsWith(words[0])) words[0] = first;
  const room = words.length - wordsIn(fragment.textEnd ?? '').length;
  for (let n = start.length + 1; n <= Math.min(room, 20); n++) {
    const textStart = words.slice(0, n).join(' ');
    if (timesIn(shown, textStart) === 1) return { ...fragment, textStart };
  }
  return undefined;
}

/** Whether `node` stands inside `range`, with some of the range before it and after it (not merely touching an end). */
function within(range: Range, node: Node): boolean {
  const around = document.createRange();
  around.selectNode(node);
  return range.compareBoundaryPoints(Range.START_TO_START, around) < 0 && range.compareBoundaryPoints(Range.END_TO_END, around) > 0;
}

/** The text nodes just before and just after `node` (outside it) in the document. */
function textAround(node: Node): { before: Text | undefined; after: Text | undefined } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  const before = (walker.previousNode() as Text | null) ?? undefined;
  walker.currentNode = node;
  let after = walker.nextNode();
  while (after && node.contains(after)) after = walker.nextNode();
  return { before, after: (after as Text | null) ?? undefined };
}

/**
 * The text fragment that opens the passage's words. A browser finds a fragment's words within one
 * run of text, and a page marker inside the words (its label is positioned out of the text's flow)
 * breaks the run: a passage across a page start is opened from its first words before the first
 * marker to its last words after the last marker, each found by the library. The library widens a
 * piece to whole words, and a word that touches a marker would take in the marker's label, so
 * the first piece stops at the last space before the marker, and the last starts at the first
 * space after it.
 */
function passageFragment(range: Range): Fragment | undefined {
  const markers = [...document.querySelectorAll(PAGE_MARKER)].filter((m) => within(range, m));
  const [first, last] = [markers[0], markers.at(-1)];
  if (!first || !last) return fragmentOf(range);
  const before = range.cloneRange();
  before.setEndBefore(first);
  const end = textAround(first).before;
  const space = end ? end.data.search(/\s\S*$/) : -1;
  if (end && space >= 0 && range.comparePoint(end, space) === 0) before.setEnd(end, space);
  const after = range.cloneRange();
  after.setStartAfter(last);
  const start = textAround(last).after;
  const gap = start ? start.data.search(/\s/) : -1;
  if (start && gap >= 0 && range.comparePoint(start, gap) === 0) after.setStart(start, gap);
  // The last words stand in the passage's last block: a text fragment's end is found within one.
  const endBlock = elementOf(range.endContainer)?.closest(`${PARAGRAPH}, ${TABLE}`);
  if (endBlock && !endBlock.contains(last)) after.setStart(endBlock, 0);
  // The last words need not be unique in the page, only the first of their kind after the first words: all of them are given.
  const [head, tailWords] = [fragmentOf(before), after.toString().replace(/\s+/g, ' ').trim()];
  if (!head || !tailWords) return head ?? fragmentOf(after);
  return { ...(head.prefix && { prefix: head.prefix }), textStart: head.textStart, textEnd: tailWords };
}

/** The passage's address: the anchor of its paragraph and a text fragment that opens its words, or the anchor alone. */
export function linkTo(passage: Passage): string {
  const url = `${window.location.origin}${window.location.pathname}#${passage.anchor}`;
  const fragment = passageFragment(passage.range);
  return fragment ? withTextFragment(url, fragment) : url;
}
