/**
 * Reads a built HTML page; writes one space after every closing </caption>, </dt>, </dd>, </th>
 * and </td> that a tag follows directly. Run by built-html.ts before Pagefind indexes the pages.
 *
 * Astro 7 strips the whitespace between elements (JSX rules), and Pagefind joins the text of
 * adjacent term, description and header cells into one word ("SectorMining", "CountryOil
 * Imports"), so a search for "Mining" missed the fact. Whitespace between these block-level cells
 * renders as nothing, so the pages look the same.
 */

const CELL_END = /<\/(caption|dt|dd|th|td)>(?=<)/g;

/** The HTML with a space after each closing cell that a tag follows directly. */
export const spaceCells = (html: string) => html.replace(CELL_END, '</$1> ');
