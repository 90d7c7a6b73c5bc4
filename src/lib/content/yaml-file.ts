/**
 * Reads one entity file (YAML) and validates it, refusing bad content with a message that names
 * the file, the field and the value: `content/countries/x.yaml, field "figures.0.value":
 * expected a number of zero or more (value: -3)`.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'astro/zod';

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);

const show = (value: unknown) => (value === undefined ? 'missing' : JSON.stringify(value));

/** Formats the first problem zod finds, naming file, field and value. */
export function describeIssue(file: string, data: unknown, issue: { path: readonly PropertyKey[]; message: string }): string {
  const field = issue.path.map(String).join('.') || '(file)';
  return `${file}, field "${field}": ${issue.message} (value: ${show(valueAt(data, issue.path))})`;
}

/** Parses YAML without implicit dates ("2002-05" stays a string, as the date schema expects). */
export function readEntityYaml(text: string, file: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, filename: file });
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message}`, { cause: e });
  }
}

/** Validates parsed data against the schema, throwing every problem as file, field and value. */
export function validateEntity<S extends z.ZodType>(data: unknown, file: string, schema: S): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new Error(result.error.issues.map((issue) => describeIssue(file, data, issue)).join('\n'));
  }
  return result.data;
}

export const parseEntityFile = <S extends z.ZodType>(text: string, file: string, schema: S): z.output<S> =>
  validateEntity(readEntityYaml(text, file), file, schema);
