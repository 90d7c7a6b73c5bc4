/**
 * `npm run release`: freezes the current edition (content/edition.yaml's version) into
 * editions/<version>/, from a build made at the site's root (`npm run release` builds first):
 * its take-along files (TEI, EPUB, PDF) as built, addresses.json (every page of the site and every
 * id in each page's main content, the addresses a citation of this version may give) and
 * SHA256SUMS over them. Refuses to touch an edition already archived: an archived edition never
 * changes (the content check verifies its checksums in every build); a new version in
 * content/edition.yaml gets a new archive. Commit the folder with the version.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { readEdition } from '../src/lib/content/meta-files.ts';
import { TAKE_ALONG } from '../src/lib/edition-files/files.ts';
import { ADDRESSES_FILE, EDITIONS_DIR, SUMS_FILE, sumsText, type PublishedAddresses } from '../src/lib/editions/archive.ts';

const DIST = 'dist';

/** Every built page's path ("/paper/full/"), Pagefind's and Astro's asset folders left out. */
function pages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : pages(path);
    return name === 'index.html' ? [`/${relative(DIST, dir)}/`.replace(/\/+/g, '/')] : [];
  });
}

const edition = readEdition();
const folder = join(EDITIONS_DIR, edition.version);
if (existsSync(folder)) {
  console.error(
    `${folder} exists: edition ${edition.version} is archived, and an archived edition never changes. Set a new version in content/edition.yaml to release one.`,
  );
  process.exit(1);
}
if (process.env['BASE_PATH'] && process.env['BASE_PATH'] !== '/') {
  console.error(
    'Release from a build at the site’s root (BASE_PATH unset): the archived addresses are the site’s own, whatever base it is deployed under.',
  );
  process.exit(1);
}
const missing = Object.values(TAKE_ALONG).filter((f) => !existsSync(join(DIST, f.path)));
if (missing.length > 0) {
  console.error(
    `The build has no ${missing.map((f) => f.label).join(', ')}: run \`npm run release\`, which builds first, on a machine that makes every take-along file.`,
  );
  process.exit(1);
}

const addresses: PublishedAddresses = {
  version: edition.version,
  date: edition.date,
  pages: pages()
    .sort()
    .map((path) => {
      const $ = cheerio.load(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
      const ids = $('main [id]')
        .toArray()
        .map((el) => $(el).attr('id')!)
        .filter(Boolean);
      return { path, ids: [...new Set(ids)].sort() };
    }),
};

mkdirSync(folder, { recursive: true });
const files = new Map<string, Uint8Array | string>();
for (const f of Object.values(TAKE_ALONG)) {
  const name = f.path.slice(f.path.lastIndexOf('/') + 1);
  cpSync(join(DIST, f.path), join(folder, name));
  files.set(name, readFileSync(join(folder, name)));
}
const addressText = `${JSON.stringify(addresses, null, 1)}\n`;
writeFileSync(join(folder, ADDRESSES_FILE), addressText);
files.set(ADDRESSES_FILE, addressText);
writeFileSync(join(folder, SUMS_FILE), sumsText(files));
const ids = addresses.pages.reduce((n, p) => n + p.ids.length, 0);
console.log(
  `Edition ${edition.version} of ${edition.date} archived in ${folder}: ${files.size} files, ${addresses.pages.length} pages and ${ids} ids published. Commit the folder.`,
);
