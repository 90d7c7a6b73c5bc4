/** Which of a country page's own sections have content, in page order (for the table of contents). */
import type { KbEntity, KbEntityOf } from './entities.ts';
import { agreementsOf, organisationsOfCountry, projectsOfCountry } from './relations.ts';

type CountryEntity = KbEntityOf<'countries'>;

export function countryHeadings(all: readonly KbEntity[], country: CountryEntity): { slug: string; text: string }[] {
  return [
    { slug: 'partnership', text: 'Partnership with China', present: country.data.partnerships.length > 0 },
    { slug: 'mechanisms', text: 'Cooperation mechanisms', present: country.data.mechanisms.length > 0 },
    { slug: 'trade', text: 'Trade with China', present: country.data.figures.some((f) => f.measure === 'bilateral trade with China') },
    {
      slug: 'energy',
      text: 'Energy (Table 1)',
      present: country.data.role !== 'china' && country.data.figures.some((f) => f.paragraph === 'table-1'),
    },
    { slug: 'agreements', text: 'Agreements', present: agreementsOf(all, country.id).length > 0 },
    { slug: 'projects', text: 'Projects', present: projectsOfCountry(all, country.id).length > 0 },
    { slug: 'organisations', text: 'Organisations', present: organisationsOfCountry(all, country.id).length > 0 },
  ]
    .filter((h) => h.present)
    .map(({ slug, text }) => ({ slug, text }));
}
