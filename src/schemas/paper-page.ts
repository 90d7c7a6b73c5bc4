import { z } from 'astro/zod';
import { PART_KEYS } from '../lib/paper/outline.ts';

/** Frontmatter of a page of the paper (content/paper/**). */
export const paperPageSchema = z
  .object({
    /** The part the page belongs to: front matter or I–IV. */
    part: z.enum(PART_KEYS),
    /** 0 for a part's overview page; 1… for its numbered points, in printed order. */
    point: z.number().int().min(0),
    /** The ordinal as the author prints it ("Fourthly", "The fourth"); absent where none is printed. */
    printedOrdinal: z.string().min(1).optional(),
    /** True when the page title is this edition's, not the author's heading. */
    editorialTitle: z.boolean(),
  })
  .strict();

export type PaperPage = z.infer<typeof paperPageSchema>;
