/**
 * The Quote dialog: the passage as the author wrote it, its journal pages, the link that opens it
 * and the quotation with the citation a reader picks; then the citations, in the Cite panel of the
 * passage's citation page (/cite/<id>/), whose original-article part is filled with the
 * quotation's pages from templates citation-js rendered at build time (/cite/quote/<section>.json,
 * src/lib/cite/page-slots.ts). The markup is the citation page's <template id="quote-dialog-parts">
 * (src/components/cite/QuoteDialogParts.astro); <quote-dialog> keeps the passage it shows and
 * fills that markup. No citation is formatted here.
 */
import { announce, copyToClipboard } from './announce.ts';
import { citeDialog, fetchCitationPage } from './cite-panel.ts';
import { wordsOf, type TextModel } from './quote-text.ts';
import { textPassage, type Passage } from './quote-passage.ts';
import { linkTo } from './quote-link.ts';
import { fillQuoteCitations, type FilledQuoteCitations, type QuoteTemplates } from '../lib/cite/page-slots.ts';
import { spanLabel } from '../lib/paper/span-label.ts';
import { sitePath } from '../lib/site/site-url.ts';

/** The whole paragraph a reader opened with its Quote… button, and its sentences to narrow it to. */
export interface Narrowing {
  readonly model: TextModel;
  readonly sentences: readonly { start: number; end: number }[];
}

const templates = new Map<string, Promise<QuoteTemplates | undefined>>();
/** The section's templates of the article's citations, fetched once per page. */
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

const QUOTE_MARKS = { open: '“', close: '”' };
const quotationText = (passage: Passage) => passage.paragraphs.join('\n\n');
const the = <E extends Element>(root: ParentNode, selector: string) => root.querySelector<E>(selector);

/** The Cite panel's original-article part, with the quotation's pages: its references, in-text forms, data, note and the line about it. */
function fillArticle(panel: Element, citations: FilledQuoteCitations, about: Element | null): void {
  const work = the(panel, '.cite-work[data-work="article"]');
  if (!work) return;
  for (const style of citations.styles) {
    const reference = the(work, `[data-style="${style.id}"] [data-cite-reference]`);
    if (reference) reference.innerHTML = style.reference;
    const inText = the(work, `[data-style="${style.id}"] [data-cite-intext]`);
    if (inText) inText.textContent = style.inText;
  }
  for (const format of citations.data) {
    const data = the(work, `[data-format="${format.id}"] [data-cite-data]`);
    if (data) data.textContent = format.text;
  }
  const note = the<HTMLElement>(work, '[data-cite-note]');
  if (note) note.hidden = !citations.note;
  const noteText = the(work, '[data-cite-note-text]');
  if (noteText) noteText.textContent = citations.note ?? '';
  if (about) the(work, '.cite-work-about')?.replaceWith(about);
  // The panel's files cite its own target's pages, not the quotation's.
  for (const download of work.querySelectorAll('.cite-download')) download.remove();
}

class QuoteDialog extends HTMLElement {
  /** What the dialog shows; narrowing the paragraph replaces it. */
  passage: Passage | undefined;
  /** The Cite panel of the passage's citation page (narrowing a paragraph keeps its page, so its panel). */
  panel: Element | undefined;

  /** Shows `passage`; with a paragraph's sentences, the range a reader can narrow it to. */
  show(passage: Passage, panel: Element | undefined, narrowing?: Narrowing): void {
    this.passage = passage;
    this.panel = panel;
    if (narrowing) this.narrowTo(narrowing);
    the(this, '#quote-style')?.addEventListener('change', () => this.showCited());
  }

