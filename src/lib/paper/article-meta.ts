/**
 * The article's metadata as citations need it: the file's fields, the last page from the page
 * map (with whether it is inferred), and the abstract and keywords read from their paragraphs.
 * Pure: it gets the parsed file, the page starts and the paragraphs.
 */
import type { PaperMetaFile } from '../../schemas/paper-meta.ts';
import { isInferred, type PageStart } from '../../schemas/page-start.ts';
import { ContentProblems } from '../content/problem.ts';

export interface ArticleMeta extends Omit<PaperMetaFile, 'abstractParagraph' | 'keywordsParagraph'> {
  /** The last journal page, from the page map. */
  readonly lastPage: number;
  /** True when the page map infers the last page rather than reading it in the source. */
  readonly lastPageInferred: boolean;
  readonly abstract: string;
  readonly keywords: readonly string[];
}

const KEYWORDS = /^Keywords:\s*(.+?)\.?$/;

export function articleMeta(
  file: PaperMetaFile,
  starts: readonly PageStart[],
  paragraphText: (id: string) => string | undefined,
  fileName = 'content/paper.yaml',
): ArticleMeta {
  const last = starts.reduce<PageStart | undefined>((max, s) => (!max || s.page > max.page ? s : max), undefined);
  const refuse = (field: string, message: string, value: unknown) => new ContentProblems([{ file: fileName, field, message, value }]);
  if (!last)
    throw new ContentProblems([
      { file: fileName, message: 'the page map (content/page-starts.yaml) is empty, so the last page is unknown' },
    ]);
  if (starts.every((s) => s.page !== file.firstPage))
    throw refuse('firstPage', `the page map has no page ${file.firstPage}`, file.firstPage);
  const abstract = paragraphText(file.abstractParagraph);
  if (abstract === undefined) throw refuse('abstractParagraph', 'no such paragraph', file.abstractParagraph);
  const keywordLine = paragraphText(file.keywordsParagraph);
  const match = keywordLine === undefined ? null : KEYWORDS.exec(keywordLine);
  if (!match?.[1]) throw refuse('keywordsParagraph', 'not a paragraph that begins “Keywords:”', file.keywordsParagraph);
  const { abstractParagraph: _a, keywordsParagraph: _k, ...rest } = file;
  return {
    ...rest,
    lastPage: last.page,
    lastPageInferred: isInferred(last),
    abstract,
    keywords: match[1].split(/,\s*/),
  };
}
