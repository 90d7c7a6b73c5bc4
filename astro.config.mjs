// @ts-check
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { sidebar } from './src/lib/site/sidebar.ts';
import { SEARCH_RANKING } from './src/lib/search/pagefind-ranking.ts';
import { builtHtml } from './src/plugins/built-html.ts';
import { publishedAddresses } from './src/plugins/published-addresses.ts';
import { takeAlong } from './src/plugins/take-along.ts';
import { securityHeaders } from './src/plugins/security-headers.ts';
import { addressNotice, noSitemap } from './src/plugins/address-notice.ts';
import { contentCheck } from './src/plugins/content-check.ts';
import { contentSecurityPolicy } from './src/lib/site/security-policy.ts';
import { SITE_STYLESHEETS } from './src/lib/site/stylesheets.ts';
import { readDeployment } from './src/lib/content/meta-files.ts';

// The build's memory: after each full collection V8 lets the heap grow to as much as four times what
// is live before it collects again, and this build keeps much alive (citeproc's engines for APA and
// Chicago hold some 250 MB) while it makes much garbage (each page, citation and data file), so its
// resident memory rose to five times its live objects. Growth of a fifth at most: more, shorter
// collections and no cap, so a larger paper still builds (README, Benchmark).
setFlagsFromString('--heap-growing-percent=20');

// Where the edition is published: BASE_PATH and SITE_URL (README, Deploy); the file gives the local address.
const published = readDeployment();
const { base, site } = published;

export default defineConfig({
  base,
  ...(site && { site }),
  trailingSlash: 'always',
  // A Content-Security-Policy <meta> on every page: Astro hashes every script and style it emits
  // (Starlight's inline scripts included); the rest of the policy is src/lib/site/security-policy.ts.
  security: { csp: contentSecurityPolicy() },
  vite: {
    // citation-js imports HTTP clients to read citations from URLs; this site never does (src/shims/no-fetch.ts).
    resolve: {
      alias: [
        { find: /^node-fetch$/, replacement: fileURLToPath(new URL('./src/shims/no-fetch.ts', import.meta.url)) },
        { find: /^sync-fetch$/, replacement: fileURLToPath(new URL('./src/shims/no-fetch.ts', import.meta.url)) },
        // Starlight's search dialog gets Pagefind's interface with its deep links ranked as on the search
        // page, fetched when the reader shows an intent to search rather than on every page at idle.
        { find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/client/pagefind-ui-on-intent.ts', import.meta.url)) },
      ],
    },
    build: {
      rollupOptions: {
        output: {
          // The small modules every page's script shares with the scripts of some pages (the site's
          // addresses, escaping, announcements, journal pages, Vite's loader of lazy modules) in one
          // chunk: one request on every page rather than one for each. And what the search page and
          // the search dialog both use (the ranking of deep links, the places and names a query
          // cites), which no page loads until it searches, in another.
          codeSplitting: {
            groups: [
              {
                name: 'site-shared',
                test: /src\/(client\/(announce|go-to-page)|lib\/site\/(site-url|escape-html))\.ts$|vite\/preload-helper/,
              },
              {
                name: 'search-shared',
                test: /src\/(client\/(cited-places|search-names)|lib\/search\/ranking)\.ts$/,
              },
            ],
          },
        },
        // Rolldown warns, depending on how it chunks, that MDX content modules' "use astro:head-inject"
        // directive "may not be preserved"; the built pages keep every stylesheet and script (compared
        // page by page between builds with and without the warning), so this one warning is muted.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // The author's quotes, dashes and dots are printed characters: no smart punctuation.
  // No code blocks in the paper: no highlighter (Shiki's inline styles would need 'unsafe-inline' under the CSP).
  markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: false },
  integrations: [
    // First: every content problem, one line each, before anything is loaded or rendered.
    contentCheck(),
    // Before Starlight, whose build:done hook runs Pagefind: the take-along files (PDF, EPUB) from the
    // built linear view, which then write their sizes into the pages; then the pages' own transforms.
    takeAlong(),
    builtHtml(),
    publishedAddresses(),
    securityHeaders(),
    addressNotice(published),
    ...(site ? [] : [noSitemap()]),
    starlight({
      title: 'China’s strategy toward Central Asia',
      description:
        'An online edition of “China’s strategy toward Central Asia”, Vestnik of Saint Petersburg University. International Relations, 2019, vol. 12, issue 1.',
      markdown: { processedDirs: ['./content'] },
      sidebar,
      customCss: [...SITE_STYLESHEETS],
      components: {
        PageTitle: './src/components/starlight/PageTitle.astro',
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        Search: './src/components/starlight/Search.astro',
        Head: './src/components/starlight/Head.astro',
        Footer: './src/components/starlight/Footer.astro',
      },
      pagination: true,
      // The 404 page is src/pages/404.astro (Starlight's would render it a second time from the docs collection).
      disable404Route: true,
      routeMiddleware: './src/routeData.ts',
      pagefind: { ranking: SEARCH_RANKING },
    }),
  ],
});
