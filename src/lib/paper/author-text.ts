/**
 * The author's words as the paper's MDX holds them, compared word by word with the source's: the
 * check that every word is kept, run by the build before anything is rendered (and by
 * `npm run check:content`). The words are the author's headings and the text of every `<P>`,
 * page markers removed and reference markers as "[n]"; the source's are its running text, tables,
 * figure and running heads left out (src/lib/paper/source-text.ts). Only whitespace and quote
 * styles may differ (`normalizeForComparison`). Pure: it gets the files' text, it returns problems.
 */
import { diffArrays } from 'diff';
import { tokenize } from './model.ts';
import { normalizeForComparison, type SourceWord } from './source-text.ts';
import type { Problem } from '../content/problem.ts';

/** One page of the paper as its file holds it. */
export interface PaperFileText {
  /** Project-relative path ("content/paper/iii-policy-tools/4-energy-cooperation.mdx"). */
  readonly file: string;
  /** The whole file, frontmatter included (lines are counted in it). */
  readonly text: string;
  /** The page's title when it is the author's heading (not an editorial title), with its line. */
  readonly authorTitle?: { readonly text: string; readonly line: number } | undefined;
}

/** A word of the author in the MDX and where it stands. */
export interface PaperWord {
  readonly word: string;
  readonly file: string;
  readonly line: number;
  /** "paragraph iii-4-02", or "the title" for an author's heading. */
  readonly where: string;
}

/** A page marker and the number of the author's words before it. */
export interface MarkerPlace {
  readonly page: number;
  readonly file: string;
  readonly line: number;
  /** The index, in the paper's words, of the first word after the marker (a marker inside a word counts after it). */
  readonly word: number;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const wordsOf = (text: string) => text.match(/\S+/g) ?? [];

/** Every word of the author in the MDX, in reading order, and where each page marker stands among them. */
export function paperWords(pages: readonly PaperFileText[]): { words: PaperWord[]; markers: MarkerPlace[] } {
  const words: PaperWord[] = [];
  const markers: MarkerPlace[] = [];
  for (const page of pages) {
    if (page.authorTitle) {
      for (const word of wordsOf(page.authorTitle.text))
        words.push({ word, file: page.file, line: page.authorTitle.line, where: 'the title' });
    }
    let paragraphStart = 0;
    for (const token of tokenize([{ pageId: page.file, body: page.text }])) {
      const line = lineAt(page.text, token.at);
      if (token.kind === 'paragraph') {
        paragraphStart = words.length;
        for (const word of wordsOf(token.text)) words.push({ word, file: page.file, line, where: `paragraph ${token.id}` });
      } else if (token.kind === 'page') {
        // a marker inside a paragraph comes after the paragraph's token: count from the paragraph's first word
        const word = token.within === null ? words.length : paragraphStart + wordsOf(token.textBefore).length;
        markers.push({ page: token.page, file: page.file, line, word });
      }
    }
  }
  return { words, markers };
}

/** Words either side of a difference, to show where it is. */
const CONTEXT = 4;
/** At most this many words of a long difference are shown, then how many more. */
const SHOWN = 12;

function quoted(words: readonly string[], from: number, to: number): string {
  const before = words.slice(Math.max(0, from - CONTEXT), from);
  const inside = words.slice(from, to);
  const after = words.slice(to, to + CONTEXT);
  const cut = inside.length > SHOWN ? [...inside.slice(0, SHOWN), `… (${inside.length - SHOWN} more words)`] : inside;
  const body = [...before, ...(cut.length > 0 ? [`[${cut.join(' ')}]`] : ['[]']), ...after].join(' ');
  return `“${from - CONTEXT > 0 ? '…' : ''}${body}${to + CONTEXT < words.length ? '…' : ''}”`;
}

/**
 * Every place where the MDX's words differ from the source's, one problem each, naming the MDX
 * file, its line, the paragraph, the source line, and both texts with the differing words in brackets.
 */
export function authorTextProblems(source: readonly SourceWord[], paper: readonly PaperWord[], sourceFile: string): Problem[] {
  const a = source.map((w) => normalizeForComparison(w.word));
  const b = paper.map((w) => normalizeForComparison(w.word));
  const problems: Problem[] = [];
  let i = 0;
  let j = 0;
  let hunk: { i: number; j: number } | undefined;
  const close = () => {
    if (!hunk) return;
    const at = paper[Math.min(hunk.j, paper.length - 1)];
    const from = source[Math.min(hunk.i, source.length - 1)];
    const sourceWords = source.map((w) => w.word);
    const paperWordsShown = paper.map((w) => w.word);
    problems.push({
      file: at?.file ?? sourceFile,
      line: at?.line,
      field: at?.where ?? 'the end of the paper',
      message:
        `the author's words differ from the source (${sourceFile} line ${from?.line ?? '?'}): ` +
        `the source reads ${quoted(sourceWords, hunk.i, i)}, the MDX reads ${quoted(paperWordsShown, hunk.j, j)}`,
    });
    hunk = undefined;
  };
  for (const change of diffArrays(a, b)) {
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      close();
      i += count;
      j += count;
      continue;
    }
    hunk ??= { i, j };
    if (change.removed) i += count;
    else j += count;
  }
  close();
  return problems;
}
