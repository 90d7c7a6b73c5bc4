/**
 * The names readers type: every entity's printed name, its printed aliases and the other names
 * this edition adds (`otherNames`), as one list the search page and the search dialog load when
 * a search first needs it (/search/names.json). A query that is exactly one of them, in any
 * case, with or without diacritics, hyphens, spaces or a leading "the", names its entity; a
 * query that is one or two letters off one of them is offered the name (edit distance, with
 * transpositions: damerau-levenshtein). Pure, and small: it is bundled into the search page's
 * script and the dialog's.
 */
import damerauLevenshtein from 'damerau-levenshtein';
import { nameKey } from './name-key.ts';

export { nameKey };

/** One name of an entity: printed (its name or an alias) or another name this edition adds. */
export interface NamesEntry {
  readonly text: string;
  /** `printed` for the paper's own forms; an other name's kind label otherwise ("abbreviation"). */
  readonly kind: string;
  /** For an other name: the printed name it stands for, which a search for the paper's paragraphs uses. */
  readonly of?: string;
}

export interface NamedEntity {
  /** The entity's page, under the site's base. */
  readonly href: string;
  readonly title: string;
  /** "Country", "Project"…: what the page is. */
  readonly type: string;
  readonly names: readonly NamesEntry[];
}

/** /search/names.json. */
export interface NamesIndex {
  readonly entities: readonly NamedEntity[];
}

/** An entity a query names exactly, with the name it matched. */
export interface NameMatch {
  readonly entity: NamedEntity;
  readonly name: NamesEntry;
}

/** The entities whose name (printed or other) the query is, in the list's order; several where a name is shared. */
export function entitiesNamed(index: NamesIndex, q: string): NameMatch[] {
  const key = nameKey(q);
  if (!key) return [];
  const matches: NameMatch[] = [];
  for (const entity of index.entities) {
    const name = entity.names.find((n) => nameKey(n.text) === key);
    if (name) matches.push({ entity, name });
  }
  return matches;
}

/** How many letters a query may be off a name to be offered it: none under 4 letters, 1 under 8, else 2. */
export function allowedDistance(key: string): number {
  return key.length < 4 ? 0 : key.length < 8 ? 1 : 2;
}

const distance = (a: string, b: string) => damerauLevenshtein(a, b).steps;

/** A name offered for a query that found nothing: the name as printed or added, and how far off the query was. */
export interface Suggestion {
  readonly text: string;
  readonly distance: number;
}

/**
 * The names nearest a query, at most `limit`, nearest first (then shorter, then alphabetical):
 * the whole query against every name; failing that, each word of the query against the
 * one-word names, offered as the query with that word replaced. None for a query that is a name.
 */
export function suggestNames(index: NamesIndex, q: string, limit = 5): Suggestion[] {
  const key = nameKey(q);
  if (!key || entitiesNamed(index, q).length > 0) return [];
  const texts = [...new Set(index.entities.flatMap((e) => e.names.map((n) => n.text)))];
  const near = (k: string, candidates: readonly string[]) => {
    const allowed = allowedDistance(k);
    if (allowed === 0) return [];
    return candidates
      .map((text) => ({ text, distance: distance(k, nameKey(text)) }))
      .filter((s) => s.distance > 0 && s.distance <= allowed);
  };
  let found = near(key, texts);
  if (found.length === 0) {
    const words = q.trim().split(/\s+/);
    if (words.length > 1) {
      const oneWord = texts.filter((t) => !/\s/.test(t.trim()));
      found = words.flatMap((word, i) =>
        near(nameKey(word), oneWord).map((s) => ({ text: words.map((w, j) => (j === i ? s.text : w)).join(' '), distance: s.distance })),
      );
    }
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.distance - b.distance || a.text.length - b.text.length || a.text.localeCompare(b.text))
    .filter((s) => !seen.has(nameKey(s.text)) && seen.add(nameKey(s.text)))
    .slice(0, limit);
}
