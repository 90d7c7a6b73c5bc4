/**
 * What a paper page loads up front for quoting: it shows each paragraph's Quote… button, and
 * fetches the Quote code (src/client/quote.ts) only when a reader first selects words in the
 * author's text or presses a Quote… button, so a page that is only read carries none of it.
 */
const AUTHOR_TEXT = '[data-paragraph], figure[data-table] table';
const quote = () => import('./quote.ts');

/** Shows each paragraph's Quote… button and starts quoting on the first selection in the author's text or the first Quote… click. */
export function offerQuotes(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.quote-paragraph')) button.hidden = false;

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
