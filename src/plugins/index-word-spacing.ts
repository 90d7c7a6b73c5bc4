/**
 * Reads a built HTML page; writes one space where a block-level element meets text or another
 * tag with nothing between them: after a closing block tag (</p>, </li>, </blockquote>,
 * </figcaption>, table and list cells…) and before an opening one; and between the parts of
 * Starlight's link cards and hero buttons, which its styles set apart. Run by built-html.ts before
 * Pagefind indexes the pages.
 *
 * Astro 7 strips the whitespace between elements (JSX rules), and Pagefind joins the text on either
 * side of such a boundary into one word: "SectorMining" for a fact's term and value, "areas¶" for
 * the last word of a quoted statement and its provenance link, "wordingThe" for a label and the
 * quotation after it, "tons)China’s" for a chart's caption and its text alternative. A search for
 * the word then missed it, and the word positions Pagefind gives were off by the joined words.
 * Whitespace next to a block-level box renders as nothing, so the pages look the same. Inline
 * elements (spans, links, custom elements, divs that a style may make inline-block) are left
 * alone, and so is everything inside <script>, <style>, <template>, <textarea> and <pre>.
 */

const BLOCK =
  'p|li|ul|ol|dl|dt|dd|blockquote|figure|figcaption|table|caption|thead|tbody|tfoot|tr|th|td|h[1-6]|section|article|aside|header|footer|nav|details|summary';
const AFTER_CLOSING = new RegExp(`</(${BLOCK})>(?=\\S)`, 'g');
const BEFORE_OPENING = new RegExp(`(?<=\\S)(?=<(?:${BLOCK})[\\s>])`, 'g');
/** Parts of Starlight's components that its styles set apart as boxes of their own: a link card's description, a hero's second link button. */
const STARLIGHT_BOXES = /(?<=<\/a>)(?=<(?:span|a) class="(?:description|sl-link-button)[\s"])/g;
/** Elements whose content is not markup to space: split out and kept as they are. */
const VERBATIM = /(<(script|style|template|textarea|pre)(?=[\s>])[\s\S]*?<\/\2>)/g;

/** The HTML with a space at each block-level boundary between two tags, outside verbatim elements. */
export const spaceBlocks = (html: string) =>
  html
    .split(VERBATIM)
    // split() returns the text between verbatim elements, each element, and its name (dropped).
    .map((part, i) =>
      i % 3 === 0
        ? part.replace(AFTER_CLOSING, '</$1> ').replace(BEFORE_OPENING, ' ').replace(STARLIGHT_BOXES, ' ')
        : i % 3 === 1
          ? part
          : '',
    )
    .join('');
