/**
 * Every built page carries a Content-Security-Policy (Astro's security.csp) that lets nothing run
 * but what the build emitted: script-src is 'self', hashes and 'wasm-unsafe-eval' (Pagefind),
 * never 'unsafe-inline' or 'unsafe-eval'; no directive names another origin; every inline script
 * and style on the page has its hash in the policy. The host's headers (dist/_headers) add what a
 * <meta> policy cannot carry.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { DIST, builtPages, loadPage } from '../support/built-site.ts';
import { readHeaderRules } from '../support/serve-dist.ts';

const site = inject('siteUrl');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function policyOf(path: string): Map<string, string[]> {
  const $ = loadPage(path);
  const metas = $('meta[http-equiv="content-security-policy" i]');
  expect(metas.length, path).toBe(1);
  return new Map(
    (metas.attr('content') ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('the Content-Security-Policy of every page', () => {
  it.each(builtPages())('%s lets only what the build emitted run, from this origin', (path) => {
    const $ = loadPage(path);
    const policy = policyOf(path);
    // Before any script or stylesheet, so it governs them all.
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const policyAt = html.search(/<meta http-equiv="content-security-policy"/i);
    expect(policyAt).toBeGreaterThan(0);
    expect(policyAt).toBeLessThan(html.search(/<script|<link rel="stylesheet"|<style/));
    const scriptSrc = policy.get('script-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc.filter((v) => !v.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const [name, values] of policy) {
      expect(values.filter((v) => /^(https?:|\*|\/\/)/.test(v)), name).toEqual([]);
      if (name !== 'style-src-attr') expect(values, name).not.toContain("'unsafe-inline'");
      expect(values, name).not.toContain("'unsafe-eval'");
    }
    const inlineScripts = $('script:not([src])')
      .filter((_, s) => !/^application\/(ld\+)?json$/.test($(s).attr('type') ?? ''))
      .map((_, s) => $(s).html() ?? '')
      .get();
    expect(inlineScripts.filter((text) => !scriptSrc.includes(sha256(text))).map((t) => t.slice(0, 80))).toEqual([]);
    const styleSrc = policy.get('style-src') ?? [];
    const inlineStyles = $('style').map((_, s) => $(s).html() ?? '').get();
    expect(inlineStyles.filter((text) => !styleSrc.includes(sha256(text))).map((t) => t.slice(0, 80))).toEqual([]);
    // And no more: a hash of what the page does not hold allows nothing there (src/plugins/policy-hashes.ts).
    const own = new Set([...$('script:not([src])').map((_, s) => sha256($(s).html() ?? '')).get(), ...inlineStyles.map(sha256)]);
    expect([...scriptSrc, ...styleSrc].filter((v) => v.startsWith("'sha256-") && !own.has(v))).toEqual([]);
  });
});

describe('the response headers', () => {
  it('every path gets nosniff, a referrer policy, a permissions policy and frame-ancestors; citation and take-along files their media types', async () => {
    const rules = readHeaderRules(readFileSync('dist/_headers', 'utf8'));
    expect(rules.map((r) => r.pattern)).toEqual([
      '/*',
      '/cite/bib/*',
      '/cite/ris/*',
      '/cite/json/*',
      '/edition/china-strategy-toward-central-asia.pdf',
      '/edition/china-strategy-toward-central-asia.epub',
      '/edition/china-strategy-toward-central-asia.tei.xml',
    ]);
    for (const [path, type] of [
      ['/edition/china-strategy-toward-central-asia.pdf', 'application/pdf'],
      ['/edition/china-strategy-toward-central-asia.epub', 'application/epub+zip'],
      ['/edition/china-strategy-toward-central-asia.tei.xml', 'application/tei+xml'],
    ] as const) {
      const response = await fetch(`${site}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
    }
    for (const path of ['/', '/paper/iii-policy-tools/4-energy-cooperation/', '/data/table-1.csv', '/pagefind/pagefind.js']) {
      const response = await fetch(`${site}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy'), path).toMatch(/camera=\(\)/);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'self'");
    }
  });
});
