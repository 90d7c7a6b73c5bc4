/**
 * The places a search that is a paragraph id, a label or a page number names
 * (src/lib/search/citation-query.ts), the best first; none for a query of words. /search/places.json is
 * fetched once, when a query first is one.
 */
import { citationQuery, placesFor, type CitedPlace, type CitedPlaces } from '../lib/search/citation-query.ts';
import { sitePath } from '../lib/site/site-url.ts';

let places: Promise<CitedPlaces | undefined> | undefined;
function loadPlaces(): Promise<CitedPlaces | undefined> {
  places ??= fetch(sitePath('/search/places.json'))
    .then((response) => (response.ok ? (response.json() as Promise<CitedPlaces>) : undefined))
    .catch(() => undefined);
  return places;
}

export async function citedPlaces(q: string): Promise<CitedPlace[]> {
  const query = citationQuery(q);
  if (!query) return [];
  const all = await loadPlaces();
  return all ? placesFor(query, all) : [];
}
