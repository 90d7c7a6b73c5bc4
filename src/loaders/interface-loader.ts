/**
 * Starlight's i18n collection from one YAML file of this edition's interface strings, as the entry
 * for one language. Starlight names a language by its entry's file path under src/content/i18n/,
 * or by its id when the entry has no file path: this loader stores the id alone.
 */
import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parseContentFile } from '../lib/content/yaml-file.ts';
import { i18nSchema } from '@astrojs/starlight/schema';

export function interfaceLoader(file: string, lang: string): Loader {
  return {
    name: 'interface-loader',
    load: async (context) => {
      const { store, watcher } = context;
      const sync = async () => {
        const data = parseContentFile(await readFile(file, 'utf8'), file, i18nSchema()) as Record<string, unknown>;
        store.clear();
        store.set({ id: lang, data: await context.parseData({ id: lang, data }) });
      };
      await sync();
      watcher?.add(file);
      watcher?.on('change', (path) => (path.endsWith(file) ? void sync() : undefined));
    },
  };
}