  /** The passage, its pages, its link and the quotation with the citation the reader picks; then the citations. */
  async render(): Promise<void> {
    const { passage, panel } = this;
    if (!passage) return;
    const body = this.closest('.cite-dialog-body');
    body?.removeAttribute('data-quote-ready');
    const quoteTemplates = await templatesOf(passage.section);
    const label = spanLabel(passage.pages, quoteTemplates?.inferredPages ?? []);
    const title = this.closest('dialog')?.querySelector('#cite-dialog-title');
    if (title) title.textContent = `Quote from ${passage.what} (journal ${label})`;
    const quote = the(this, '[data-quote-text]');
    quote?.replaceChildren(...passage.paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
    for (const pages of this.querySelectorAll('[data-quote-pages], [data-quote-article-pages]')) pages.textContent = label;
    const term = the(this, '[data-quote-ids-term]');
    if (term) term.textContent = passage.what.startsWith('Table') ? 'Table' : passage.ids.length === 1 ? 'Paragraph' : 'Paragraphs';
    const ids = the(this, '[data-quote-ids]');
    if (ids) ids.textContent = passage.ids.join(', ');
    const link = the<HTMLAnchorElement>(this, '[data-quote-link]');
    if (link) link.textContent = link.href = linkTo(passage);
    const unavailable = the<HTMLElement>(this, '[data-quote-unavailable]');
    if (panel && quoteTemplates) {
      fillArticle(panel, fillQuoteCitations(quoteTemplates, passage.pages), the(this, '[data-quote-article-about]'));
      if (!panel.isConnected) this.append(panel);
    }
    if (unavailable) unavailable.hidden = Boolean(panel && quoteTemplates);
    this.showCited();
    body?.setAttribute('data-quote-ready', '');
  }

  /** The quotation with the in-text form of the work and style the reader picked. */
  private showCited(): void {
    const cited = the(this, '[data-quote-cited]');
    const [work, style] = (the<HTMLSelectElement>(this, '#quote-style')?.value ?? 'article:apa').split(':');
    const inText = the(this, `[data-work="${work}"] [data-style="${style}"] [data-cite-intext]`)?.textContent?.trim() ?? '';
    if (cited && this.passage) cited.textContent = `${QUOTE_MARKS.open}${quotationText(this.passage)}${QUOTE_MARKS.close} ${inText}`;
  }

  /** The keyboard path: the whole paragraph, narrowed to a range of its sentences. */
  private narrowTo({ model, sentences }: Narrowing): void {
    const fieldset = the<HTMLFieldSetElement>(this, '[data-quote-narrow]');
    const [from, to] = [the<HTMLSelectElement>(this, '#quote-from'), the<HTMLSelectElement>(this, '#quote-to')];
    const count = the(this, '[data-quote-sentences]');
    if (!fieldset || !from || !to) return;
    if (count) count.textContent = String(sentences.length);
    const options = (selected: number) =>
      sentences.map(
        (s, i) => new Option(`${i + 1}: ${wordsOf(model, s.start, Math.min(s.end, s.start + 60))}…`, String(i), false, i === selected),
      );
    from.replaceChildren(...options(0));
    to.replaceChildren(...options(sentences.length - 1));
    const change = () => {
      const [a, b] = [Number(from.value), Number(to.value)].sort((x, y) => x - y);
      const [first, last] = [sentences[a ?? 0], sentences[b ?? 0]];
      const passage = first && last ? textPassage([{ model, start: first.start, end: last.end }]) : undefined;
      if (passage) {
        this.passage = passage;
        void this.render();
      }
    };
    from.addEventListener('change', change);
    to.addEventListener('change', change);
    fieldset.hidden = false;
  }
}

if (!customElements.get('quote-dialog')) customElements.define('quote-dialog', QuoteDialog);

/**
 * Opens the dialog on `passage`: the markup and the Cite panel from the passage's citation page,
 * fetched; focus goes back to `returnFocus` when it closes. Says so if the page cannot be had.
 */
export async function openQuote(passage: Passage, narrowing?: Narrowing, returnFocus?: HTMLElement): Promise<void> {
  const page = await fetchCitationPage(sitePath(`/cite/${passage.citeId}/`));
  const parts = page?.querySelector<HTMLTemplateElement>('template#quote-dialog-parts');
  if (!page || !parts) {
    announce('The Quote dialog could not be loaded: the paragraph’s Cite link gives its citations', 'Could not quote');
    return;
  }
  const quoteDialog = document.importNode(parts.content, true).querySelector<QuoteDialog>('quote-dialog');
  if (!quoteDialog) return;
  const panel = page.querySelector('details.cite-panel cite-panel');
  const dialog = citeDialog();
  dialog.querySelector('.cite-dialog-body')?.replaceChildren(quoteDialog);
  quoteDialog.show(passage, panel ? document.adoptNode(panel) : undefined, narrowing);
  await quoteDialog.render();
  dialog.addEventListener('close', () => returnFocus?.focus(), { once: true });
  if (!dialog.open) dialog.showModal();
}

/** What a copy button of the dialog copies. */
function textToCopy(button: HTMLElement, root: Element): string {
  const kind = button.dataset['quoteCopy'];
  if (kind === 'link') return root.querySelector('[data-quote-link]')?.getAttribute('href') ?? '';
  if (kind === 'cited') return root.querySelector('[data-quote-cited]')?.textContent ?? '';
  return [...root.querySelectorAll('[data-quote-text] p')].map((p) => p.textContent).join('\n\n');
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.quote-copy');
  const root = button?.closest('quote-dialog');
  if (!button || !root) return;
  const what =
    { link: 'Link to the passage', cited: 'Quotation with citation', quotation: 'Quotation' }[button.dataset['quoteCopy'] ?? 'quotation'] ??
    'Quotation';
  const copied = await copyToClipboard(textToCopy(button, root));
  announce(
    copied ? `${what} copied to the clipboard` : `Could not copy the ${what.toLowerCase()}: select the text and copy it`,
    copied ? 'Copied' : 'Could not copy',
  );
});
