/**
 * The one cache of the query modules: a query made once per build (a collection read, an index
 * built over the whole paper) and then shared by every page. Under `npm run dev`, Astro evaluates
 * the query modules again when the content they read changes, which starts the caches afresh.
 */
export function memo<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
