/**
 * Reads one content file (YAML, or JSON, which YAML reads alike) and validates it against its
 * schema, returning every problem with the file, the line, the field and the value:
 * `content/countries/x.yaml:34, field "figures › item 1 › value": expected a number of zero or more (value: -3)`.
 */
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { ContentProblems, type Problem } from './problem.ts';

/** A file's data with the line each field stands on. */
export interface ContentFile {
  readonly file: string;
  readonly data: unknown;
  /** The 1-based line of the field at `path`, or of the nearest enclosing field that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML 1.2 with its core schema: no implicit dates ("2002-05" stays a string, as the date
 * schema expects) and no key twice. Returns the problems instead when the text is not YAML.
 */
export function readContentFile(text: string, file: string): ContentFile | Problem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => ({ file, line: lines.linePos(e.pos[0]).line, message: `not valid YAML: ${e.message.split('\n')[0]}` }));
  }
  return {
    file,
    data: doc.toJS(),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);

/** One problem per issue zod finds, naming file, line, field and value. */
export function issueProblems(read: ContentFile, issues: readonly { path: readonly PropertyKey[]; message: string }[]): Problem[] {
  return issues.map((issue) => ({
    file: read.file,
    line: read.lineOf(issue.path),
    field: issue.path.length > 0 ? issue.path : '(the whole file)',
    message: issue.message,
    value: valueAt(read.data, issue.path),
  }));
}

/** Validates a read file against its schema: the data, or every problem. */
export function checkContentFile<S extends z.ZodType>(read: ContentFile, schema: S): { data: z.output<S> } | { problems: Problem[] } {
  const result = schema.safeParse(read.data);
  return result.success ? { data: result.data } : { problems: issueProblems(read, result.error.issues) };
}

/** Reads and validates a file, throwing every problem (one per line) for readers that need the data or nothing. */
export function parseContentFile<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S> {
  const read = readContentFile(text, file);
  if (Array.isArray(read)) throw new ContentProblems(read);
  const checked = checkContentFile(read, schema);
  if ('problems' in checked) throw new ContentProblems(checked.problems);
  return checked.data;
}
