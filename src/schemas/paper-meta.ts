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

/** This web edition (content/edition.yaml). */
export const editionSchema = z
  .object({
    /** The edition's name as a web resource. */
    title: z.string().min(1),
    /** The edition's version; with the date, its identifier. */
    version: z.string().regex(/^\d+(\.\d+)*$/, 'expected a version such as "1.0"'),
    /** The day this version was issued (YYYY-MM-DD). */
    date: z.string().regex(isoDay, 'expected a date such as "2026-11-28"').refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), 'expected a real calendar day'),
    /** The address the edition is served at, ending with "/". */
    url: z.url({ protocol: /^https?$/ }).refine((u) => u.endsWith('/'), 'expected an http(s) address ending with "/"'),
  })
  .strict();

export type Edition = z.infer<typeof editionSchema>;
