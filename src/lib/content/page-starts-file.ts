import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { pageStartSchema, type PageStart } from '../../schemas/page-start.ts';

/**
 * Parses content/page-starts.yaml (a list) into entries keyed by page number, refusing a
 * page listed twice: the file loader would otherwise keep the last one silently.
 */
export function parsePageStarts(text: string, fileName = 'content/page-starts.yaml'): Record<string, Record<string, unknown>> {
  const list = load(text);
  if (!Array.isArray(list)) throw new Error(`${fileName}: expected a list of page starts`);
  const entries: Record<string, Record<string, unknown>> = {};
  list.forEach((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null) throw new Error(`${fileName}: entry ${i + 1} is not a mapping`);
    const page = (entry as { page?: unknown }).page;
    const key = String(page);
    if (key in entries) throw new Error(`${fileName}: entry ${i + 1}, field "page": page ${key} is listed twice`);
    entries[key] = entry as Record<string, unknown>;
  });
  return entries;
}

/** The page starts read and validated outside the collections (the take-along files, unit tests), in file order. */
export function readPageStarts(file = 'content/page-starts.yaml'): PageStart[] {
  return Object.values(parsePageStarts(readFileSync(file, 'utf8'), file)).map((entry) => pageStartSchema.parse(entry));
}
