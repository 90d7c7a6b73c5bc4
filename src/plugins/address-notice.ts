/**
 * Reads where the edition is published (src/lib/site/deployment.ts); writes one line to the build's
 * log when no SITE_URL is set: the address citations will carry, and how to set the real one.
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
