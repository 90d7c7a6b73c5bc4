/**
 * The source of record as text: its lines, its running heads, and the rules that undo
 * line-break hyphenation. Pure functions over the source string; used by the fidelity tests
 * and by anyone who needs the author's text as one string.
 */

/** The source of record: the text extracted from the journal's PDF. */
export const SOURCE_FILE = 'content/source/000_a3d1c4cd33663190.txt';

/** A running head as the journal prints it, with the page number before or after the title. */
const RUNNING_HEAD = /^\s*(?:(\d+)\s+)?Вестник СПбГУ\. Международные отношения\. 2019\. Т\. 12\. Вып\. 1\s*(\d+)?\s*$/;

/**
 * 1-based line numbers whose line-final hyphen belongs to the word (a compound such as
 * "non-traditional") and is kept when the lines are joined. Every other line-final hyphen
 * is a line-break hyphen and is removed. Decided by reading each case against the rest of the
 * paper (e.g. "sub-committees" is printed unbroken at line 305).
 */
export const HARD_HYPHEN_LINES: ReadonlySet<number> = new Set([64, 129, 205, 282, 311, 650, 775]);

/** Source line ranges (1-based, inclusive) of the tables and the figure, captions and source lines included. */
export const TABLE_LINE_RANGES = {
  'table-1': [488, 524],
  'table-2': [533, 558],
  'figure-1': [579, 595],
  'table-3': [607, 661],
} as const satisfies Record<string, readonly [number, number]>;

export interface SourceLine {
  /** 1-based line number in the source file. */
  readonly n: number;
  readonly text: string;
}

export interface RunningHead {
  readonly line: number;
  readonly page: number;
}

export function sourceLines(source: string): SourceLine[] {
  return source.split('\n').map((text, i) => ({ n: i + 1, text }));
}

/** The running heads (journal title with page number) and the page each one prints. */
export function runningHeads(source: string): RunningHead[] {
  return sourceLines(source).flatMap(({ n, text }) => {
    const m = RUNNING_HEAD.exec(text);
    if (!m) return [];
    return [{ line: n, page: Number(m[1] ?? m[2]) }];
  });
}

export function isRunningHead(text: string): boolean {
  return RUNNING_HEAD.test(text);
}

/** Running text joined from source lines, with the offset in `text` at which each line's words begin. */
export interface JoinedLines {
  readonly text: string;
  /** One entry per non-empty line, in order: the line number and the offset in `text` where its piece begins. */
  readonly starts: readonly { readonly n: number; readonly offset: number }[];
}

/**
 * Joins consecutive source lines into running text: line-break hyphens are removed
 * (except on HARD_HYPHEN_LINES), other line breaks become one space. Spaces added by the
 * PDF extraction at the start and end of lines are dropped; spaces inside lines are kept.
 */
export function joinLinesAt(lines: readonly SourceLine[]): JoinedLines {
  let out = '';
  const starts: { n: number; offset: number }[] = [];
  for (const { n, text } of lines) {
    const piece = text.replace(/^ +/, '').replace(/ +$/, '');
    if (piece === '') continue;
    if (out.endsWith('-') && !HARD_HYPHEN_LINES.has(n - 1)) out = out.slice(0, -1);
    else if (out !== '' && !out.endsWith('-') && !out.endsWith('—')) out += ' ';
    starts.push({ n, offset: out.length });
    out += piece;
  }
  return { text: out, starts };
}

export const joinLines = (lines: readonly SourceLine[]): string => joinLinesAt(lines).text;

/** The author's running text as blocks of source lines (paragraphs and headings), tables, the figure and running heads left out. */
function proseLineBlocks(source: string): SourceLine[][] {
  const inTable = (n: number) => Object.values(TABLE_LINE_RANGES).some(([from, to]) => n >= from && n <= to);
  const blocks: SourceLine[][] = [[]];
  for (const line of sourceLines(source)) {
    if (isRunningHead(line.text)) continue;
    if (inTable(line.n) || line.text.trim() === '') {
      if (blocks.at(-1)!.length > 0) blocks.push([]);
      continue;
    }
    blocks.at(-1)!.push(line);
  }
  return blocks.filter((b) => b.length > 0);
}

/**
 * The author's running text outside the tables and the figure, running heads dropped,
 * as blocks separated by blank lines (paragraphs and headings).
 */
export function proseBlocks(source: string): string[] {
  return proseLineBlocks(source).map(joinLines);
}

/** A word of the author's running text (as the joined text splits at whitespace) and the source line it begins on. */
export interface SourceWord {
  readonly word: string;
  readonly line: number;
}

/** Every word of the author's running text in source order, with the line each begins on. */
export function proseWords(source: string): SourceWord[] {
  return proseLineBlocks(source).flatMap((block) => {
    const { text, starts } = joinLinesAt(block);
    return [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0], line: starts.findLast((s) => s.offset <= m.index)!.n }));
  });
}

/** Normalises what the fidelity rules allow to differ: whitespace and quote styles. */
export function normalizeForComparison(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits running text into sentences at ., ! or ? followed by whitespace. Abbreviations
 * ("U. S.", "No. 1") produce shorter pieces, which are still pieces of the author's text.
 */
export function sentences(text: string): string[] {
  return normalizeForComparison(text)
    .split(/(?<=[.!?]["')\]]?)\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
