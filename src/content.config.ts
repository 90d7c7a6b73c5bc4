import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { paperPageSchema } from './schemas/paper-page.ts';
import { datasetSchema } from './schemas/dataset.ts';
import { pageStartSchema } from './schemas/page-start.ts';
import { parsePageStarts } from './lib/content/page-starts-file.ts';
import { entityLoader } from './loaders/entity-loader.ts';
import { interfaceLoader } from './loaders/interface-loader.ts';
import { ENTITY_COLLECTIONS, ENTITY_KINDS, type EntityCollection } from './lib/knowledge/kinds.ts';

/** One kind's collection: its files read by the entity loader, with the kind's schema (src/lib/knowledge/kinds.ts). */
const entityCollection = <C extends EntityCollection>(collection: C) =>
  defineCollection({ loader: entityLoader(collection), schema: ENTITY_KINDS[collection].schema });
/** The knowledge base: a collection per kind, each typed by its own schema. */
const entityCollections = Object.fromEntries(ENTITY_COLLECTIONS.map((c) => [c, entityCollection(c)])) as {
  [C in EntityCollection]: ReturnType<typeof entityCollection<C>>;
};

export const collections = {
  // Starlight's interface strings: its English ones, with this edition's replacements (content/interface.yaml).
  i18n: defineCollection({ loader: interfaceLoader('content/interface.yaml', 'en'), schema: i18nSchema() }),
  docs: defineCollection({
    loader: glob({ base: './content', pattern: ['index.mdx', 'paper/**/*.mdx', 'about/**/*.mdx'] }),
    schema: docsSchema({ extend: z.object({ paper: paperPageSchema.optional() }) }),
  }),
  datasets: defineCollection({
    loader: glob({ base: './content/data', pattern: '*.json' }),
    schema: datasetSchema,
  }),
  pageStarts: defineCollection({
    loader: file('./content/page-starts.yaml', { parser: (text) => parsePageStarts(text) }),
    schema: pageStartSchema,
  }),
  // The knowledge base: one YAML file per entity; cross-collection integrity is checked by the content check
  // (src/lib/content/content-check.ts) and again by getKnowledgeBase() (src/lib/content/knowledge-queries.ts).
  ...entityCollections,
};
