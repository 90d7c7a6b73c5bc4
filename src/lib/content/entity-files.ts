/**
 * The knowledge base's entities read from their files (content/<collection>/*.yaml, one
 * collection per kind in src/lib/knowledge/kinds.ts) outside Astro's collections: for the
 * take-along files made after the build (the TEI's lists of places, organisations, agreements
 * and projects). Read and checked by the content check (src/lib/content/content-check.ts).
 */
import { readContent } from './content-check.ts';
import { ContentProblems } from './problem.ts';
import type { KbEntity } from '../knowledge/entities.ts';

export function readEntities(root = '.'): readonly KbEntity[] {
  const { content, problems } = readContent(root);
  if (problems.length > 0) throw new ContentProblems(problems);
  return content.entities;
}
