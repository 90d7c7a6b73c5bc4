/**
 * `npm run release`: freezes the current edition (content/edition.yaml's version) into
 * editions/<version>/: its take-along files (TEI, EPUB, PDF) as built, addresses.json (every page
 * of the site and every id in each page's main content, the addresses a citation of this version
 * may give) and SHA256SUMS over them. `npm run release` builds first; once the files are frozen
 * it builds again, so that the edition's own frozen page (/editions/<version>/, rendered from the
 * archived TEI) is among the addresses it publishes. Refuses to touch an edition already
 * archived: an archived edition never changes (the content check verifies its checksums in every
 * build); a new version in content/edition.yaml gets a new archive. Commit the folder with the
 * version.
 *
 * An edition published before the archive existed is archived from a build of its last commit:
 * `node scripts/release.ts --dist <that build's dist> --edition <that commit's content/edition.yaml>`
 * (with `--addresses-only` for an edition that made no take-along files).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { TAKE_ALONG } from '../src/lib/edition-files/files.ts';
import { ADDRESSES_FILE, EDITIONS_DIR, SUMS_FILE, sumsText, type PublishedAddresses } from '../src/lib/editions/archive.ts';
import { builtPagePaths, publishedIds } from '../src/lib/site/built-pages.ts';

const { values: args } = parseArgs({
  options: { dist: { type: 'string' }, edition: { type: 'string' }, 'addresses-only': { type: 'boolean', default: false } },
});
const current = args.dist === undefined;
const dist = args.dist ?? 'dist';
const editionFile = args.edition ?? 'content/edition.yaml';
const { version, date } = parse(readFileSync(editionFile, 'utf8')) as { version: string; date: string };

const folder = join(EDITIONS_DIR, version);
if (existsSync(folder)) {
  console.error(
    `${folder} exists: edition ${version} is archived, and an archived edition never changes. Set a new version in content/edition.yaml to release one.`,
  );
  process.exit(1);
}
if (current && process.env['BASE_PATH'] && process.env['BASE_PATH'] !== '/') {
  console.error(
    'Release from a build at the site’s root (BASE_PATH unset): the archived addresses are the site’s own, whatever base it is deployed under.',
  );
  process.exit(1);
}
const takeAlong = args['addresses-only'] ? [] : Object.values(TAKE_ALONG);
const missing = takeAlong.filter((f) => !existsSync(join(dist, f.path)));
if (missing.length > 0) {
  console.error(
    `The build has no ${missing.map((f) => f.label).join(', ')}: run \`npm run release\`, which builds first, on a machine that makes every take-along file.`,
  );
  process.exit(1);
}

mkdirSync(folder, { recursive: true });
const files = new Map<string, Uint8Array | string>();
for (const f of takeAlong) {
  const name = f.path.slice(f.path.lastIndexOf('/') + 1);
  cpSync(join(dist, f.path), join(folder, name));
  files.set(name, readFileSync(join(folder, name)));
}
/** Every page the build in `dist` holds, with the ids in its main content; written with the sums over every file. */
function writeAddresses(): PublishedAddresses {
  const addresses: PublishedAddresses = {
    version,
    date,
    pages: builtPagePaths(dist).map((path) => ({ path, ids: publishedIds(readFileSync(join(dist, path, 'index.html'), 'utf8')) })),
  };
  const addressText = `${JSON.stringify(addresses, null, 1)}\n`;
  writeFileSync(join(folder, ADDRESSES_FILE), addressText);
  files.set(ADDRESSES_FILE, addressText);
  writeFileSync(join(folder, SUMS_FILE), sumsText(files));
  return addresses;
}

let addresses = writeAddresses();
if (current && files.size > 1) {
  // The files frozen, build again: the edition's own frozen page (/editions/<version>/) now renders
  // from its archived TEI and is among the addresses it publishes.
  execFileSync('astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  addresses = writeAddresses();
}
const ids = addresses.pages.reduce((n, p) => n + p.ids.length, 0);
console.log(
  `Edition ${version} of ${date} archived in ${folder}: ${files.size} files, ${addresses.pages.length} pages and ${ids} ids published. Commit the folder.`,
);
