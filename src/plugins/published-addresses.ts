/**
 * After the build, before the site is served or published: every address an archived edition
 * published (editions/<version>/addresses.json) must resolve in the pages just built, the page
 * existing and holding the id, or through a move declared in content/address-moves.yaml
 * (src/lib/editions/permanence.ts). A page or an id removed or renamed without a declared move
 * stops the build, naming each address and the editions that published it.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './built-html.ts';
import { ADDRESSES_FILE, EDITIONS_DIR, archivedVersions, type PublishedAddresses } from '../lib/editions/archive.ts';
import { addressCount, brokenAddresses } from '../lib/editions/permanence.ts';
import { readAddressMoves } from '../lib/editions/moves-file.ts';

/** The ids of a built page, as its HTML gives them. */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

export function publishedAddresses(): AstroIntegration {
  return {
    name: 'published-addresses',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const versions = archivedVersions();
        if (versions.length === 0) return;
        const site = fileURLToPath(dir);
        const current = new Map<string, Set<string>>();
        for (const file of await htmlFiles(site)) {
          const path = relative(site, file).split(sep).join('/');
          if (!path.endsWith('index.html')) continue;
          current.set(`/${path.slice(0, -'index.html'.length)}`, idsOf(await readFile(file, 'utf8')));
        }
        const archives = versions.map((v) => JSON.parse(readFileSync(join(EDITIONS_DIR, v, ADDRESSES_FILE), 'utf8')) as PublishedAddresses);
        const broken = brokenAddresses(archives, current, readAddressMoves());
        if (broken.length > 0)
          throw new Error(
            `${broken.length} published address(es) no longer resolve; declare each move in content/address-moves.yaml or restore the page or id:\n${broken
              .map((b) => `${b.address} (published by edition ${b.editions.join(', ')}): ${b.reason}`)
              .join('\n')}`,
          );
        logger.info(`every published address resolves: ${archives.map((a) => `edition ${a.version}, ${addressCount(a)}`).join('; ')}`);
      },
    },
  };
}
