/**
 * Content loader for one knowledge-base collection: every `*.yaml` in `content/<collection>/` (its kind's schema from src/lib/knowledge/kinds.ts),
 * one entity per file, its id the file name. Reads YAML files, writes validated entries; bad
 * content throws (stopping the build) with the file, the line, the field and the value. Under
 * `npm run dev` it reloads a file when it changes, and drops an entity whose file is deleted;
 * the content check (src/plugins/content-check.ts) reports what is wrong with the new text.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkContentFile, readContentFile } from '../lib/content/yaml-file.ts';
import { ContentProblems } from '../lib/content/problem.ts';
import { entityFileId } from '../lib/content/content-check.ts';
import { ENTITY_KINDS, type EntityCollection } from '../lib/knowledge/kinds.ts';

export function entityLoader(collection: EntityCollection): Loader {
  const { schema } = ENTITY_KINDS[collection];
  return {
    name: 'entity-loader',
    load: async (context) => {
      const { store, watcher, logger } = context;
      const base = join('content', collection);
      const files = (await readdir(base)).filter((f) => f.endsWith('.yaml')).sort();
      store.clear();
      const problems = [];
      for (const file of files) {
        try {
          await syncFile(context, join(base, file), schema);
        } catch (e) {
          if (!(e instanceof ContentProblems)) throw e;
          problems.push(...e.problems);
        }
      }
      if (problems.length > 0) throw new ContentProblems(problems);
      if (!watcher) return;
      watcher.add(base);
      const inBase = (path: string) => {
        const inside = relative(resolve(base), resolve(path));
        return inside.endsWith('.yaml') && !inside.startsWith('..') && !inside.includes('/') && !inside.includes('\\');
      };
      const onChange = async (path: string) => {
        if (!inBase(path)) return;
        try {
          await syncFile(context, join(base, basename(path)), schema);
          logger.info(`reloaded ${join(base, basename(path))}`);
        } catch (e) {
          // the content check prints the problem and shows it in the browser; the last good entry stays
          logger.error((e as Error).message);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path) => {
        if (inBase(path)) store.delete(basename(path).replace(/\.yaml$/, ''));
      });
    },
  };
}

async function syncFile(context: LoaderContext, filePath: string, schema: z.ZodType) {
  const text = await readFile(filePath, 'utf8');
  const named = entityFileId(filePath);
  if ('problem' in named) throw new ContentProblems([named.problem]);
  const { id } = named;
  const read = readContentFile(text, filePath);
  if (Array.isArray(read)) throw new ContentProblems(read);
  // Validate first for our message; parseData then stores what the collection schema returns from the file's data.
  const checked = checkContentFile(read, schema);
  if ('problems' in checked) throw new ContentProblems(checked.problems);
  const data = await context.parseData({ id, data: read.data as Record<string, unknown>, filePath });
  context.store.set({ id, data, filePath, digest: context.generateDigest(text) });
}
