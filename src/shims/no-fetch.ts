/**
 * Stands in for `node-fetch` and `sync-fetch`, which citation-js imports to read citations from
 * URLs. This site only gives it CSL-JSON it made itself and has no network at run time, so the
 * fetchers are replaced (astro.config.mjs, vite resolve.alias): smaller browser code, and any
 * attempt to fetch fails loudly.
 */
function noFetch(url: unknown): never {
  throw new Error(`citation-js tried to fetch ${String(url)}: this site makes no network requests`);
}
noFetch.Headers = globalThis.Headers;
export const Headers = globalThis.Headers;
export default noFetch;
