/**
 * On a page opened from a search result (`?highlight=horgos`), marks the searched words with
 * Pagefind's highlighter, which is loaded only then.
 */
import { sitePath } from '../lib/site/site-url.ts';
if (new URLSearchParams(window.location.search).has('highlight')) {
  void import(/* @vite-ignore */ sitePath('/pagefind/pagefind-highlight.js')).then(
    ({ default: PagefindHighlight }: { default: new (options: object) => unknown }) =>
      new PagefindHighlight({
        highlightParam: 'highlight',
        addStyles: false,
        markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
      }),
  );
}
