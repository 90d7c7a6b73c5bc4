/**
 * Quoting a passage. Selecting the author's words (in one paragraph, across several, or in a
 * table) shows a Quote control below the selection; each paragraph's Quote… button opens the same
 * dialog with the whole paragraph, narrowed by sentences. The dialog gives the words as the author
 * wrote them (src/client/quote-text.ts), the journal page(s) they stand on, a link that opens them
 * highlighted (a text fragment made by GoogleChromeLabs' text-fragments-polyfill), and their
 * citations: the original article on those pages, from templates citation-js rendered at build
 * time (/cite/quote/<section>.json, filled by src/lib/cite/page-slots.ts), and this web edition,
 * from the paragraph's or section's own citation page. Loaded by src/client/quote-loader.ts on
 * the first selection in the author's text; no citation is formatted here.
 */
import {
  generateFragmentFromRange,
  GenerateFragmentStatus,
  setTimeout as setFragmentTimeout,
} from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import { announce, copyToClipboard } from './announce.ts';
import { citeDialog, fetchPanel } from './cite-panel.ts';
import {
  offsetAt,
  pageAt,
  rangeOf,
  sentencesOf,
  textModel,
  trimmed,
  wordsAfter,
  wordsBefore,
  wordsIn,
  wordsOf,
  type TextModel,
} from './quote-text.ts';
import { fillQuoteCitations, type FilledQuoteCitations, type QuoteTemplates } from '../lib/cite/page-slots.ts';
import { spanLabel } from '../lib/paper/span-label.ts';
import { withTextFragment } from '../lib/site/text-fragment.ts';
import { sitePath } from '../lib/site/site-url.ts';

const PARAGRAPH = '[data-paragraph]';
const TABLE = 'figure[data-table]';

/** What a reader quotes: the words, where they stand, and what cites them. */
interface Passage {
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

const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);
const unique = <T>(values: readonly T[]) => [...new Set(values)];
const listOf = (ids: readonly string[]) => (ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`);

/**
 * The passage of the author's words `parts` cover. Its range runs from the first word to the last,
 * whatever the selection held beyond them (a page marker before, the ¶ control after): the link's
 * text fragment is made of the author's words alone.
 */
function textPassage(parts: readonly Part[]): Passage | undefined {
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

// ---------------------------------------------------------------- the link

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
  const markers = [...document.querySelectorAll('.page-marker')].filter((m) => within(range, m));
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
function linkTo(passage: Passage): string {
  const url = `${window.location.origin}${window.location.pathname}#${passage.anchor}`;
  const fragment = passageFragment(passage.range);
  return fragment ? withTextFragment(url, fragment) : url;
}

// ---------------------------------------------------------------- the dialog

const templates = new Map<string, Promise<QuoteTemplates | undefined>>();
function templatesOf(section: string): Promise<QuoteTemplates | undefined> {
  let got = templates.get(section);
  if (!got) {
    got = fetch(sitePath(`/cite/quote/${section}.json`))
      .then((r) => (r.ok ? (r.json() as Promise<QuoteTemplates>) : undefined))
      .catch(() => undefined);
    templates.set(section, got);
  }
  return got;
}

type Attributes = Record<string, string | boolean | undefined>;
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

const QUOTE_MARKS = { open: '“', close: '”' };
const quotationText = (passage: Passage) => passage.paragraphs.join('\n\n');

