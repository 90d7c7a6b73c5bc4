/** How the knowledge base's enumerations read on the page. */
import type { CountryRole } from '../../schemas/country.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import type { Agreement } from '../../schemas/agreement.ts';
import type { Figure, OtherNameKind, Subject } from '../../schemas/entity.ts';

export const ROLE_LABELS: Record<CountryRole, string> = {
  'central-asian-state': 'Central Asian state',
  china: 'China',
  'external-power': 'External power',
  'energy-supplier': 'Energy supplier (Table 1)',
  'historical-state': 'Historical state',
  'other-state': 'Other state',
};

export const ORGANISATION_KIND_LABELS: Record<Organisation['kind'], string> = {
  intergovernmental: 'Intergovernmental organisation',
  'government-body': 'Government body',
  company: 'Company',
  other: 'Other',
};

export const STATISTICS_LABELS: Record<Figure['statistics'], string> = {
  chinese: 'Chinese statistics',
  local: 'Local statistics',
  'not-stated': 'Not stated',
};

export const FRAMEWORK_LABELS: Record<Agreement['framework'], string> = {
  bilateral: 'Bilateral',
  multilateral: 'Multilateral',
  sco: 'SCO',
  'belt-and-road': 'Belt and Road',
};

export const SUBJECT_LABELS: Record<Subject, string> = {
  border: 'Border',
  'military-trust': 'Military trust',
  friendship: 'Friendship',
  partnership: 'Partnership',
  institutions: 'Institutions',
  'counter-terrorism': 'Counter-terrorism',
  narcotics: 'Narcotics',
  economy: 'Economy',
  energy: 'Energy',
  security: 'Security',
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const kindLabel = (kind: string) => capitalise(kind);
export const sectorLabel = (sector: string) => capitalise(sector);

/** What kind of name an editorial other name is ("Khorgos": a spelling of “Horgos”). */
export const OTHER_NAME_KIND_LABELS: Record<OtherNameKind, string> = {
  spelling: 'spelling or transliteration',
  abbreviation: 'abbreviation',
  'full-form': 'full form',
  'older-or-other-language': 'older or other-language form',
  variant: 'US/UK spelling',
};
