/**
 * The site's own stylesheets, which Starlight adds to every page after its own (its `customCss`,
 * astro.config.mjs); the bench weighs each (scripts/bench/features.ts). Paths from the project's root.
 */
export const SITE_STYLESHEETS = [
  './src/styles/site.css',
  './src/styles/paper.css',
  './src/styles/knowledge.css',
  './src/styles/data.css',
  './src/styles/cite.css',
  './src/styles/search.css',
] as const;