/** The original article on the quotation's pages: built like a citation page's panel, so that its copy buttons work alike. */
function articleWork(citations: FilledQuoteCitations, pages: string): HTMLElement {
  const work = 'the original article';
  const styles = el(
    'dl',
    { class: 'cite-styles' },
    ...citations.styles.map((s) => {
      const reference = el('p', { class: 'cite-reference', 'data-cite-reference': true });
      reference.innerHTML = s.reference;
      return el(
        'div',
        { class: 'cite-style', 'data-style': s.id },
        el('dt', {}, s.label),
        el(
          'dd',
          {},
          reference,
          el('p', { class: 'cite-intext' }, 'In text: ', el('span', { 'data-cite-intext': true }, s.inText)),
          el(
            'button',
            { type: 'button', class: 'cite-copy', 'data-copy': 'reference', 'aria-label': `Copy ${s.label} citation of ${work}` },
            'Copy',
          ),
        ),
      );
    }),
  );
  const data = el(
    'div',
    { class: 'cite-data' },
    ...citations.data.map((f) =>
      el(
        'details',
        { class: 'cite-format', 'data-format': f.id },
        el('summary', {}, f.label),
        el('pre', { tabindex: '0', role: 'group', 'aria-label': `${f.label} of ${work}` }, el('code', { 'data-cite-data': true }, f.text)),
        el(
          'p',
          { class: 'cite-format-actions' },
          el('button', { type: 'button', class: 'cite-copy', 'data-copy': 'data', 'aria-label': `Copy ${f.label} of ${work}` }, 'Copy'),
        ),
      ),
    ),
  );
  return el(
    'section',
    { class: 'cite-work', 'data-work': 'article', 'aria-labelledby': 'quote-article-heading' },
    el('h2', { id: 'quote-article-heading', class: 'cite-work-heading' }, 'The original article'),
    el(
      'p',
      { class: 'cite-work-about' },
      `The article as the journal published it, on the journal page(s) the quotation stands on (${pages}).`,
    ),
    el(
      'p',
      { class: 'cite-note', 'data-cite-note': true, hidden: !citations.note },
      el('span', { 'data-cite-note-text': true }, citations.note ?? ''),
      ' The styles print the page numbers plainly; the in-text citations put inferred pages in square brackets.',
    ),
    styles,
    data,
  );
}

/** The in-text form a reader picked for "quotation with citation": a work and a style. */
function inTextFor(dialog: HTMLElement, choice: string): string {
  const [work, style] = choice.split(':');
  return dialog.querySelector(`[data-work="${work}"] [data-style="${style}"] [data-cite-intext]`)?.textContent?.trim() ?? '';
}

interface Narrowing {
  readonly model: TextModel;
  readonly sentences: readonly { start: number; end: number }[];
}

class QuoteDialog {
  private passage: Passage;
  private readonly dialog = citeDialog();
  private readonly body: Element;
  /** The citation pages fetched for this dialog, by target: narrowing a paragraph keeps its page. */
  private readonly panels = new Map<string, Promise<Element | undefined>>();

  constructor(passage: Passage, narrowing?: Narrowing) {
    this.passage = passage;
    this.body = this.dialog.querySelector('.cite-dialog-body') ?? this.dialog;
    const passageSection = el('section', { class: 'quote-passage', 'aria-labelledby': 'quote-passage-heading' });
    this.body.replaceChildren(passageSection);
    if (narrowing) passageSection.before(this.narrowControls(narrowing));
  }

