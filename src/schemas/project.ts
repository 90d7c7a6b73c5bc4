import { z } from 'astro/zod';
import { entityBase, entityId, provenance } from './entity.ts';

export const SECTORS = [
  'oil and gas',
  'refining and petrochemicals',
  'power',
  'transport',
  'logistics',
  'industrial park',
  'manufacturing',
  'mining and metals',
  'agriculture',
  'telecommunications',
  'policy initiative',
] as const;

/** A pipeline, plant, park, road, … the paper names (content/projects/*.yaml). */
export const projectSchema = z
  .object({
    ...entityBase,
    /** The countries it stands in or connects (entity ids). */
    countries: z.array(entityId).min(1),
    sector: z.enum(SECTORS),
    /** Companies and bodies that build, run or finance it (entity ids of organisations). */
    partners: z.array(entityId).default([]),
    /** The larger project it is part of (a pipeline line of the pipeline). */
    partOf: entityId.optional(),
    /** Its state as the paper states it ("completed", "under construction"), in the paper's words. */
    status: z.array(z.object({ ...provenance }).strict()).default([]),
  })
  .strict();

export type Project = z.infer<typeof projectSchema>;
