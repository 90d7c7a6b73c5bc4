import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { paperPageSchema } from './schemas/paper-page.ts';
import { datasetSchema } from './schemas/dataset.ts';
import { pageStartSchema } from './schemas/page-start.ts';
import { parsePageStarts } from './lib/page-starts-file.ts';

export const collections = {
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
};