  /** The passage, its pages, its link and the quotation with the citation the reader picks; then the citations. */
  async render(): Promise<void> {
    const { passage } = this;
    if (!this.panels.has(passage.citeId)) this.panels.set(passage.citeId, fetchPanel(sitePath(`/cite/${passage.citeId}/`)));
    const [quoteTemplates, panel] = await Promise.all([templatesOf(passage.section), this.panels.get(passage.citeId)]);
    const title = this.dialog.querySelector('#cite-dialog-title');
    const label = spanLabel(passage.pages, quoteTemplates?.inferredPages ?? []);
    if (title) title.textContent = `Quote from ${passage.what} (journal ${label})`;
    const link = linkTo(passage);
    const quote = el('blockquote', { class: 'quote-text', 'data-quote-text': true }, ...passage.paragraphs.map((p) => el('p', {}, p)));
    const choice = this.body.querySelector<HTMLSelectElement>('#quote-style')?.value || 'article:apa';
    const styleSelect = el(
      'select',
      { id: 'quote-style' },
      ...(['article', 'edition'] as const).map((work) =>
        el(
          'optgroup',
          { label: work === 'article' ? 'The original article' : 'This web edition' },
          ...(quoteTemplates?.styles ?? []).map((s) =>
            el('option', { value: `${work}:${s.id}`, selected: `${work}:${s.id}` === choice }, s.label),
          ),
        ),
      ),
    );
    const cited = el('p', { class: 'quote-cited', 'data-quote-cited': true });
    const passageSection = this.body.querySelector('.quote-passage');
    passageSection?.replaceChildren(
      el('h3', { id: 'quote-passage-heading', class: 'quote-heading' }, 'The passage, as the author wrote it'),
      quote,
      el(
        'dl',
        { class: 'quote-facts' },
        el('dt', {}, 'Journal page(s)'),
        el('dd', { 'data-quote-pages': true }, label),
        el('dt', {}, passage.what.startsWith('Table') ? 'Table' : passage.ids.length === 1 ? 'Paragraph' : 'Paragraphs'),
        el('dd', { 'data-quote-ids': true }, passage.ids.join(', ')),
        el('dt', {}, 'Link that opens the passage'),
        el(
          'dd',
          {},
          el('a', { href: link, class: 'quote-link', 'data-quote-link': true }, link),
          ' ',
          el('button', { type: 'button', class: 'cite-copy quote-copy', 'data-quote-copy': 'link' }, 'Copy link'),
        ),
      ),
      el('h3', { class: 'quote-heading' }, 'Quotation with citation'),
      el('p', { class: 'quote-choose' }, el('label', { for: 'quote-style' }, 'Cite it as '), styleSelect),
      cited,
      el(
        'p',
        { class: 'quote-actions' },
        el('button', { type: 'button', class: 'cite-copy quote-copy', 'data-quote-copy': 'cited' }, 'Copy quotation with citation'),
        ' ',
        el('button', { type: 'button', class: 'cite-copy quote-copy', 'data-quote-copy': 'quotation' }, 'Copy quotation only'),
      ),
    );
    // The citations after the passage: the article's on these pages in the citation page's panel, once.
    for (const old of this.body.querySelectorAll('cite-panel, .quote-unavailable')) if (old !== panel) old.remove();
    if (panel && quoteTemplates) {
      panel
        .querySelector('.cite-work[data-work="article"]')
        ?.replaceWith(articleWork(fillQuoteCitations(quoteTemplates, passage.pages), label));
      if (panel.parentElement !== this.body) this.body.append(panel);
    } else {
      this.body.append(
        el('p', { class: 'quote-unavailable' }, 'The citations could not be loaded; the Cite link of the paragraph gives them.'),
      );
    }
    const showCited = () =>
      (cited.textContent = `${QUOTE_MARKS.open}${quotationText(this.passage)}${QUOTE_MARKS.close} ${inTextFor(this.body as HTMLElement, styleSelect.value)}`);
    styleSelect.addEventListener('change', showCited);
    showCited();
    this.body.setAttribute('data-quote-ready', '');
  }

  /** The keyboard path: the whole paragraph, narrowed to a range of its sentences. */
  private narrowControls({ model, sentences }: Narrowing): HTMLElement {
    const options = (selected: number) =>
      sentences.map((s, i) =>
        el(
          'option',
          { value: String(i), selected: i === selected },
          `${i + 1}: ${wordsOf(model, s.start, Math.min(s.end, s.start + 60))}…`,
        ),
      );
    const from = el('select', { id: 'quote-from' }, ...options(0));
    const to = el('select', { id: 'quote-to' }, ...options(sentences.length - 1));
    const change = () => {
      const [a, b] = [Number(from.value), Number(to.value)].sort((x, y) => x - y);
      const [first, last] = [sentences[a ?? 0], sentences[b ?? 0]];
      if (!first || !last) return;
      const passage = textPassage([{ model, start: first.start, end: last.end }]);
      if (passage) {
        this.passage = passage;
        void this.render();
      }
    };
    from.addEventListener('change', change);
    to.addEventListener('change', change);
    return el(
      'fieldset',
      { class: 'quote-narrow' },
      el('legend', {}, `Quote sentences of the paragraph (${sentences.length} in all)`),
      el('label', { for: 'quote-from' }, 'From sentence '),
      from,
      ' ',
      el('label', { for: 'quote-to' }, 'to sentence '),
      to,
    );
  }

  async open(returnFocus: HTMLElement | undefined): Promise<void> {
    this.body.removeAttribute('data-quote-ready');
    await this.render();
    this.dialog.addEventListener('close', () => returnFocus?.focus(), { once: true });
    if (!this.dialog.open) this.dialog.showModal();
  }

