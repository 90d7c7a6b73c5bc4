/**
 * Where a frozen edition's pages and files are served, under the site's base: its page
 * (/editions/<version>/, which citations of that edition name), the page of what changed from the
 * edition before, and its archived files (/editions/<version>/<file>).
 */
import { sitePath } from '../site/site-url.ts';

/** The frozen page of an edition: /editions/<version>/. */
export const frozenPagePath = (version: string) => sitePath(`/editions/${version}/`);
/** The page comparing an edition with the one before: /editions/<version>/changes/. */
export const changesPagePath = (version: string) => sitePath(`/editions/${version}/changes/`);
/** One of an edition's archived files (its PDF, EPUB, TEI, SHA256SUMS…): /editions/<version>/<name>. */
export const frozenFilePath = (version: string, name: string) => sitePath(`/editions/${version}/${name}`);
