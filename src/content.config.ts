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
import { countrySchema } from './schemas/country.ts';
import { agreementSchema } from './schemas/agreement.ts';
import { projectSchema } from './schemas/project.ts';
import { organisationSchema } from './schemas/organisation.ts';

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
  countries: defineCollection({ loader: entityLoader('countries', countrySchema), schema: countrySchema }),
  agreements: defineCollection({ loader: entityLoader('agreements', agreementSchema), schema: agreementSchema }),
  projects: defineCollection({ loader: entityLoader('projects', projectSchema), schema: projectSchema }),
  organisations: defineCollection({ loader: entityLoader('organisations', organisationSchema), schema: organisationSchema }),
};
