import { z } from 'astro/zod';
import { blockId, entityBase, provenance, statedDate } from './entity.ts';

/** A state or group of states the paper names (content/countries/*.yaml). */
export const countrySchema = z
  .object({
    ...entityBase,
    /** Its place in the paper's story. */
    role: z.enum(['central-asian-state', 'china', 'external-power', 'energy-supplier', 'historical-state', 'other-state']),
    /** True for a group of states ("Africa", "the European Union"). */
    group: z.boolean().default(false),
    /** Numeric ISO 3166 code, used to find the shape on the map (Natural Earth via world-atlas). */
    isoNumeric: z
      .string()
      .regex(/^\d{3}$/)
      .optional(),
    /** Each level of partnership with China the paper states, in order. */
    partnerships: z.array(z.object({ level: z.string().min(1), date: statedDate.optional(), ...provenance }).strict()).default([]),
    /** Cooperation mechanisms with China. */
    mechanisms: z
      .array(
        z
          .object({
            /** The name as printed, or as the paper describes it. */
            name: z.string().min(1),
            date: statedDate.optional(),
            /** The sub-committees as printed, one name per item. */
            subCommittees: z.array(z.string().min(1)).optional(),
            /** The number of sub-committees the paper prints, where it prints one. */
            subCommitteeCount: z.number().int().nonnegative().optional(),
            ...provenance,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type Country = z.infer<typeof countrySchema>;
export type CountryRole = Country['role'];
export const COUNTRY_ROLES = countrySchema.shape.role.options;
export { blockId };
