/**
 * /editions/<version>/<file>: an archived edition's files as archived (TEI, EPUB, PDF, addresses.json,
 * SHA256SUMS), byte for byte, so that `sha256sum -c SHA256SUMS` holds for what a reader downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { EDITIONS_DIR, SUMS_FILE, archivedVersions, readArchivedEdition } from '../../../lib/editions/archive.ts';

const MEDIA_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.epub': 'application/epub+zip',
  '.xml': 'application/tei+xml',
  '.json': 'application/json',
};

export const getStaticPaths = (() =>
  archivedVersions().flatMap((version) =>
    [...readArchivedEdition(version).files.map((f) => f.name), SUMS_FILE].map((file) => ({ params: { version, file } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params['file']!;
  const type = MEDIA_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'text/plain; charset=utf-8';
  return new Response(readFileSync(join(EDITIONS_DIR, params['version']!, file)), { headers: { 'Content-Type': type } });
};
