/**
 * Content loader for one knowledge-base collection: every `*.yaml` in `content/<directory>/`,
 * one entity per file, its id the file name. Reads YAML files, writes validated entries; bad
 * content throws (stopping the build) with the file, the field and the value.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readEntityYaml, validateEntity } from '../lib/content/yaml-file.ts';

export function entityLoader(directory: string, schema: z.ZodType): Loader {
  return {
    name: 'entity-loader',
    load: async (context) => {
      const { store, watcher } = context;
      const base = join('content', directory);
      const files = (await readdir(base)).filter((f) => f.endsWith('.yaml')).sort();
      store.clear();
      for (const file of files) {
        const filePath = join(base, file);
        const text = await readFile(filePath, 'utf8');
        const id = file.replace(/\.yaml$/, '');
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
          throw new Error(`${filePath}: the file name "${id}" is not a valid entity id (lower case, words joined by "-")`);
        const raw = readEntityYaml(text, filePath);
        // Validate first for our message; parseData then stores what the collection schema returns.
        validateEntity(raw, filePath, schema);
        const data = await context.parseData({ id, data: raw as Record<string, unknown>, filePath });
        store.set({ id, data, filePath, digest: context.generateDigest(text) });
      }
      watcher?.add(base);
    },
  };
}
