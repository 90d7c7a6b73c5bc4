import { z } from 'astro/zod';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A person who wrote the article, as CSL names them. */
const authorSchema = z
  .object({
    /** Surname. */
    family: z.string().min(1),
    /** Given names or initials. */
    given: z.string().min(1).optional(),
  })
  .strict();

/** The article's bibliographic metadata (content/paper.yaml). */
export const paperMetaSchema = z
  .object({
    /** The article's title. */
    title: z.string().min(1),
    journal: z
      .object({
        /** The journal's English name. */
        title: z.string().min(1),
        /** The journal's name as the running heads print it. */
        printedTitle: z.string().min(1),
      })
      .strict(),
    year: z.number().int().min(1900).max(2100),
    volume: z.number().int().positive(),
    issue: z.number().int().positive(),
    /** The journal page the article starts on. */
    firstPage: z.number().int().positive(),
    /** BCP 47 language tag of the article. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a language tag such as "en"'),
    /** The paragraph whose text is the abstract. */
    abstractParagraph: z.string().min(1),
    /** The paragraph that prints the keywords ("Keywords: a, b, c."). */
    keywordsParagraph: z.string().min(1),
    /** Not in the source text: empty until an editor fills them. */
    authors: z.array(authorSchema),
    /** Not in the source text: empty, or a DOI without its resolver ("10.…/…"). */
    doi: z.string().regex(/^$|^10\.\d{4,9}\/\S+$/, 'expected "" or a DOI such as "10.1000/xyz123", without https://doi.org/'),
    /** Not in the source text: empty, or an ISSN ("1234-567X"). */
    issn: z.string().regex(/^$|^\d{4}-\d{3}[\dX]$/, 'expected "" or an ISSN such as "1234-5679"'),
  })
  .strict();

export type PaperMetaFile = z.infer<typeof paperMetaSchema>;

const calendarDay = z
  .string()
  .regex(isoDay, 'expected a date such as "2026-11-28"')
  .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), 'expected a real calendar day');

const versionNumber = z.string().regex(/^\d+(\.\d+)*$/, 'expected a version such as "1.0"');

/** One edition in the history: what changed in the editorial layer (never the author's words). */
const editionEntrySchema = z
  .object({
    /** The version this entry describes. */
    version: versionNumber,
    /** The day it was issued (YYYY-MM-DD). */
    date: calendarDay,
    /** What changed in the edition, one sentence each, as a reader would notice it. */
    changes: z.array(z.string().min(1)).min(1),
  })
  .strict();

export type EditionEntry = z.infer<typeof editionEntrySchema>;

/** This web edition (content/edition.yaml). */
export const editionSchema = z
  .object({
    /** The edition's name as a web resource. */
    title: z.string().min(1),
    /** The edition's version; with the date, its identifier. */
    version: versionNumber,
    /** The day this version was issued (YYYY-MM-DD). */
    date: calendarDay,
    /** The address a local build serves at, ending with "/"; a published build takes SITE_URL and BASE_PATH (src/lib/site/deployment.ts). */
    url: z.url({ protocol: /^https?$/ }).refine((u) => u.endsWith('/'), 'expected an http(s) address ending with "/"'),
    /** Every edition, newest first; the current one among them. */
    history: z.array(editionEntrySchema).min(1),
  })
  .strict()
  .superRefine((edition, ctx) => {
    const seen = new Set<string>();
    edition.history.forEach((entry, i) => {
      if (seen.has(entry.version))
        ctx.addIssue({ code: 'custom', path: ['history', i, 'version'], message: 'expected each version once; this one is listed twice' });
      seen.add(entry.version);
      const newer = edition.history[i - 1];
      if (newer && entry.date > newer.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['history', i, 'date'],
          message: `expected the history newest first; this entry is newer than the one before it (${newer.version}, ${newer.date})`,
        });
      }
    });
    const current = edition.history.find((e) => e.version === edition.version);
    if (!current) ctx.addIssue({ code: 'custom', path: ['version'], message: 'expected the current version to be in the history' });
    else if (current.date !== edition.date)
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `expected the date the history gives for version ${current.version} (${current.date})`,
      });
    else if (edition.history[0] !== current)
      ctx.addIssue({
        code: 'custom',
        path: ['version'],
        message: `expected the current version to be the newest in the history (${edition.history[0]?.version})`,
      });
  });

export type Edition = z.infer<typeof editionSchema>;