  /** What a copy button copies. */
  static textToCopy(button: HTMLElement, body: Element): string {
    const kind = button.dataset['quoteCopy'];
    if (kind === 'link') return body.querySelector('[data-quote-link]')?.getAttribute('href') ?? '';
    if (kind === 'cited') return body.querySelector('[data-quote-cited]')?.textContent ?? '';
    return [...body.querySelectorAll('[data-quote-text] p')].map((p) => p.textContent).join('\n\n');
  }
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.quote-copy');
  const body = button?.closest('.cite-dialog-body');
  if (!button || !body) return;
  const what =
    { link: 'Link to the passage', cited: 'Quotation with citation', quotation: 'Quotation' }[button.dataset['quoteCopy'] ?? 'quotation'] ??
    'Quotation';
  const copied = await copyToClipboard(QuoteDialog.textToCopy(button, body));
  announce(
    copied ? `${what} copied to the clipboard` : `Could not copy the ${what.toLowerCase()}: select the text and copy it`,
    copied ? 'Copied' : 'Could not copy',
  );
});

// ---------------------------------------------------------------- the Quote control

let control: HTMLButtonElement | undefined;
let pending: Passage | undefined;

function quoteControl(): HTMLButtonElement {
  if (control) return control;
  control = el(
    'button',
    { type: 'button', id: 'quote-control', class: 'quote-control', 'data-pagefind-ignore': true, hidden: true },
    'Quote',
  );
  control.setAttribute('aria-label', 'Quote the selected words, with their journal page');
  // Pressing the control must not clear the selection it quotes.
  control.addEventListener('pointerdown', (event) => event.preventDefault());
  control.addEventListener('click', () => {
    const passage = pending;
    if (!passage || !control) return;
    control.hidden = true;
    void new QuoteDialog(passage).open(undefined);
  });
  document.body.append(control);
  return control;
}

/** The paragraphs' own controls (¶, Cite, Quote…), which the Quote control must not cover. */
const PARAGRAPH_CONTROLS = '.para .permalink, .para .cite-paragraph, .para .quote-paragraph:not([hidden])';

/**
 * The control below the selection's end, where a phone's own selection menu (above it) does not
 * cover it, and below any paragraph control it would otherwise cover (the selection may end beside
 * the paragraph's own Quote… button).
 */
function placeControl(range: Range): void {
  const button = quoteControl();
  const rects = range.getClientRects();
  const end = rects[rects.length - 1] ?? range.getBoundingClientRect();
  button.hidden = false;
  const [width, height] = [button.offsetWidth, button.offsetHeight];
  const left = Math.min(Math.max(end.right - width, 8), document.documentElement.clientWidth - width - 8);
  let top = end.bottom + 8;
  // In document order, so that a control pushed below one is checked against the next.
  for (const other of document.querySelectorAll(PARAGRAPH_CONTROLS)) {
    const box = other.getBoundingClientRect();
    const overlaps = box.width > 0 && box.left < left + width && box.right > left && box.top < top + height && box.bottom > top;
    if (overlaps) top = box.bottom + 8;
  }
  button.style.left = `${left + window.scrollX}px`;
  button.style.top = `${top + window.scrollY}px`;
}

/** Shows the Quote control for a selection in the author's text, hides it otherwise. */
export function update(): void {
  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
  pending = range ? passageOf(range) : undefined;
  if (pending && range) placeControl(range);
  else if (control) control.hidden = true;
}

let timer: number | undefined;
/** Follows the selection from now on (the loader calls it on the first selection in the text). */
export function start(): void {
  document.addEventListener('selectionchange', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 120);
  });
  update();
}

/** A paragraph's Quote… button: the dialog with the whole paragraph, to narrow by sentences. */
export function quoteParagraph(button: HTMLButtonElement): void {
  const block = button.closest<HTMLElement>(PARAGRAPH);
  if (!block) return;
  const model = textModel(block);
  const sentences = sentencesOf(model);
  const whole = trimmed(model, 0, model.text.length);
  const passage = textPassage([{ model, ...whole }]);
  if (passage) void new QuoteDialog(passage, { model, sentences }).open(button);
}
