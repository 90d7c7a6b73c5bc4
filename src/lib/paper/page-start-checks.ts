/**
 * Checks content/page-starts.yaml against the source and the paper's page markers: each entry's
 * `firstWords` begin its `sourceLine`, every journal page from the article's first is listed once,
 * the pages begin in source order, and each `<PageMarker n={…} />` stands where its page begins
 * (before the first word that begins on the page's source line; a page that begins inside a word
 * has its marker after that word). Pure: it gets the entries, the source and the markers.
 */
import type { PageStart } from '../../schemas/page-start.ts';
import type { Problem } from '../content/problem.ts';
import type { MarkerPlace, PaperWord } from './author-text.ts';
import { normalizeForComparison, type SourceLine, type SourceWord } from './source-text.ts';

/** An entry of the file with its position, for messages. */
export interface PageStartEntry {
  readonly start: PageStart;
  /** 1-based position of the entry in the file's list. */
  readonly entry: number;
  /** 1-based line of the entry in the file. */
  readonly line: number | undefined;
}

export interface PageStartInput {
  readonly file: string;
  readonly sourceFile: string;
  readonly entries: readonly PageStartEntry[];
  /** The article's first journal page (content/paper.yaml, `firstPage`). */
  readonly firstPage: number;
  readonly lines: readonly SourceLine[];
  readonly sourceWords: readonly SourceWord[];
  /** The page markers and the paper's words; the markers' places are checked only when `wordsMatch` (the author text check passed). */
  readonly markers: readonly MarkerPlace[];
  readonly paperWords: readonly PaperWord[];
  readonly wordsMatch: boolean;
}

const excerpt = (words: readonly { word: string }[], at: number) =>
  `“${words
    .slice(at, at + 6)
    .map((w) => w.word)
    .join(' ')}…”`;

export function pageStartProblems(input: PageStartInput): Problem[] {
  const { file, entries } = input;
  const problems: Problem[] = [];
  const at = (e: PageStartEntry, field: string, message: string, value: unknown): Problem => ({
    file,
    line: e.line,
    field: `entry ${e.entry} (page ${e.start.page}), field "${field}"`,
    message,
    value,
  });

  for (const e of entries) {
    const line = input.lines[e.start.sourceLine - 1];
    if (!line) {
      problems.push(at(e, 'sourceLine', `the source has ${input.lines.length} lines`, e.start.sourceLine));
    } else if (!normalizeForComparison(line.text).startsWith(normalizeForComparison(e.start.firstWords))) {
      problems.push(
        at(
          e,
          'firstWords',
          `source line ${e.start.sourceLine} does not begin with these words; it reads “${line.text.trim().slice(0, 60)}”`,
          e.start.firstWords,
        ),
      );
    }
  }

  const byPage = new Map<number, PageStartEntry>();
  for (const e of entries) {
    const other = byPage.get(e.start.page);
    if (other)
      problems.push(at(e, 'page', `page ${e.start.page} is also listed at entry ${other.entry} (line ${other.line ?? '?'})`, e.start.page));
    else byPage.set(e.start.page, e);
  }
  const last = Math.max(input.firstPage, ...byPage.keys());
  for (let page = input.firstPage; page <= last; page++) {
    if (!byPage.has(page)) {
      problems.push({
        file,
        message: `journal page ${page} has no entry: every page from ${input.firstPage} to ${last} needs one (content/paper.yaml gives the first page)`,
      });
    }
  }
  for (const e of entries) {
    if (e.start.page < input.firstPage) {
      problems.push(at(e, 'page', `the article begins on page ${input.firstPage} (content/paper.yaml, firstPage)`, e.start.page));
    }
  }

  const ordered = [...byPage.values()].sort((a, b) => a.start.page - b.start.page);
  ordered.forEach((e, i) => {
    const before = ordered[i - 1];
    if (before && e.start.sourceLine <= before.start.sourceLine) {
      problems.push(
        at(
          e,
          'sourceLine',
          `page ${e.start.page} would begin at or before page ${before.start.page} (source line ${before.start.sourceLine}, entry ${before.entry}): pages begin in source order`,
          e.start.sourceLine,
        ),
      );
    }
  });

  // The paper's page markers: one per page after the first, each where its page begins.
  for (const e of ordered.filter((x) => x.start.page !== input.firstPage)) {
    const found = input.markers.filter((m) => m.page === e.start.page);
    if (found.length === 0) {
      problems.push(at(e, 'page', `no <PageMarker n={${e.start.page}} /> stands in content/paper/`, e.start.page));
      continue;
    }
    for (const extra of found.slice(1)) {
      problems.push({
        file: extra.file,
        line: extra.line,
        field: `page marker ${extra.page}`,
        message: `the page is marked twice; the first marker is at ${found[0]!.file}:${found[0]!.line}`,
      });
    }
    if (!input.wordsMatch) continue;
    const marker = found[0]!;
    const expected = input.sourceWords.findIndex((w) => w.line >= e.start.sourceLine);
    if (expected >= 0 && marker.word !== expected) {
      problems.push({
        file: marker.file,
        line: marker.line,
        field: `page marker ${marker.page}`,
        message:
          `the marker stands before ${excerpt(input.paperWords, marker.word)}, but ${file} (entry ${e.entry}) puts the start of page ` +
          `${e.start.page} at ${input.sourceFile} line ${e.start.sourceLine}, before ${excerpt(input.sourceWords, expected)}`,
      });
    }
  }
  return problems;
}
