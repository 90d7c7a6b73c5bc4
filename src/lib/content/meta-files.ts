/**
 * Reads the article's metadata (content/paper.yaml) and the web edition (content/edition.yaml),
 * refusing bad values with a message that names the file, the field and the value.
 * Synchronous, so that astro.config.mjs can read the edition's address too.
 */
import { readFileSync } from 'node:fs';
import { parseContentFile } from './yaml-file.ts';
import { ContentProblems } from './problem.ts';
import { deployment, type Deployment } from '../site/deployment.ts';
import { editionSchema, paperMetaSchema, type Edition, type PaperMetaFile } from '../../schemas/paper-meta.ts';

export const PAPER_META_FILE = 'content/paper.yaml';
export const EDITION_FILE = 'content/edition.yaml';

export function readPaperMeta(file = PAPER_META_FILE): PaperMetaFile {
  return parseContentFile(readFileSync(file, 'utf8'), file, paperMetaSchema);
}

/**
 * The edition, at the address it is published under: `SITE_URL` and `BASE_PATH` in `env`
 * (src/lib/site/deployment.ts) replace the local address the file gives.
 */
export function readEdition(file = EDITION_FILE, env: Record<string, string | undefined> = process.env): Edition {
  const edition = parseContentFile(readFileSync(file, 'utf8'), file, editionSchema);
  return { ...edition, url: deployment(env, edition.url).url };
}

/** The address Astro serves a local build at, for an edition file too broken to give one. */
const ASTRO_LOCAL_ADDRESS = 'http://localhost:4321/';

/**
 * Where the edition is published (astro.config.mjs's `base` and `site`), from `env` and the local
 * address of the edition file. An edition file with problems gives Astro's local address instead:
 * the content check, which runs first (src/plugins/content-check.ts), reports the problems, one
 * line each, and stops the build, rather than the configuration failing with a stack trace.
 */
export function readDeployment(file = EDITION_FILE, env: Record<string, string | undefined> = process.env): Deployment {
  try {
    return deployment(env, parseContentFile(readFileSync(file, 'utf8'), file, editionSchema).url);
  } catch (e) {
    if (e instanceof ContentProblems) return deployment(env, ASTRO_LOCAL_ADDRESS);
    throw e;
  }
}

/** "Edition 1.0 of 2026-11-28": how the edition names itself. */
export const editionLabel = (edition: Pick<Edition, 'version' | 'date'>) => `Edition ${edition.version} of ${edition.date}`;
/** The id of an edition's entry on /about/editions/: "edition-1-7". */
export const editionEntryId = (version: string) => `edition-${version.replaceAll('.', '-')}`;
