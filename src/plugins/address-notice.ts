/**
 * Reads where the edition is published (src/lib/site/deployment.ts); writes one line to the build's
 * log when no SITE_URL is set: the address citations will carry, that no sitemap is written, and
 * how to set the real address.
 */
import type { AstroIntegration } from 'astro';
import { localBuildNotice, type Deployment } from '../lib/site/deployment.ts';

export function addressNotice(published: Deployment): AstroIntegration {
  return {
    name: 'address-notice',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!published.site) logger.info(localBuildNotice(published));
      },
    },
  };
}

/**
 * Without SITE_URL there are no public addresses for a sitemap. Starlight adds @astrojs/sitemap
 * unless an integration of that name is present, and the sitemap then warns that it is skipped;
 * this stands in its place, so the address notice's one line says it instead.
 */
export function noSitemap(): AstroIntegration {
  return { name: '@astrojs/sitemap', hooks: {} };
}
