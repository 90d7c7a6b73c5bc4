/**
 * Reads the site's base (astro:config:done); writes dist/_headers after the build: the security
 * headers and the citation files' media types of src/lib/site/security-policy.ts, under the base, for
 * static hosts that read the file (Netlify, Cloudflare Pages) and for the test server.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/site/security-policy.ts';
import { normaliseBasePath } from '../lib/site/deployment.ts';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBasePath(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
        logger.info(`wrote _headers for ${base}`);
      },
    },
  };
}
