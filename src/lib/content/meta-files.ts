/**
 * Reads the article's metadata (content/paper.yaml) and the web edition (content/edition.yaml),
 * refusing bad values with a message that names the file, the field and the value.
 * Synchronous, so that astro.config.mjs can read the edition's address too.
 */
import { readFileSync } from 'node:fs';
import { parseEntityFile } from './yaml-file.ts';
import { deployment, type Deployment } from '../site/deployment.ts';
import { editionSchema, paperMetaSchema, type Edition, type PaperMetaFile } from '../../schemas/paper-meta.ts';

export const PAPER_META_FILE = 'content/paper.yaml';
export const EDITION_FILE = 'content/edition.yaml';

export function readPaperMeta(file = PAPER_META_FILE): PaperMetaFile {
  return parseEntityFile(readFileSync(file, 'utf8'), file, paperMetaSchema);
}

/**
 * The edition, at the address it is published under: `SITE_URL` and `BASE_PATH` in `env`
 * (src/lib/site/deployment.ts) replace the local address the file gives.
 */
export function readEdition(file = EDITION_FILE, env: Record<string, string | undefined> = process.env): Edition {
  const edition = parseEntityFile(readFileSync(file, 'utf8'), file, editionSchema);
  return { ...edition, url: deployment(env, edition.url).url };
}

/** Where the edition is published (astro.config.mjs's `base` and `site`), from `env` and the local address of the edition file. */
export function readDeployment(file = EDITION_FILE, env: Record<string, string | undefined> = process.env): Deployment {
  return deployment(env, parseEntityFile(readFileSync(file, 'utf8'), file, editionSchema).url);
}

/** "Edition 1.0 of 2026-11-28": how the edition names itself. */
export const editionLabel = (edition: Pick<Edition, 'version' | 'date'>) => `Edition ${edition.version} of ${edition.date}`;
