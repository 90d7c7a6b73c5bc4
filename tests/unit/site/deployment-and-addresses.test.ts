/**
 * Where the edition is published (BASE_PATH, SITE_URL) and the addresses built from it; the
 * Content-Security-Policy moved before everything it must govern.
 */
import { describe, expect, it } from 'vitest';
import { deployment, normaliseBasePath } from '../../../src/lib/site/deployment.ts';
import { absoluteUrl, sitePath } from '../../../src/lib/site/site-url.ts';
import { policyFirst } from '../../../src/plugins/policy-first.ts';
import { pagePolicyHashes } from '../../../src/plugins/policy-hashes.ts';
import { createHash } from 'node:crypto';
import { headersFile } from '../../../src/lib/site/security-policy.ts';

const LOCAL = 'http://localhost:4321/';

describe('the deployment', () => {
  it('is local at the root with nothing set: no site, the local address', () => {
    expect(deployment({}, LOCAL)).toEqual({ base: '/', site: undefined, url: LOCAL });
  });

  it('takes a GitHub Pages project path from BASE_PATH, or from the path of SITE_URL', () => {
    const pages = { base: '/china-central-asia/', site: 'https://user.github.io/', url: 'https://user.github.io/china-central-asia/' };
    expect(deployment({ SITE_URL: 'https://user.github.io', BASE_PATH: 'china-central-asia' }, LOCAL)).toEqual(pages);
    expect(deployment({ SITE_URL: 'https://user.github.io/china-central-asia/' }, LOCAL)).toEqual(pages);
    expect(deployment({ BASE_PATH: '/ed' }, LOCAL)).toEqual({ base: '/ed/', site: undefined, url: 'http://localhost:4321/ed/' });
  });

  it('refuses a malformed value, naming the variable and the value', () => {
    expect(() => deployment({ SITE_URL: 'user.github.io' }, LOCAL)).toThrow(
      'SITE_URL: expected an http(s) address such as "https://user.github.io/" (value: "user.github.io")',
    );
    expect(() => deployment({ SITE_URL: 'ftp://host/' }, LOCAL)).toThrow('(value: "ftp://host/")');
    expect(() => normaliseBasePath('/a b/')).toThrow('BASE_PATH: expected a URL path such as "/china-central-asia/" (value: "/a b/")');
    expect(() => normaliseBasePath('/../x/')).toThrow('BASE_PATH');
    expect(() => deployment({ SITE_URL: 'https://host/one/', BASE_PATH: '/two/' }, LOCAL)).toThrow(
      'SITE_URL: its path "/one/" is not BASE_PATH "/two/"',
    );
  });
});

describe('site paths and absolute addresses (at the root, as Vitest runs)', () => {
  it('put a site path under the base and resolve it on the edition’s address', () => {
    expect(sitePath('/paper/full/#iii-4-05')).toBe('/paper/full/#iii-4-05');
    expect(absoluteUrl(sitePath('/data/table-1.csv'), 'https://user.github.io/')).toBe('https://user.github.io/data/table-1.csv');
    expect(() => sitePath('paper/full/')).toThrow('sitePath() takes a path from the site');
  });
});

describe('the policy first', () => {
  it('moves the Content-Security-Policy <meta> to follow <meta charset>, before any script', () => {
    const page =
      '<html><head><meta charset="utf-8"/><title>t</title><script>theme()</script><link rel="stylesheet" href="/a.css"><meta http-equiv="content-security-policy" content="script-src \'self\'"></head><body></body></html>';
    expect(policyFirst(page)).toBe(
      '<html><head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="script-src \'self\'"><title>t</title><script>theme()</script><link rel="stylesheet" href="/a.css"></head><body></body></html>',
    );
    expect(policyFirst('<html><head><meta charset="utf-8"/></head></html>')).toBe('<html><head><meta charset="utf-8"/></head></html>');
  });

  it('keeps only the hashes of the page’s own inline scripts and styles', () => {
    // Hashes computed here with Node's crypto, as the browser computes them over the element's text.
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const [theme, other, style, otherStyle] = [hash('theme()'), hash('elsewhere()'), hash('p{color:red}'), hash('q{}')];
    const page = (policy: string) =>
      `<html><head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="${policy}"><script>theme()</script><script type="module" src="/a.js"></script><style>p{color:red}</style></head></html>`;
    expect(
      pagePolicyHashes(
        page(
          `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${other} ${theme};style-src 'self' ${style} ${otherStyle};style-src-attr 'unsafe-inline'`,
        ),
      ),
    ).toBe(
      page(`default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${theme};style-src 'self' ${style};style-src-attr 'unsafe-inline'`),
    );
  });
});

describe('the _headers file', () => {
  it('puts every rule under the base', () => {
    const patterns = headersFile('/ed/')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(patterns).toEqual([
      '/ed/*',
      '/ed/cite/bib/*',
      '/ed/cite/ris/*',
      '/ed/cite/json/*',
      '/ed/edition/china-strategy-toward-central-asia.pdf',
      '/ed/edition/china-strategy-toward-central-asia.epub',
      '/ed/edition/china-strategy-toward-central-asia.tei.xml',
    ]);
  });
});
