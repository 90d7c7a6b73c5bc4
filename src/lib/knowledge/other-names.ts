/**
 * The names readers type, gathered from the knowledge base: for the search (/search/names.json,
 * read by src/lib/search/names.ts) and for the editors' list of every added name (/about/names/).
 * Pure: the entities and the address of a path are passed in.
 */
import type { KbEntity } from './entities.ts';
import { entityPath, kindOf } from './kinds.ts';
import { OTHER_NAME_KIND_LABELS } from './labels.ts';
import type { OtherName } from '../../schemas/entity.ts';
import type { NamesIndex } from '../search/names.ts';

/** Every entity with all its names: its name, its printed aliases, then the other names this edition adds. */
export function namesIndex(entities: readonly KbEntity[], address: (path: string) => string): NamesIndex {
  return {
    entities: entities.map((e) => ({
      href: address(entityPath(e.collection, e.id)),
      title: e.data.name,
      type: kindOf(e.collection).singular,
      names: [
        { text: e.data.name, kind: 'name' },
        ...e.data.aliases.map((text) => ({ text, kind: 'alias' })),
        ...e.data.otherNames.map((o) => ({ text: o.name, kind: OTHER_NAME_KIND_LABELS[o.kind], of: o.of ?? e.data.name })),
      ],
    })),
  };
}

/** An added name as the editors' list shows it. */
export interface AddedName extends OtherName {
  readonly entity: KbEntity;
}

/** Every other name, by entity (in the list's order) and, within an entity, in its file's order. */
export const addedNames = (entities: readonly KbEntity[]): AddedName[] =>
  entities.flatMap((entity) => entity.data.otherNames.map((o) => ({ ...o, entity })));
