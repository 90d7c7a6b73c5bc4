/**
 * The one cache of the query modules: a query made once per build (a collection read, an index
 * built over the whole paper) and then shared by every page. Under `npm run dev`, Astro evaluates
 * the query modules again when the content they read changes, which starts the caches afresh.
 */
export function memo<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** `memo` for a query with a key: each key's value made once per build. */
export function memoBy<K, T>(make: (key: K) => T): (key: K) => T {
  const made = new Map<K, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}
