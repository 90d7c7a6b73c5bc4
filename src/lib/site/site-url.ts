/**
 * Every internal URL of the site, built from one place: a site path ("/paper/full/#iii-4-05",
 * "/data/table-1.csv", written as if the site stood at the root) becomes a URL under Astro's base
 * (`import.meta.env.BASE_URL`: "/" or "/ed/"), and a URL becomes an absolute address on the
 * edition's address. No component writes a root-relative URL by hand; they call `sitePath()`.
 */

/** Astro's base path with a trailing slash: "/" at the root, "/ed/" under a subpath. */
export const BASE_PATH: string = ((base: string | undefined) => (base ? (base.endsWith('/') ? base : `${base}/`) : '/'))(
  import.meta.env?.BASE_URL,
);

/** The URL of a site path under the base: "/paper/full/" → "/ed/paper/full/". */
export function sitePath(path: string): string {
  if (!path.startsWith('/')) throw new Error(`sitePath() takes a path from the site's root, such as "/paper/full/" (got "${path}")`);
  return `${BASE_PATH}${path.slice(1)}`;
}

/** The absolute address of a URL that `sitePath()` gave, on the edition's address: "/ed/paper/full/" → "https://host/ed/paper/full/". */
export function absoluteUrl(url: string, editionUrl: string): string {
  if (!url.startsWith(BASE_PATH))
    throw new Error(`absoluteUrl() takes a URL under the base "${BASE_PATH}", from sitePath() (got "${url}")`);
  return new URL(url, editionUrl).href;
}
