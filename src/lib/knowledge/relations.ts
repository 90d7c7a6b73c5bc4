/**
 * How entities relate: a country's agreements, projects and organisations, an organisation's
 * projects, a project's parts. Derived from the references in the data, never stored twice.
 */
import type { KbEntity, KbEntityOf } from './entities.ts';
import type { EntityCollection } from './kinds.ts';

const inCollection =
  <C extends EntityCollection>(collection: C) =>
  (e: KbEntity): e is KbEntityOf<C> =>
    e.collection === collection;

export const countriesIn = (all: readonly KbEntity[]) => all.filter(inCollection('countries'));
export const agreementsIn = (all: readonly KbEntity[]) => all.filter(inCollection('agreements'));
export const projectsIn = (all: readonly KbEntity[]) => all.filter(inCollection('projects'));
export const organisationsIn = (all: readonly KbEntity[]) => all.filter(inCollection('organisations'));

export function findEntity(all: readonly KbEntity[], id: string): KbEntity | undefined {
  return all.find((e) => e.id === id);
}

/** The entities these ids name, in order (the integrity check has made sure each exists). */
export function findEntities(all: readonly KbEntity[], ids: readonly string[]): KbEntity[] {
  return ids.map((id) => findEntity(all, id)).filter((e) => e !== undefined);
}

/** The countries an entity concerns: itself, an organisation's country, a project's countries, an agreement's parties. */
export function countriesOf(all: readonly KbEntity[], e: KbEntity): string[] {
  switch (e.collection) {
    case 'countries':
      return [e.id];
    case 'projects':
      return [...e.data.countries];
    case 'organisations':
      return e.data.country ? [e.data.country] : [];
    case 'agreements':
      return [
        ...new Set(
          e.data.parties.flatMap((p) => {
            const party = findEntity(all, p);
            return party ? countriesOf(all, party) : [];
          }),
        ),
      ];
  }
}

/** Agreements a country or organisation is party to (a country also through its ministries). */
export function agreementsOf(all: readonly KbEntity[], id: string): KbEntityOf<'agreements'>[] {
  const entity = findEntity(all, id);
  if (!entity) return [];
  return agreementsIn(all).filter((a) =>
    entity.collection === 'countries' ? countriesOf(all, a).includes(id) : a.data.parties.includes(id),
  );
}

export const projectsOfCountry = (all: readonly KbEntity[], id: string) => projectsIn(all).filter((p) => p.data.countries.includes(id));
export const projectsOfOrganisation = (all: readonly KbEntity[], id: string) => projectsIn(all).filter((p) => p.data.partners.includes(id));
export const organisationsOfCountry = (all: readonly KbEntity[], id: string) => organisationsIn(all).filter((o) => o.data.country === id);
export const partsOfProject = (all: readonly KbEntity[], id: string) => projectsIn(all).filter((p) => p.data.partOf === id);
export const childOrganisations = (all: readonly KbEntity[], id: string) => organisationsIn(all).filter((o) => o.data.parent === id);
