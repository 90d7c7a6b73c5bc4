/**
 * <quote-control>: the Quote button below a selection in the author's text. It follows the
 * selection, keeps the passage the selection covers and opens the Quote dialog on it; pressing it
 * does not clear the selection. Made by src/client/quote.ts on the first selection in the text.
 */
import { passageOf, type Passage } from './quote-passage.ts';
import { openQuote } from './quote-dialog.ts';

/** The paragraphs' own controls (¶, Cite, Quote…), which the Quote control must not cover. */
const PARAGRAPH_CONTROLS = '.para .permalink, .para .cite-paragraph, .para .quote-paragraph:not([hidden])';

class QuoteControl extends HTMLElement {
  /** The passage the current selection covers, if it is in the author's text. */
  private pending: Passage | undefined;
  private timer: number | undefined;
  private readonly listening = new AbortController();
  private readonly button = Object.assign(document.createElement('button'), {
    type: 'button',
    id: 'quote-control',
    className: 'quote-control',
    hidden: true,
    textContent: 'Quote',
  });

  connectedCallback(): void {
    const { button } = this;
    button.setAttribute('data-pagefind-ignore', '');
    button.setAttribute('aria-label', 'Quote the selected words, with their journal page');
    // Pressing the control must not clear the selection it quotes.
    button.addEventListener('pointerdown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      if (!this.pending) return;
      button.hidden = true;
      void openQuote(this.pending);
    });
    this.replaceChildren(button);
    document.addEventListener(
      'selectionchange',
      () => {
        window.clearTimeout(this.timer);
        this.timer = window.setTimeout(() => this.update(), 120);
      },
      { signal: this.listening.signal },
    );
    this.update();
  }

  disconnectedCallback(): void {
    this.listening.abort();
    window.clearTimeout(this.timer);
  }

  /** Shows the control for a selection in the author's text, hides it otherwise. */
  private update(): void {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
    this.pending = range ? passageOf(range) : undefined;
    if (this.pending && range) this.place(range);
    else this.button.hidden = true;
  }

  /**
   * Below the selection's end, where a phone's own selection menu (above it) does not cover it,
   * and below any paragraph control it would otherwise cover (the selection may end beside the
   * paragraph's own Quote… button).
   */
  private place(range: Range): void {
    const { button } = this;
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
}

if (!customElements.get('quote-control')) customElements.define('quote-control', QuoteControl);
