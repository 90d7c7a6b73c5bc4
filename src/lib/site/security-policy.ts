/**
 * The site's security policy, in one place: the Content-Security-Policy that Astro writes into
 * every page (`security.csp` in astro.config.mjs: Astro adds the hash of every script and style
 * it emits, so no script runs unless the build emitted it), and the response headers a static
 * host sends with every file (`_headers`, written by src/plugins/security-headers.ts).
 *
 * Nothing is loaded from another origin. Pagefind compiles its WebAssembly ('wasm-unsafe-eval',
 * which allows WebAssembly and nothing else). Inline `style` attributes (Starlight's icon sizes
 * and sidebar depths) are allowed in style-src-attr only: they cannot run code. Directives a
 * <meta> policy cannot carry (frame-ancestors) are sent as headers.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroUserConfig } from 'astro';
import { TAKE_ALONG } from '../edition-files/files.ts';

/**
 * The SHA-256 hashes of Starlight's `is:inline` scripts (the theme provider, the search shortcut,
 * the sidebar state), which Astro emits as written and does not hash itself: read from
 * Starlight's installed components, so an upgrade brings its own hashes. The browser tests
 * prove every page runs with 0 violations.
 */
export function starlightInlineScriptHashes(): `sha256-${string}`[] {
  const components = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight/components/Head.astro')));
  const hashes = new Set<`sha256-${string}`>();
  for (const file of readdirSync(components).filter((f) => f.endsWith('.astro'))) {
    for (const [, body] of readFileSync(join(components, file), 'utf8').matchAll(/<script\s+is:inline[^>]*>([\s\S]*?)<\/script>/g)) {
      hashes.add(
        `sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}`,
      );
    }
  }
  return [...hashes];
}

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** Astro's `security.csp` option. */
export const contentSecurityPolicy = (): CspOptions => ({
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: starlightInlineScriptHashes() },
  styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
});

/** The response headers every file of the site is sent with. */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ['Content-Security-Policy', "frame-ancestors 'self'; object-src 'none'; base-uri 'self'"],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['X-Frame-Options', 'SAMEORIGIN'],
];

/** The media types of the static citation files, by folder under /cite/. */
export const CITATION_MEDIA_TYPES: readonly (readonly [folder: string, type: string])[] = [
  ['bib', 'application/x-bibtex; charset=utf-8'],
  ['ris', 'application/x-research-info-systems; charset=utf-8'],
  ['json', 'application/vnd.citationstyles.csl+json; charset=utf-8'],
];

/** The `_headers` file (Netlify, Cloudflare Pages) for a site under `base`: security headers for every path, media types for the citation and take-along files. */
export function headersFile(base: string): string {
  const rule = (pattern: string, headers: readonly (readonly [string, string])[]) =>
    [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    `# Written by src/plugins/security-headers.ts from src/lib/site/security-policy.ts at build time; do not edit.`,
    rule(`${base}*`, SECURITY_HEADERS),
    ...CITATION_MEDIA_TYPES.map(([folder, type]) => rule(`${base}cite/${folder}/*`, [['Content-Type', type]])),
    ...Object.values(TAKE_ALONG).map((f) => rule(`${base}${f.path.slice(1)}`, [['Content-Type', f.mediaType]])),
    '',
  ].join('\n');
}
