/**
 * What a paper page loads up front for quoting: it adds each paragraph's Quote… button, and
 * fetches the Quote code (src/client/quote.ts) only when a reader first selects words in the
 * author's text or presses a Quote… button, so a page that is only read carries none of it.
 */
import { withPanelStyles } from './stylesheet.ts';

const AUTHOR_TEXT = '[data-paragraph], figure[data-table] table';
/** The Quote code and the dialog's stylesheet, fetched together on first use. */
const quote = () => withPanelStyles(() => import('./quote.ts'));

/** A paragraph's Quote… button, after its Cite link (src/components/paper/P.astro), a space between them. */
function quoteButton(paragraph: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'quote-paragraph';
  button.dataset['editorial'] = '';
  button.dataset['pagefindIgnore'] = '';
  button.dataset['quoteFor'] = paragraph.id;
  button.setAttribute('aria-label', `Quote from paragraph ${paragraph.id} (${paragraph.dataset['pageLabel'] ?? ''})`);
  button.textContent = 'Quote…';
  return button;
}

/** Gives each paragraph its Quote… button and starts quoting on the first selection in the author's text or the first Quote… click. */
export function offerQuotes(): void {
  for (const paragraph of document.querySelectorAll<HTMLElement>('p[data-paragraph]')) {
    if (!paragraph.querySelector('button.quote-paragraph')) paragraph.append(' ', quoteButton(paragraph));
  }

  let started = false;
  document.addEventListener('selectionchange', () => {
    if (started) return;
    const selection = document.getSelection();
    const node = selection && !selection.isCollapsed ? selection.anchorNode : null;
    const element = node instanceof Element ? node : node?.parentElement;
    if (!element?.closest(AUTHOR_TEXT)) return;
    started = true;
    void quote().then((module) => module.start());
  });

  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.quote-paragraph');
    if (button) void quote().then((module) => module.quoteParagraph(button));
  });
}
