import { z } from 'astro/zod';

/** Where a journal page begins in the source text (content/page-starts.yaml). */
export const pageStartSchema = z
  .object({
    /** The journal page number. */
    page: z.number().int().positive(),
    /** metadata: the article's first page; running-head: printed in the source; layout: inferred. */
    basis: z.enum(['metadata', 'running-head', 'layout']),
    /** 1-based line of the source text where the page's text begins. */
    sourceLine: z.number().int().positive(),
    /** The words the page begins with, as the joined text reads. */
    firstWords: z.string().min(1),
  })
  .strict();

export type PageStart = z.infer<typeof pageStartSchema>;

export const isInferred = (start: Pick<PageStart, 'basis'>) => start.basis === 'layout';
