/**
 * The paper model: reads the MDX bodies of the paper pages (in reading order) and returns the
 * sequence of paragraphs, tables and page markers, and from it the journal page(s) each
 * paragraph and table stands on. Pure: it gets strings, it returns data.
 */

export interface PaperSource {
  /** Route id of the page, e.g. "paper/iii-policy-tools/4-energy-cooperation". */
  readonly pageId: string;
  readonly body: string;
}

/** `at` is the token's offset in its page's body (for messages that name the line). */
export type PaperToken =
  | { kind: 'paragraph'; id: string; pageId: string; at: number; text: string; refs: number[] }
  | { kind: 'table'; id: string; pageId: string; at: number }
  /** `textBefore`: for a marker inside a paragraph, the paragraph's text before it. */
  | { kind: 'page'; page: number; pageId: string; at: number; within: string | null; textBefore: string };

export interface PageSpan {
  readonly first: number;
  readonly last: number;
}

export interface PaperBlock {
  readonly kind: 'paragraph' | 'table';
  readonly id: string;
  readonly pageId: string;
  readonly pages: PageSpan;
  /** The author's text of a paragraph (markup removed, reference markers kept as "[n]"). */
  readonly text: string;
  readonly refs: readonly number[];
}

const TOKEN = /<P id="([^"]+)">([\s\S]*?)<\/P>|<DataTable id="([^"]+)" \/>|<PageMarker n=\{(\d+)\} \/>/g;
const INLINE_MARKER = /<PageMarker n=\{(\d+)\} \/>/g;
const REF = /<Ref n=\{(\d+)\} \/>/g;

/** A paragraph's text as the author's: page markers removed, reference markers as "[n]". */
const authorText = (inner: string) => inner.replace(INLINE_MARKER, '').replace(REF, '[$1]');

/** Splits each body into paragraph, table and page-marker tokens, in order. */
export function tokenize(sources: readonly PaperSource[]): PaperToken[] {
  const tokens: PaperToken[] = [];
  for (const { pageId, body } of sources) {
    for (const m of body.matchAll(TOKEN)) {
      const [whole, paraId, inner, tableId, page] = m;
      const at = m.index;
      if (paraId !== undefined && inner !== undefined) {
        const refs = [...inner.matchAll(REF)].map((r) => Number(r[1]));
        const innerAt = at + whole.indexOf('>') + 1;
        // markers inside the paragraph come after the paragraph starts
        const leading = inner.match(/^<PageMarker n=\{(\d+)\} \/>/);
        if (leading) tokens.push({ kind: 'page', page: Number(leading[1]), pageId, at: innerAt, within: null, textBefore: '' });
        tokens.push({ kind: 'paragraph', id: paraId, pageId, at, text: authorText(inner), refs });
        const start = leading?.[0].length ?? 0;
        for (const inside of inner.slice(start).matchAll(INLINE_MARKER)) {
          const offset = start + inside.index;
          tokens.push({
            kind: 'page',
            page: Number(inside[1]),
            pageId,
            at: innerAt + offset,
            within: paraId,
            textBefore: authorText(inner.slice(0, offset)),
          });
        }
      } else if (tableId !== undefined) {
        tokens.push({ kind: 'table', id: tableId, pageId, at });
      } else if (page !== undefined) {
        tokens.push({ kind: 'page', page: Number(page), pageId, at, within: null, textBefore: '' });
      }
    }
  }
  return tokens;
}

/**
 * Assigns journal pages: the first block is on firstPage; a page marker between blocks moves
 * the next block to that page; a marker inside a paragraph extends the paragraph's span.
 */
export function paperBlocks(sources: readonly PaperSource[], firstPage: number): PaperBlock[] {
  const blocks: PaperBlock[] = [];
  let current = firstPage;
  const seen = new Set<string>();
  for (const token of tokenize(sources)) {
    if (token.kind === 'page') {
      if (token.page !== current + 1) {
        throw new Error(`Page marker ${token.page} on ${token.pageId} follows page ${current}: markers must run in order without gaps`);
      }
      current = token.page;
      const last = blocks.at(-1);
      if (token.within !== null && last && last.id === token.within) {
        blocks[blocks.length - 1] = { ...last, pages: { first: last.pages.first, last: current } };
      }
      continue;
    }
    if (seen.has(token.id)) throw new Error(`Duplicate id "${token.id}" on ${token.pageId}`);
    seen.add(token.id);
    blocks.push({
      kind: token.kind,
      id: token.id,
      pageId: token.pageId,
      pages: { first: current, last: current },
      text: token.kind === 'paragraph' ? token.text : '',
      refs: token.kind === 'paragraph' ? token.refs : [],
    });
  }
  return blocks;
}
