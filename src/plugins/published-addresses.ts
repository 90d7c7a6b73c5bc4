/**
 * After the build, before the site is served or published: every address an archived edition
 * published (editions/<version>/addresses.json) must resolve in the pages just built, the page
 * existing and holding the id, or through a move declared in content/address-moves.yaml
 * (src/lib/editions/permanence.ts). A page or an id removed or renamed without a declared move
 * stops the build, naming each address and the editions that published it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPagePaths, publishedIds } from '../lib/site/built-pages.ts';
import { archivedVersions, readPublishedAddresses } from '../lib/editions/archive.ts';
import { addressCount, brokenAddresses } from '../lib/editions/permanence.ts';
import { readAddressMoves } from '../lib/editions/moves-file.ts';

export function publishedAddresses(): AstroIntegration {
  return {
    name: 'published-addresses',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const versions = archivedVersions();
        if (versions.length === 0) return;
        const site = fileURLToPath(dir);
        // A page is read when an address names it: the pages this build adds publish nothing an edition holds.
        const built = new Set(builtPagePaths(site));
        const read = new Map<string, ReadonlySet<string>>();
        const current = {
          get: (path: string) =>
            built.has(path)
              ? (read.get(path) ?? read.set(path, new Set(publishedIds(readFileSync(join(site, path, 'index.html'), 'utf8')))).get(path))
              : undefined,
        };
        const archives = versions.map((v) => readPublishedAddresses(v));
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
