/**
 * The knowledge base's entity files (content/{countries,agreements,projects,organisations}/*.yaml),
 * read and validated outside Astro's collections: by the take-along files made after the build
 * (the TEI's lists of places, organisations, agreements and projects). Read by the content check's
 * reader (src/lib/content/content-check.ts), with the schemas the collections' loader uses.
 */
import { readContent } from './content-check.ts';
import { ContentProblems } from './problem.ts';
import type { Country } from '../../schemas/country.ts';
import type { Agreement } from '../../schemas/agreement.ts';
import type { Project } from '../../schemas/project.ts';
import type { Organisation } from '../../schemas/organisation.ts';

export interface EntityFiles {
  countries: { id: string; data: Country }[];
  agreements: { id: string; data: Agreement }[];
  projects: { id: string; data: Project }[];
  organisations: { id: string; data: Organisation }[];
}

export function readEntityFiles(root = '.'): EntityFiles {
  const { content, problems } = readContent(root);
  if (problems.length > 0) throw new ContentProblems(problems);
  const files: EntityFiles = { countries: [], agreements: [], projects: [], organisations: [] };
  for (const e of content.entities) (files[e.collection] as { id: string; data: unknown }[]).push({ id: e.id, data: e.data });
  return files;
}
