/**
 * Where the edition is published, from the environment of the build: `BASE_PATH` (the path the
 * site is served under, default "/") and `SITE_URL` (its public address; without it the build is
 * a local one and addresses are the local default of content/edition.yaml). astro.config.mjs
 * takes `base` and `site` from here; the edition's address (citations, meta tags) too.
 * A malformed value stops the build naming the variable and the value.
 */

export interface Deployment {
  /** Astro's `base`: "/" or "/some/path/". */
  readonly base: string;
  /** Astro's `site` (the public origin), or undefined for a local build: no canonical link, no sitemap. */
  readonly site: string | undefined;
  /** The edition's address: the public or local origin with the base, ending with "/". */
  readonly url: string;
}

const PATH_SEGMENT = /^[A-Za-z0-9._~!$&'()*+,;=:@%-]+$/;

/** "ed", "/ed", "/ed/" → "/ed/"; "" or "/" → "/". */
export function normaliseBasePath(value: string): string {
  const segments = value.split('/').filter(Boolean);
  const bad = segments.find((s) => !PATH_SEGMENT.test(s) || s === '.' || s === '..');
  if (bad !== undefined) throw new Error(`BASE_PATH: expected a URL path such as "/china-central-asia/" (value: ${JSON.stringify(value)})`);
  return segments.length ? `/${segments.join('/')}/` : '/';
}

function parseSiteUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: expected an http(s) address such as "https://user.github.io/" (value: ${JSON.stringify(value)})`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
    throw new Error(`SITE_URL: expected an http(s) address without query, fragment or user (value: ${JSON.stringify(value)})`);
  }
  return url;
}

/**
 * The deployment described by `env`; `localUrl` is the address a local build serves at
 * (content/edition.yaml's `url`). A SITE_URL with a path ("https://user.github.io/ed/") gives the
 * base when BASE_PATH is not set, and must agree with it when it is.
 */
export function deployment(env: Record<string, string | undefined>, localUrl: string): Deployment {
  const siteUrl = env['SITE_URL']?.trim() ? parseSiteUrl(env['SITE_URL'].trim()) : undefined;
  const siteUrlPath = siteUrl ? normaliseBasePath(siteUrl.pathname) : '/';
  const base = env['BASE_PATH']?.trim() ? normaliseBasePath(env['BASE_PATH']) : siteUrlPath;
  if (siteUrlPath !== '/' && siteUrlPath !== base) {
    throw new Error(
      `SITE_URL: its path "${siteUrlPath}" is not BASE_PATH "${base}"; give the path in one of them (value: ${JSON.stringify(env['SITE_URL'])})`,
    );
  }
  const origin = siteUrl ? siteUrl.origin : new URL(localUrl).origin;
  return { base, site: siteUrl ? `${siteUrl.origin}/` : undefined, url: new URL(base, origin).href };
}

/** The line a local build prints: what address citations carry and how to set the real one. */
export const localBuildNotice = (d: Deployment) =>
  `No SITE_URL: citations, meta tags and downloads carry ${d.url}, and no sitemap is written (it lists public addresses). Build with SITE_URL=https://your.host/ (and BASE_PATH=/path/ under a subpath) to publish; see README, Deploy.`;
