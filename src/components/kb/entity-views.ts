/**
 * How each kind of entity's page shows what is its own: the facts component rendered into the
 * entity page's slot, the line under the title, and the headings of the facts' sections (for the
 * table of contents). One entry per kind of the registry (src/lib/knowledge/kinds.ts); the type
 * makes a kind without an entry a compile error. The one route of entity pages,
 * src/pages/[collection]/[id].astro, renders every kind through it.
 */
/* eslint-disable @typescript-eslint/no-unsafe-assignment -- ESLint's TypeScript cannot read .astro modules (the
   components below are "error typed" to it); `npm run check` (astro check) types each entry against EntityView. */
import type { EntityCollection } from '../../lib/knowledge/kinds.ts';
import type { KbEntity, KbEntityOf } from '../../lib/knowledge/entities.ts';
import { countryHeadings } from '../../lib/knowledge/country-sections.ts';
import { agreementKicker } from '../../lib/knowledge/agreement-kicker.ts';
import { ORGANISATION_KIND_LABELS, ROLE_LABELS, sectorLabel } from '../../lib/knowledge/labels.ts';
import CountryFacts from './CountryFacts.astro';
import AgreementFacts from './AgreementFacts.astro';
import ProjectFacts from './ProjectFacts.astro';
import OrganisationFacts from './OrganisationFacts.astro';

export interface Heading {
  readonly slug: string;
  readonly text: string;
}

export interface EntityView<C extends EntityCollection> {
  /** The kind's own facts (an Astro component), given `entity` and `headings` (the sections it should render). */
  readonly Facts: (props: { entity: KbEntityOf<C>; headings: Heading[] }) => unknown;
  /** One line under the title: kind, date, parties… */
  readonly kicker: (entity: KbEntityOf<C>, all: readonly KbEntity[]) => string;
  /** The headings of the facts' sections, in page order. */
  readonly headings: (entity: KbEntityOf<C>, all: readonly KbEntity[]) => Heading[];
}

const FACTS = (): Heading[] => [{ slug: 'facts', text: 'Facts' }];

export const ENTITY_VIEWS: { readonly [C in EntityCollection]: EntityView<C> } = {
  countries: {
    Facts: CountryFacts,
    kicker: (e) => `${ROLE_LABELS[e.data.role]}${e.data.group ? ' (a group of states)' : ''}`,
    headings: (e, all) => countryHeadings(all, e),
  },
  agreements: { Facts: AgreementFacts, kicker: (e, all) => agreementKicker(all, e), headings: FACTS },
  projects: { Facts: ProjectFacts, kicker: (e) => sectorLabel(e.data.sector), headings: FACTS },
  organisations: { Facts: OrganisationFacts, kicker: (e) => ORGANISATION_KIND_LABELS[e.data.kind], headings: FACTS },
};

/** The view of an entity's kind (the one place that tells TypeScript the entry matches the entity). */
export const viewOf = <C extends EntityCollection>(entity: KbEntityOf<C>) => ENTITY_VIEWS[entity.collection] as EntityView<C>;
