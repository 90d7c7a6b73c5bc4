/**
 * content/page-starts.yaml (a list of where each journal page begins), read once, one way: by
 * the content check (with each entry's line, for its messages), by Astro's file loader (entries
 * keyed by page) and by the take-along files. Whether the pages hold together (each page once,
 * in order, where the source puts it) is checked by src/lib/paper/page-start-checks.ts.
 */
import { readFileSync } from 'node:fs';
import { pageStartSchema, type PageStart } from '../../schemas/page-start.ts';
import type { PageStartEntry } from '../paper/page-start-checks.ts';
import { checkContentFile, readContentFile } from './yaml-file.ts';
import { ContentProblems, type Problem } from './problem.ts';

export const PAGE_STARTS_FILE = 'content/page-starts.yaml';

/** The entries that pass the schema, with their lines (undefined when the file is not a list at all), and every problem. */
export function readPageStartEntries(text: string, file = PAGE_STARTS_FILE): { entries: PageStartEntry[] | undefined; problems: Problem[] } {
  const read = readContentFile(text, file);
  if (Array.isArray(read)) return { entries: undefined, problems: read };
  if (!Array.isArray(read.data)) return { entries: undefined, problems: [{ file, message: 'expected a list of page starts' }] };
  const entries: PageStartEntry[] = [];
  const problems: Problem[] = [];
  read.data.forEach((raw: unknown, i: number) => {
    const checked = checkContentFile({ ...read, data: raw, lineOf: (path) => read.lineOf([i, ...path]) }, pageStartSchema);
    if ('problems' in checked) problems.push(...checked.problems.map((p) => ({ ...p, field: `entry ${i + 1}, field "${String(p.field)}"` })));
    else entries.push({ start: checked.data, entry: i + 1, line: read.lineOf([i]) });
  });
  return { entries, problems };
}

/** The page starts in file order; stops with the problems' lines if the file does not pass its schema. */
function pageStarts(text: string, file: string): PageStart[] {
  const { entries, problems } = readPageStartEntries(text, file);
  if (problems.length > 0 || !entries) throw new ContentProblems(problems);
  return entries.map((e) => e.start);
}

/** For Astro's file loader: the entries keyed by page (a page listed twice is the content check's to report, before any loader runs). */
export const parsePageStarts = (text: string, file = PAGE_STARTS_FILE): Record<string, PageStart> =>
  Object.fromEntries(pageStarts(text, file).map((start) => [String(start.page), start]));

/** The page starts read outside the collections (the take-along files, unit tests), in file order. */
export const readPageStarts = (file = PAGE_STARTS_FILE): PageStart[] => pageStarts(readFileSync(file, 'utf8'), file);
