/**
 * The knowledge base as one typed list of entities (countries, agreements, projects,
 * organisations), and the names the matcher looks for. Pure: the collections are loaded by
 * the query modules (src/lib/content/knowledge-queries.ts) and passed in.
 */
import type { EntityCollection, EntityData } from './kinds.ts';
import type { EntityRef, MatchName } from './matcher.ts';

interface EntityOf<C extends EntityCollection, D> {
  readonly collection: C;
  readonly id: string;
  /** The file the entity was read from, for messages. */
  readonly file: string;
  readonly data: D;
}

/** An entity of any kind: a union over the registry's kinds (src/lib/knowledge/kinds.ts), so `collection` narrows `data`. */
export type KbEntity = { [C in EntityCollection]: EntityOf<C, EntityData<C>> }[EntityCollection];
/** An entity of one kind. */
export type KbEntityOf<C extends EntityCollection> = Extract<KbEntity, { collection: C }>;

export const refOf = (e: KbEntity): EntityRef => ({ collection: e.collection, id: e.id });

/** The printed name is a matching name unless this edition made it up or several entities share it. */
const nameIsPrinted = (e: KbEntity) => e.data.matchName && !(e.collection === 'agreements' && e.data.nameEditorial);

/** Every name the matcher looks for, with the field it comes from (for messages). */
export function namesOf(e: KbEntity): (MatchName & { field: string })[] {
  const entity = refOf(e);
  const names: (MatchName & { field: string })[] = [];
  if (nameIsPrinted(e)) names.push({ entity, text: e.data.name, field: 'name' });
  e.data.aliases.forEach((text, i) => names.push({ entity, text, field: `aliases.${i}` }));
  e.data.namedIn.forEach((n, i) =>
    names.push({ entity, text: n.text, scope: { paragraph: n.paragraph, occurrence: n.occurrence }, field: `namedIn.${i}` }),
  );
  return names;
}

export const matchNames = (entities: readonly KbEntity[]): MatchName[] =>
  entities.flatMap(namesOf).map(({ field: _field, ...name }) => name);

/** A display label for an entity in lists: its name. */
export const entityLabel = (e: KbEntity) => e.data.name;
