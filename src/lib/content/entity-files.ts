/**
 * The knowledge base's entity files (content/{countries,agreements,projects,organisations}/*.yaml),
 * read and validated outside Astro's collections: by the take-along files made after the build
 * (the TEI's lists of places, organisations, agreements and projects). The same reader and schemas
 * as the collections' loader (src/loaders/entity-loader.ts), so the same files mean the same thing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntityFile } from './yaml-file.ts';
import { countrySchema, type Country } from '../../schemas/country.ts';
import { agreementSchema, type Agreement } from '../../schemas/agreement.ts';
import { projectSchema, type Project } from '../../schemas/project.ts';
import { organisationSchema, type Organisation } from '../../schemas/organisation.ts';

export interface EntityFiles {
  countries: { id: string; data: Country }[];
  agreements: { id: string; data: Agreement }[];
  projects: { id: string; data: Project }[];
  organisations: { id: string; data: Organisation }[];
}

function readCollection<T>(directory: string, parse: (text: string, file: string) => T): { id: string; data: T }[] {
  return readdirSync(directory)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(directory, f), 'utf8'), join(directory, f)) }));
}

export function readEntityFiles(root = 'content'): EntityFiles {
  return {
    countries: readCollection(join(root, 'countries'), (text, file) => parseEntityFile(text, file, countrySchema)),
    agreements: readCollection(join(root, 'agreements'), (text, file) => parseEntityFile(text, file, agreementSchema)),
    projects: readCollection(join(root, 'projects'), (text, file) => parseEntityFile(text, file, projectSchema)),
    organisations: readCollection(join(root, 'organisations'), (text, file) => parseEntityFile(text, file, organisationSchema)),
  };
}
