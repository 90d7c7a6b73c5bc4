import { z } from 'astro/zod';
import { entityBase, entityId, provenance, statedDate, SUBJECTS } from './entity.ts';

export const AGREEMENT_KINDS = [
  'treaty',
  'agreement',
  'protocol',
  'convention',
  'conception',
  'plan',
  'memorandum',
  'assurance',
  'order',
] as const;
export const FRAMEWORKS = ['bilateral', 'multilateral', 'sco', 'belt-and-road'] as const;

/** A treaty, agreement, protocol, … the paper names (content/agreements/*.yaml). */
export const agreementSchema = z
  .object({
    ...entityBase,
    /** True when the paper prints no title and `name` is this edition's description. */
    nameEditorial: z.boolean().default(false),
    kind: z.enum(AGREEMENT_KINDS),
    /** When it was signed, made or approved, as precisely as the paper says. */
    date: statedDate.optional(),
    /** Countries and organisations that signed it (entity ids). */
    parties: z.array(entityId).min(1),
    /** An editorial note where the parties are inferred from the context, not printed. */
    partiesNote: z.string().min(1).optional(),
    framework: z.enum(FRAMEWORKS),
    subjects: z.array(z.enum(SUBJECTS)).min(1),
    /** The words that state the date, the parties and the title, and where. */
    source: z.object({ ...provenance }).strict(),
  })
  .strict();

export type Agreement = z.infer<typeof agreementSchema>;
