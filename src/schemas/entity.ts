/**
 * Building blocks shared by the knowledge-base schemas (countries, agreements, projects,
 * organisations). Every fact names the paragraph (or table) of the paper it comes from and
 * quotes the words it rests on, so a test can find them there.
 */
import { z } from 'astro/zod';
import { parseStatedDate } from '../lib/knowledge/dates.ts';

/** A paragraph id of the paper ("iii-2-02") or a table/figure id ("table-1"). */
export const blockId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)+$/, 'expected a paragraph id such as "iii-2-02" or a table id such as "table-1"');

/** An entity's id, which is its file's name: lower case, words joined by "-". */
export const ENTITY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An entity id: the file name of another entity, of any kind. */
export const entityId = z.string().regex(ENTITY_ID, 'expected an entity id (lower case, words joined by "-")');

/** A date as the paper states it: "2005", "2002-05" or "2015-06-17". YAML may give a year as a number. */
export const statedDate = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const parsed = parseStatedDate(String(value));
  if ('error' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed;
});

/** The author's words a fact rests on, and where they stand. */
export const provenance = {
  /** The words of the paper, copied exactly (they must occur in `paragraph`). */
  printed: z.string().min(1),
  /** The paragraph (or table) the words stand in. */
  paragraph: blockId,
};

/** Something the paper says about the entity, in its own words. */
export const statement = z.object({ ...provenance }).strict();

/** Another printed form of the name, used to find mentions in the text. */
export const alias = z.string().min(2);

/** What kind of name a reader may type that the paper does not print (src/lib/knowledge/labels.ts reads them out). */
export const OTHER_NAME_KINDS = ['spelling', 'abbreviation', 'full-form', 'older-or-other-language', 'variant'] as const;
export type OtherNameKind = (typeof OTHER_NAME_KINDS)[number];
/** Kinds of name that say more than how a printed name is spelt or shortened: each needs a cited source. */
const NEEDS_SOURCE: readonly OtherNameKind[] = ['full-form', 'older-or-other-language'];

/**
 * A name a reader may type for the entity that the paper does not print: editorial, always. A
 * standard spelling or transliteration, an abbreviation or a US/UK variant of a printed name
 * needs no source; a full form or an older or other-language form says more (an official
 * title, a renaming) and names where it comes from in `source`.
 */
export const otherName = z
  .object({
    /** The name as a reader may type it. */
    name: z.string().min(2),
    kind: z.enum(OTHER_NAME_KINDS),
    /** The printed name (the entity's `name` or one of its `aliases`) it is another form of; the entity's name when not given. */
    of: z.string().min(2).optional(),
    /** Why this name, in a sentence. */
    note: z.string().min(1).optional(),
    /** Where the name comes from: required for a full form and an older or other-language form. */
    source: z.string().min(1).optional(),
    /** The other entities this name belongs to as well (each of them says so too). */
    sharedWith: z.array(entityId).default([]),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (NEEDS_SOURCE.includes(value.kind) && !value.source)
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: `${value.kind === 'full-form' ? 'a full form' : 'an older or other-language form'} needs a source`,
      });
  });

/** Words that name the entity only in one paragraph (a title printed for several treaties). */
export const namedIn = z
  .object({
    /** The words, exactly as printed. */
    text: z.string().min(2),
    paragraph: blockId,
    /** Which occurrence of the words in the paragraph (1 = first). */
    occurrence: z.number().int().positive().default(1),
  })
  .strict();

/** A dated event in the entity's history, for the timeline. */
export const milestone = z
  .object({
    date: statedDate,
    /** A short editorial label of the event ("Line A put into operation"). */
    event: z.string().min(1),
    subject: z.enum([
      'border',
      'military-trust',
      'friendship',
      'partnership',
      'institutions',
      'counter-terrorism',
      'narcotics',
      'economy',
      'energy',
      'security',
    ]),
    ...provenance,
  })
  .strict();

export const SUBJECTS = milestone.shape.subject.options;
export type Subject = (typeof SUBJECTS)[number];

/** A number the paper states, with its unit and the statistics it comes from. */
export const figure = z
  .object({
    /** What is measured, e.g. "bilateral trade", "length", "annual capacity". */
    measure: z.string().min(1),
    /** The year the figure is for, or the date it stands at ("as of May 2017"). */
    date: statedDate.optional(),
    /** True when the figure is a stock or total at `date` ("by the end of 2015"), not a flow in that year. */
    asOf: z.boolean().optional(),
    value: z.number({ error: 'expected a number' }).nonnegative('expected a number of zero or more'),
    /** The unit as the paper states it; "(not printed)" where it gives none. */
    unit: z.string().min(1),
    /** Whose statistics: where the paper gives two figures for the same thing, both are kept. */
    statistics: z.enum(['chinese', 'local', 'not-stated']).default('not-stated'),
    /** An editorial note on how the printed figure is read. */
    note: z.string().min(1).optional(),
    /** A cell of a printed table or figure that states the same quantity: the data notes compare the two. */
    compare: z.object({ dataset: z.string(), row: z.string(), column: z.string() }).strict().optional(),
    ...provenance,
  })
  .strict();

/** An editorial note shown on the entity page. */
export const editorialNote = z.object({ text: z.string().min(1), paragraph: blockId.optional() }).strict();

/** Fields every entity has. */
export const entityBase = {
  /** The name exactly as printed (or, for editorial names, as this edition gives it). */
  name: z.string().min(1),
  /** False when the printed name is shared by several entities (three treaties share one title): `namedIn` then says where each is meant. */
  matchName: z.boolean().default(true),
  /** Other printed forms of the name: used to find mentions. */
  aliases: z.array(alias).default([]),
  /** Names a reader may type that the paper does not print (editorial): shown as "Also known as", searched. */
  otherNames: z.array(otherName).default([]),
  /** Printed words that name the entity only in a given paragraph. */
  namedIn: z.array(namedIn).default([]),
  /** A one-paragraph editorial summary of what the paper says about the entity. */
  summary: z.string().min(1),
  /** What the paper says, in its words. */
  statements: z.array(statement).default([]),
  milestones: z.array(milestone).default([]),
  figures: z.array(figure).default([]),
  notes: z.array(editorialNote).default([]),
};

export type Figure = z.infer<typeof figure>;
export type Milestone = z.infer<typeof milestone>;
export type Statement = z.infer<typeof statement>;
export type OtherName = z.infer<typeof otherName>;
export type NamedIn = z.infer<typeof namedIn>;
