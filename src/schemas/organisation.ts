import { z } from 'astro/zod';
import { entityBase, entityId } from './entity.ts';

/** An organisation, body or company the paper names (content/organisations/*.yaml). */
export const organisationSchema = z
  .object({
    ...entityBase,
    kind: z.enum(['intergovernmental', 'government-body', 'company', 'other']),
    /** The country it belongs to (entity id), where the paper says so. */
    country: entityId.optional(),
    /** The organisation it is part of (entity id). */
    parent: entityId.optional(),
  })
  .strict();

export type Organisation = z.infer<typeof organisationSchema>;
