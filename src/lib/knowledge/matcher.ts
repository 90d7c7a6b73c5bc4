/**
 * Finds mentions of entities in the author's text. One matcher serves both the links woven into
 * the paper (src/lib/knowledge/entity-links.ts) and the "Mentioned in" index of entity pages
 * (src/lib/knowledge/mentions.ts), so the two always agree.
 *
 * Rules: names match case-sensitively, as whole words (no letter or digit just before or after);
 * where names overlap, the leftmost and then the longest wins ("China-Kazakhstan oil pipeline"
 * over "China-Kazakhstan" over "China"); entities named inside a longer match are reported as
 * nested mentions of it. A scoped name matches only its given occurrence in its paragraph.
 */
import { sitePath } from '../site/site-url.ts';
import { entityPath, type EntityCollection } from './kinds.ts';

export interface EntityRef {
  readonly collection: EntityCollection;
  readonly id: string;
}

export interface MatchName {
  readonly entity: EntityRef;
  readonly text: string;
  /** Only this occurrence (1-based) in this paragraph. */
  readonly scope?: { readonly paragraph: string; readonly occurrence: number };
}

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entity: EntityRef;
  /** Other entities named inside this mention's words. */
  readonly nested: readonly EntityRef[];
}

export interface Matcher {
  /** Outermost mentions in the text of one paragraph (or table), in reading order. */
  find(text: string, paragraphId: string): Mention[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    const before = text[i - 1];
    const after = text[i + name.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) found.push(i);
  }
  return found;
}

const sameEntity = (a: EntityRef, b: EntityRef) => a.collection === b.collection && a.id === b.id;

export function createMatcher(names: readonly MatchName[]): Matcher {
  return {
    find(text, paragraphId) {
      const candidates: { start: number; end: number; entity: EntityRef }[] = [];
      for (const name of names) {
        const at = occurrences(text, name.text);
        const chosen = name.scope
          ? name.scope.paragraph === paragraphId
            ? at.slice(name.scope.occurrence - 1, name.scope.occurrence)
            : []
          : at;
        for (const start of chosen) candidates.push({ start, end: start + name.text.length, entity: name.entity });
      }
      candidates.sort((a, b) => a.start - b.start || b.end - a.end);
      const mentions: Mention[] = [];
      let reached = 0;
      for (const c of candidates) {
        if (c.start < reached) continue;
        const nested: EntityRef[] = [];
        for (const inner of candidates) {
          if (
            inner.start >= c.start &&
            inner.end <= c.end &&
            !sameEntity(inner.entity, c.entity) &&
            !nested.some((n) => sameEntity(n, inner.entity))
          ) {
            nested.push(inner.entity);
          }
        }
        mentions.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), entity: c.entity, nested });
        reached = c.end;
      }
      return mentions;
    },
  };
}

/** The first mention of each entity, in reading order: what gets a link in a paragraph. */
export function firstMentions(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.entity.collection}/${m.entity.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const entityHref = (entity: EntityRef) => sitePath(entityPath(entity.collection, entity.id));
