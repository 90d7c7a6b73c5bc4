/**
 * The kinds of entity the knowledge base holds, in one registry: each kind's collection (its
 * content folder, `content/<collection>/*.yaml`, and its address, `/<collection>/<id>/`), its
 * schema, its labels, its page type in the search index and how the TEI tags it. Everything that
 * handles every kind loops over this registry: the content config, the content check, the
 * queries, the matcher, the TEI, the search facets, the sidebar, the entity pages' route and the
 * tests. How a kind's page shows its own facts is the one thing kept beside the components:
 * ENTITY_VIEWS (src/components/kb/entity-views.ts), typed so that a kind without one does not compile.
 *
 * Adding a kind: a schema (src/schemas/), a content folder, a facts component with its entry in
 * ENTITY_VIEWS, an index page (src/pages/<collection>/index.astro) and one entry here; the
 * compiler then names every switch over the kinds that needs a case.
 */
import type { z } from 'astro/zod';
import { countrySchema } from '../../schemas/country.ts';
import { agreementSchema } from '../../schemas/agreement.ts';
import { projectSchema } from '../../schemas/project.ts';
import { organisationSchema } from '../../schemas/organisation.ts';

/** The TEI lists of `standOff`, in the order the TEI document gives them. */
export const TEI_LISTS = ['listPlace', 'listOrg', 'listBibl', 'listObject'] as const;

/** How the TEI tags a kind of entity: its entries in `standOff`, and its mentions in the text. */
export interface TeiTagging<D> {
  /** The list in `standOff` the kind's entries stand in (`<listPlace type="countries">`). */
  readonly list: (typeof TEI_LISTS)[number];
  /** An entry's element (`place`), and the element inside it that holds the entity's names (`placeName`). */
  readonly entry: string;
  readonly name: string;
  /** An element the names and the address are wrapped in inside the entry (a project's `objectIdentifier`). */
  readonly wrap?: string;
  /** The entry's `@type`, from its data (a country's role, an organisation's kind…). */
  readonly type: (data: D) => string;
  /** True when the entity's name is this edition's, not the paper's (tagged `type="editorial"`). */
  readonly editorialName?: (data: D) => boolean;
  /** The date an entry carries (`<date when="…"/>`), when the kind has one. */
  readonly date?: (data: D) => string | undefined;
  /** A mention in the paper's text: the element, and its `@type` when the element does not say it. */
  readonly mention: { readonly element: string; readonly type?: string };
}

export interface EntityKind<S extends z.ZodType> {
  /** One entity file's schema (the collection's and the content check's). */
  readonly schema: S;
  /** "Country" and "Countries": a page's kicker, the sidebar, the search page, link titles. */
  readonly singular: string;
  readonly plural: string;
  /** The value of the search index's "type" filter for the kind's pages. */
  readonly pageType: string;
  readonly tei: TeiTagging<z.output<S>>;
}

/** A registry entry, typed from its schema (so the TEI's functions see the kind's own fields). */
const kind = <S extends z.ZodType, const P extends string>(entry: EntityKind<S> & { pageType: P }) => entry;

export const ENTITY_KINDS = {
  countries: kind({
    schema: countrySchema,
    singular: 'Country',
    plural: 'Countries',
    pageType: 'country',
    tei: { list: 'listPlace', entry: 'place', name: 'placeName', type: (d) => d.role, mention: { element: 'placeName' } },
  }),
  agreements: kind({
    schema: agreementSchema,
    singular: 'Agreement',
    plural: 'Agreements',
    pageType: 'agreement',
    tei: {
      list: 'listBibl',
      entry: 'bibl',
      name: 'title',
      type: (d) => d.kind,
      editorialName: (d) => d.nameEditorial,
      date: (d) => d.date?.iso,
      mention: { element: 'name', type: 'agreement' },
    },
  }),
  projects: kind({
    schema: projectSchema,
    singular: 'Project',
    plural: 'Projects',
    pageType: 'project',
    tei: {
      list: 'listObject',
      entry: 'object',
      name: 'objectName',
      wrap: 'objectIdentifier',
      type: (d) => d.sector,
      mention: { element: 'name', type: 'project' },
    },
  }),
  organisations: kind({
    schema: organisationSchema,
    singular: 'Organisation',
    plural: 'Organisations',
    pageType: 'organisation',
    tei: { list: 'listOrg', entry: 'org', name: 'orgName', type: (d) => d.kind, mention: { element: 'orgName' } },
  }),
};

export type EntityCollection = keyof typeof ENTITY_KINDS;
/** The kinds' collections, in the registry's order (the sidebar's, the search page's, the knowledge base's). */
export const ENTITY_COLLECTIONS = Object.keys(ENTITY_KINDS) as EntityCollection[];
/** One entity's data, as its kind's schema gives it. */
export type EntityData<C extends EntityCollection> = z.output<(typeof ENTITY_KINDS)[C]['schema']>;
/** A kind's page type in the search index ("country"). */
export type EntityPageType = (typeof ENTITY_KINDS)[EntityCollection]['pageType'];

/** One kind's entry, typed so that a generic collection keeps its own schema's types (TypeScript's pattern for correlated unions). */
const KINDS: { readonly [C in EntityCollection]: EntityKind<(typeof ENTITY_KINDS)[C]['schema']> } = ENTITY_KINDS;
export const kindOf = <C extends EntityCollection>(collection: C) => KINDS[collection];

export const isEntityCollection = (value: string): value is EntityCollection => Object.hasOwn(ENTITY_KINDS, value);

/** A kind's index page ("/countries/") and an entity's page ("/countries/kazakhstan/"), before the site's base. */
export const kindPath = (collection: EntityCollection) => `/${collection}/`;
export const entityPath = (collection: EntityCollection, id: string) => `/${collection}/${id}/`;

/** The registry's entries in its order, each with its collection. */
export const ENTITY_KIND_LIST = ENTITY_COLLECTIONS.map((collection) => ({ collection, ...ENTITY_KINDS[collection] }));
