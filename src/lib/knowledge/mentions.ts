/**
 * The "Mentioned in" index: for every entity, each paragraph (or table) of the paper that names
 * it, with a short excerpt around the first mention. Built with the same matcher as the links in
 * the text, so an entity page lists exactly the paragraphs where its name is linked or nested.
 */
import type { EntityRef, Matcher } from './matcher.ts';

export interface IndexedBlock {
  readonly id: string;
  readonly text: string;
}

export interface Excerpt {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

export interface MentionEntry {
  readonly blockId: string;
  readonly excerpt: Excerpt;
  /** False when the entity is only named inside another entity's name. */
  readonly direct: boolean;
}

export const entityKey = (entity: EntityRef) => `${entity.collection}/${entity.id}`;

/** Up to `radius` characters either side of the match, cut at word boundaries, with ellipses. */
export function excerpt(text: string, start: number, end: number, radius = 90): Excerpt {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) from = text.indexOf(' ', from) + 1 || start;
  if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
  return {
    before: (from > 0 ? '… ' : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? ' …' : ''),
  };
}

export function mentionIndex(blocks: readonly IndexedBlock[], matcher: Matcher): Map<string, MentionEntry[]> {
  const index = new Map<string, MentionEntry[]>();
  const add = (entity: EntityRef, entry: MentionEntry) => {
    const list = index.get(entityKey(entity)) ?? [];
    if (list.some((e) => e.blockId === entry.blockId)) return;
    list.push(entry);
    index.set(entityKey(entity), list);
  };
  for (const block of blocks) {
    const mentions = matcher.find(block.text, block.id);
    // direct mentions first, so an entity named both ways is listed as directly named
    for (const m of mentions) add(m.entity, { blockId: block.id, excerpt: excerpt(block.text, m.start, m.end), direct: true });
    for (const m of mentions) {
      for (const inner of m.nested) add(inner, { blockId: block.id, excerpt: excerpt(block.text, m.start, m.end), direct: false });
    }
  }
  return index;
}
