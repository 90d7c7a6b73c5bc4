/**
 * A problem in the content, as an editor needs to read it: the file (and line) to change, the
 * field, paragraph or entry, what is wrong and the value found. One line each; every check of the
 * content returns these, and the build, `npm run check:content` and `npm run dev` print them alike.
 */

export interface Problem {
  /** Project-relative path of the file to change. */
  readonly file: string;
  /** 1-based line in that file, where known. */
  readonly line?: number | undefined;
  /** Where in the file: a field path ("statements.0.printed", list items counted from 0 as the data has them), or a label ("paragraph iii-4-02"). */
  readonly field?: string | readonly PropertyKey[] | undefined;
  /** What is wrong, and what was expected. */
  readonly message: string;
  /** The value found; `undefined` is shown as "missing". Leave the key out when no value applies. */
  readonly value?: unknown;
}

/**
 * A field path as an editor counts: names as written, list items counted from 1 ("statements.0.printed"
 * is `statements › item 1 › printed`). A label that is not a path is kept as it is.
 */
export function fieldLabel(field: string | readonly PropertyKey[]): string {
  const path = fieldPath(field);
  return path ? path.map((key) => (typeof key === 'number' ? `item ${key + 1}` : String(key))).join(' › ') : (field as string);
}

/** A field as a path into the data (list indexes as numbers), or undefined for a label that is not a path. */
export function fieldPath(field: string | readonly PropertyKey[]): PropertyKey[] | undefined {
  if (typeof field !== 'string') return [...field];
  if (!/^[\w-]+(\.[\w-]+)*$/.test(field)) return undefined;
  return field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

const show = (value: unknown) => (value === undefined ? 'missing' : JSON.stringify(value));

/** One line: `content/projects/x.yaml:12, field "figures › item 1 › value": expected a number (value: "ten")`. */
export function formatProblem(problem: Problem): string {
  const at = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field === undefined ? '' : fieldText(problem.field);
  const value = 'value' in problem ? ` (value: ${show(problem.value)})` : '';
  return `${at}${field}: ${problem.message}${value}`;
}

const fieldText = (field: string | readonly PropertyKey[]) => (fieldPath(field) ? `, field "${fieldLabel(field)}"` : `, ${field as string}`);

/** Problems in file order (then line), so that an editor can work down the list. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** What the build, the dev server and `npm run check:content` print: a count, then one line per problem. */
export function problemReport(problems: readonly Problem[]): string {
  return [
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content (\`npm run check:content\` checks again in seconds):`,
    ...problems.map(formatProblem),
  ].join('\n');
}

/** The error a content check stops with: its message is the problems, one per line, and it carries them. */
export class ContentProblems extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentProblems';
    this.problems = problems;
  }
}
