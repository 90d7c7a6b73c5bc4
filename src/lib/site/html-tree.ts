/**
 * A built page as a tree, for the build's steps that read the site it has built (the take-along
 * files, the published addresses): parsed by htmlparser2 (cheerio/slim), not parse5. The pages are
 * the build's own well-formed HTML, and htmlparser2's tree takes a fraction of parse5's memory and
 * time: with 2,000 synthetic paper pages, making the EPUB and the TEI peaked at 1.1 GB with parse5
 * and under 0.5 GB with htmlparser2, and took 9 s, not 15, for byte-identical files (the paper's
 * EPUB, TEI and PDF are byte-identical too).
 *
 * Two differences from a browser's tree. A <template>'s content stands in the tree as children,
 * where parse5, like a browser, keeps it apart from the document: a reader of a page's ids or text
 * leaves templates out (built-pages.ts, edition-document.ts). And HTML written back from the tree
 * escapes characters as entities (`&#x2019;`) and writes empty attributes bare: the same HTML to
 * any reader of it, but not the same bytes as the page it was read from.
 */
import * as cheerio from 'cheerio/slim';

/** A whole page or a fragment alike: htmlparser2 adds no <html>, <head> or <body> to what it reads. */
export const loadHtml = (html: string): cheerio.CheerioAPI => cheerio.load(html);
