/**
 * Reads every built HTML page (dist/**.html) after Astro's build and before Pagefind indexes them
 * (it must stand before Starlight in `integrations`: hooks run in that order, and Starlight runs
 * Pagefind); writes each page back with the transforms applied in order: the policy first
 * (policy-first.ts) with only the page's own hashes (policy-hashes.ts), then a space at every
 * block-level boundary between two tags (index-word-spacing.ts), then the take-along files' sizes
 * in their links (take-along-sizes.ts; the take-along plugin, which stands before this one, made
 * the files), then a module preload for what the page's scripts import (module-preloads.ts).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { policyFirst } from './policy-first.ts';
import { pagePolicyHashes } from './policy-hashes.ts';
import { spaceBlocks } from './index-word-spacing.ts';
import { takeAlongSizes } from './take-along-sizes.ts';
import { modulePreloads } from './module-preloads.ts';

const TRANSFORMS = [policyFirst, pagePolicyHashes, spaceBlocks];

/** Every HTML file under `dir`. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? htmlFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []),
    ),
  );
  return nested.flat();
}

export function builtHtml(): AstroIntegration {
  let base = '/';
  return {
    name: 'built-html',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = await htmlFiles(site);
        const transforms = [...TRANSFORMS, takeAlongSizes(site), modulePreloads(site, base)];
        let changed = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          let done: string;
          try {
            done = transforms.reduce((page, transform) => transform(page), html);
          } catch (e) {
            throw new Error(`${file}: ${(e as Error).message}`, { cause: e });
          }
          if (done !== html) {
            await writeFile(file, done);
            changed++;
          }
        }
        logger.info(
          `moved the policy first, kept the page's own hashes, spaced block-level boundaries, wrote the take-along files' sizes and preloaded the scripts' imports in ${changed} of ${files.length} pages`,
        );
      },
    },
  };
}
