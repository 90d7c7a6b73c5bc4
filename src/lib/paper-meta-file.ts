/**
 * Reads the article's metadata (content/paper.yaml) and the web edition (content/edition.yaml),
 * refusing bad values with a message that names the file, the field and the value.
 * Synchronous, so that astro.config.mjs can read the edition's address too.
 */
import { readFileSync } from 'node:fs';
import { parseEntityFile } from './entity-file.ts';
import { editionSchema, paperMetaSchema, type Edition, type PaperMetaFile } from '../schemas/paper-meta.ts';

export const PAPER_META_FILE = 'content/paper.yaml';
export const EDITION_FILE = 'content/edition.yaml';

export function readPaperMeta(file = PAPER_META_FILE): PaperMetaFile {
  return parseEntityFile(readFileSync(file, 'utf8'), file, paperMetaSchema);
}

/** The edition; `SITE_URL` in the environment replaces the address the file gives. */
export function readEdition(file = EDITION_FILE, siteUrl = process.env['SITE_URL']): Edition {
  const edition = parseEntityFile(readFileSync(file, 'utf8'), file, editionSchema);
  if (!siteUrl) return edition;
  return parseEntityFile(JSON.stringify({ ...edition, url: siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/` }), `${file} (url from SITE_URL)`, editionSchema);
}

/** "Edition 1.0 of 2026-11-28": how the edition names itself. */
export const editionLabel = (edition: Pick<Edition, 'version' | 'date'>) => `Edition ${edition.version} of ${edition.date}`;
