/**
 * What the edition inserts into the author's text, and so is never the author's words: its
 * editorial insertions (page markers and their labels, paragraph ids, notes: everything marked
 * `data-editorial`), words only a screen reader hears, controls and scripts. One definition for
 * every reader of the built pages that needs the author's words alone: the Quote dialog
 * (src/client/quote-text.ts), the take-along files (src/lib/edition-files/edition-document.ts) and
 * the tests over dist/.
 */
export const NOT_AUTHOR_TEXT = '[data-editorial], .sr-only, button, script';

/** Where a journal page begins in the author's text: an editorial insertion whose `data-page` is the page. */
export const PAGE_MARKER = '.page-marker[data-page]';
