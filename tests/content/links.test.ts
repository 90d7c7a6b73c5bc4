/** A link check over the whole built site: 0 broken links, 0 broken anchors. */
import { describe, expect, it, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { LinkChecker, LinkState } from 'linkinator';
import { builtPages, loadPage } from '../support/built-site.ts';

describe('links', () => {
  it('every link and every #anchor on every page resolves', async () => {
    const site = inject('siteUrl');
    const checker = new LinkChecker();
    // Links to other sites (the credits) cannot be fetched here: no network; they are listed below.
    const result = await checker.check({ path: `${site}/`, recurse: true, checkFragments: true, concurrency: 8, linksToSkip: (link) => Promise.resolve(!link.startsWith(site)) });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.parent} -> ${l.url} (${l.status})`);
    expect(broken).toEqual([]);
    const external = new Set(result.links.filter((l) => l.state === LinkState.SKIPPED).map((l) => new URL(l.url).origin));
    // The only other addresses: the credits (citation-js, the CSL project, the Data Package standard), Dublin Core's schema
    // declarations, and the edition's published address in the citation meta tags (their paths are
    // checked against the built pages in citations-describe-each-page.test.ts).
    const { url } = load(readFileSync('content/edition.yaml', 'utf8')) as { url: string };
    expect([...external].sort()).toEqual([new URL(url).origin, 'http://purl.org', 'https://citation.js.org', 'https://citationstyles.org', 'https://datapackage.org'].sort());
    const checked = new Set(result.links.map((l) => new URL(l.url).pathname));
    expect(builtPages().filter((p) => p !== '/404/' && !checked.has(p))).toEqual([]);
  });

  it('every #anchor of every internal link names an element on its target page', () => {
    const broken: string[] = [];
    let anchors = 0;
    for (const page of builtPages()) {
      const $ = loadPage(page);
      for (const a of $('a[href*="#"]').toArray()) {
        const url = new URL(a.attribs['href'] ?? '', `http://site${page}`);
        if (url.host !== 'site' || url.hash === '' || url.hash === '#_top') continue;
        anchors++;
        const target = builtPages().includes(url.pathname) ? loadPage(url.pathname) : undefined;
        if (!target || target(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).length === 0) broken.push(`${page} -> ${url.pathname}${url.hash}`);
      }
    }
    expect(broken).toEqual([]);
    expect(anchors).toBeGreaterThan(100);
  });
});
