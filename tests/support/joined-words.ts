/**
 * Words run together where two elements meet: the text of a page read as a browser lays out
 * inline content (and as a screen reader reads it), in which the last character before an
 * element boundary and the first after it are both letters or digits, with no white space
 * between. "listed in the<a>data notes</a>" reads "thedata notes" on screen. A boundary between
 * blocks (paragraphs, list items, cells, headings, an SVG's text elements, …) separates words by
 * itself, and so does a <br>; what the browser does not render (scripts, styles, templates,
 * elements with an inline `display: none`) is not read. Elements with `hidden` are read: a script
 * shows them (the Quote… button, the Copy buttons). Reads the HTML as built, before any script runs.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Elements that are laid out as blocks (or stand apart, like a cell) by the browser's own style sheet and Starlight's. */
const BLOCKS = new Set(
  (
    'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hgroup hr html li main nav ol p pre section summary table tbody td tfoot th thead tr ul legend option select textarea ' +
    'canvas svg text img input iframe video audio object meter progress'
  ).split(' '),
);
const NOT_RENDERED = new Set(['script', 'style', 'template', 'head', 'title']);
const HIDDEN_STYLE = /(^|;)\s*display\s*:\s*none\b/;
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

export interface Join {
  /** The words either side, as the text runs on: "thedata". */
  readonly words: string;
  /** Some text before and after, for the reader of a failure. */
  readonly context: string;
}

/** Every place in `html` where an element boundary runs two words together. */
export function joinedWords(html: string): Join[] {
  const tree: Root = fromHtml(html);
  const joins: Join[] = [];
  /** The text of the current run of inline content, and whether an element boundary was crossed since its last character. */
  let run = '';
  let boundary = false;

  const breakRun = () => {
    run = '';
    boundary = false;
  };
  const text = (value: string) => {
    if (!value) return;
    if (boundary && WORD_END.test(run) && WORD_START.test(value)) {
      const before = /[\p{L}\p{N}]+$/u.exec(run)?.[0] ?? '';
      const after = /^[\p{L}\p{N}]+/u.exec(value)?.[0] ?? '';
      joins.push({ words: before + after, context: `${run.slice(-40)}⟨|⟩${value.slice(0, 40)}`.replace(/\s+/g, ' ') });
    }
    run += value;
    boundary = false;
  };
  const visit = (node: Root | RootContent | ElementContent): void => {
    if (node.type === 'text') return text(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const element = node;
      // Not rendered, but still a boundary: the text either side of it runs on.
      if (NOT_RENDERED.has(element.tagName) || HIDDEN_STYLE.test(String(element.properties['style'] ?? ''))) {
        boundary = true;
        return;
      }
      if (element.tagName === 'br' || BLOCKS.has(element.tagName)) {
        breakRun();
        for (const child of element.children) visit(child);
        breakRun();
        return;
      }
      boundary = true;
      for (const child of element.children) visit(child);
      boundary = true;
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(tree);
  return joins;
}
