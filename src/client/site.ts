/**
 * The code every page runs, in one request (src/components/starlight/Head.astro): the header's
 * search dialog, the paragraph permalinks, the search highlight, moved addresses, the Cite
 * disclosures and links, the "Go to journal page" forms and, on the paper's pages, "On this page"
 * following the paragraphs and the Quote… controls. Each part acts only where its elements are;
 * what a reader may never use (the Cite panel, quoting, the dialog's names) is fetched on first use.
 */
import './search-dialog.ts';
import './permalink.ts';
import './search-highlight.ts';
import './moved-address.ts';
import './cite-loader.ts';
import { enhanceGoToPageForms } from './go-to-page.ts';
import { followParagraphs } from './paper-toc.ts';
import { offerQuotes } from './quote-loader.ts';

enhanceGoToPageForms();
if (document.querySelector('[data-paragraph]')) {
  followParagraphs();
  offerQuotes();
}
