/**
 * An edition frozen at release (`npm run release`): `editions/<version>/` holds that version's
 * TEI, EPUB and PDF as the build made them, the list of every address it published
 * (addresses.json: every page, and every id in each page's main content), and SHA256SUMS, in
 * `sha256sum`'s own format, over all of it. An archived edition never changes: the content check
 * (so the build, `npm run dev` and `npm run check:content`) refuses a file whose checksum no
 * longer matches, a file missing or added, naming the file and the edition.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../content/problem.ts';

/** Where the archived editions stand, from the project's root. */
export const EDITIONS_DIR = 'editions';
/** An archive's checksums: `sha256sum`'s format, one line per file, `<hex>  <name>`. */
export const SUMS_FILE = 'SHA256SUMS';
/** An archive's list of the addresses the edition published. */
export const ADDRESSES_FILE = 'addresses.json';

/** The addresses an edition published: each page's path under the site's base, and the ids on it a link may name. */
export interface PublishedAddresses {
  readonly version: string;
  readonly date: string;
  readonly pages: readonly { readonly path: string; readonly ids: readonly string[] }[];
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** SHA256SUMS for files (name → bytes), sorted by name, as `sha256sum` writes it (and `sha256sum -c` reads it). */
export function sumsText(files: ReadonlyMap<string, Uint8Array | string>): string {
  return [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, bytes]) => `${sha256(bytes)}  ${name}\n`)
    .join('');
}

/** The lines of a SHA256SUMS file: name → checksum; a line that is not `<64 hex>  <name>` is reported. */
export function readSums(text: string): { sums: Map<string, string>; bad: { line: number; text: string }[] } {
  const sums = new Map<string, string>();
  const bad: { line: number; text: string }[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line) return;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) sums.set(m[2]!, m[1]!);
    else bad.push({ line: i + 1, text: line });
  });
  return { sums, bad };
}

/** The versions archived under `root`/editions, in folder order. */
export function archivedVersions(root = '.'): string[] {
  const dir = join(root, EDITIONS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Every way an archived edition differs from what it archived: one problem per file. */
export function archiveProblems(root = '.'): Problem[] {
  const problems: Problem[] = [];
  for (const version of archivedVersions(root)) {
    const folder = `${EDITIONS_DIR}/${version}`;
    const sumsFile = `${folder}/${SUMS_FILE}`;
    if (!existsSync(join(root, sumsFile))) {
      problems.push({ file: sumsFile, message: `edition ${version} has no checksums: an archived edition is written whole by \`npm run release\`` });
      continue;
    }
    const { sums, bad } = readSums(readFileSync(join(root, sumsFile), 'utf8'));
    for (const b of bad) problems.push({ file: sumsFile, line: b.line, message: 'not a line of checksums (“<SHA-256>  <file>”)', value: b.text });
    const present = readdirSync(join(root, folder)).filter((name) => name !== SUMS_FILE);
    for (const [name, expected] of sums) {
      const file = `${folder}/${name}`;
      if (!existsSync(join(root, file))) {
        problems.push({ file, message: `edition ${version} archived this file; it is missing` });
        continue;
      }
      const actual = sha256(readFileSync(join(root, file)));
      if (actual !== expected)
        problems.push({
          file,
          message: `the file differs from the one edition ${version} archived (SHA-256 ${expected} in ${sumsFile}): an archived edition never changes; restore the file from git`,
          value: actual,
        });
    }
    for (const name of present.filter((n) => !sums.has(n)))
      problems.push({ file: `${folder}/${name}`, message: `edition ${version} did not archive this file (it is not in ${sumsFile}); remove it` });
  }
  return problems;
}

/** One file of an archived edition. */
export interface ArchivedFile {
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** An archived edition as the site shows it: its files, the addresses it published and, from 1.3 on, its TEI. */
export interface ArchivedEdition {
  readonly version: string;
  readonly date: string;
  readonly files: readonly ArchivedFile[];
  readonly addresses: PublishedAddresses;
  /** The TEI's text; absent for an edition archived before it had one (addresses only). */
  readonly tei?: string;
}

/** The addresses an archived edition published (its addresses.json), without reading its other files. */
export const readPublishedAddresses = (version: string, root = '.'): PublishedAddresses =>
  JSON.parse(readFileSync(join(root, EDITIONS_DIR, version, ADDRESSES_FILE), 'utf8')) as PublishedAddresses;

/** An archived edition's folder read back (its checksums are the content check's business). */
export function readArchivedEdition(version: string, root = '.'): ArchivedEdition {
  const folder = join(root, EDITIONS_DIR, version);
  const { sums } = readSums(readFileSync(join(folder, SUMS_FILE), 'utf8'));
  const addresses = readPublishedAddresses(version, root);
  const files = [...sums.entries()].map(([name, sum]) => ({ name, bytes: statSync(join(folder, name)).size, sha256: sum }));
  const teiName = files.find((f) => f.name.endsWith('.tei.xml'))?.name;
  return {
    version,
    date: addresses.date,
    files,
    addresses,
    ...(teiName && { tei: readFileSync(join(folder, teiName), 'utf8') }),
  };
}
