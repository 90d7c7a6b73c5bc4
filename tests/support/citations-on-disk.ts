/**
 * The article's metadata and the edition read from content/ the way the build reads them (same
 * readers, schemas and derivation), for unit tests that build citations without building the site.
 */
import { readPageStarts } from '../../src/lib/content/page-starts-file.ts';
import { readEdition, readPaperMeta } from '../../src/lib/content/meta-files.ts';
import { articleMeta, type ArticleMeta } from '../../src/lib/paper/article-meta.ts';
import type { Edition } from '../../src/schemas/paper-meta.ts';
import { readContent } from '../../src/lib/content/content-check.ts';

export const pageStartsOnDisk = () => readPageStarts();

/** The article's metadata from `file` (default content/paper.yaml), with pages, abstract and keywords from the paper. */
export function articleMetaOnDisk(file = 'content/paper.yaml'): ArticleMeta {
  const { blocks } = readContent().content;
  return articleMeta(readPaperMeta(file), pageStartsOnDisk(), (id) => blocks.find((b) => b.id === id)?.text, file);
}

/** The edition as content/edition.yaml gives it (no SITE_URL). */
export const editionOnDisk = (file = 'content/edition.yaml'): Edition => readEdition(file, {});
