/**
 * Every built page, in a real browser: no console errors, no request to another origin, no
 * Content-Security-Policy violation (the page's own policy enforced), and axe-core reports no
 * violations (experimental rules such as label-content-name-mismatch included).
 * The light theme runs every rule on every page. The dark theme changes only colours, so it runs
 * the colour rules on every page that has a template of its own (paper pages, indexes, timeline,
 * home) and on one page of each template that many pages share: the fullest entity page of each
 * collection, a citation page of each kind (paper, section, paragraph) and a journal-page address
 * of each kind (printed, inferred). One browser, one context per theme; pages are checked
 * concurrently, as many at once as the machine has cores (at least two: a page mostly waits).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../../src/lib/edition-files/chromium.ts';
import { ENTITY_PAGE, builtPages } from '../support/built-site.ts';
import { axeViolations, installAxe } from '../support/axe.ts';
import { policyViolations, recordPolicyViolations } from '../support/csp.ts';

const site = inject('siteUrl');
let browser: Browser;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  browser = await launchChromium();
  for (const theme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: theme });
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await context.addInitScript(recordPolicyViolations);
    await installAxe(context);
    contexts.set(theme, context);
  }
});
afterAll(async () => {
  await browser?.close();
});

/** Pages that share one template with many others: checked in the dark theme by the one named beside them. */
const SHARED_TEMPLATES: [RegExp, string[]][] = [
  [
    ENTITY_PAGE,
    [
      '/countries/kazakhstan/',
      '/countries/china/',
      '/agreements/counter-terrorism-cooperation-agreement-2002/',
      '/projects/central-asia-china-gas-pipeline/',
      '/organisations/sco/',
    ],
  ],
  [/^\/cite\/[^/]+\/$/, ['/cite/paper/', '/cite/iii-4/', '/cite/iii-4-05/']],
  [/^\/paper\/page\/\d+\/$/, ['/paper/page/24/', '/paper/page/34/']],
];
const inDarkTheme = (path: string) => SHARED_TEMPLATES.every(([pattern, chosen]) => !pattern.test(path) || chosen.includes(path));
const PAGES = { light: builtPages(), dark: builtPages().filter(inDarkTheme) };

describe.concurrent.each(['light', 'dark'] as const)('every page in the %s theme', (theme) => {
  it.for(PAGES[theme])('%s', async (path, { expect }) => {
    const page = await contexts.get(theme)!.newPage();
    try {
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => !r.url().startsWith(site) && !r.url().startsWith('data:') && foreign.push(r.url()));
      // A page that leads elsewhere by a refresh (/paper/page/<n>/) is checked as it stands, before it goes.
      if (/<meta http-equiv="refresh"/.test(readFileSync(join('dist', path, 'index.html'), 'utf8'))) {
        await page.route(`${site}${path}`, async (route) => {
          const original = await route.fetch();
          await route.fulfill({ response: original, body: (await original.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
        });
      }
      const response = await page.goto(`${site}${path}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await axeViolations(page, theme === 'light' ? 'all' : 'colour')).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      expect(await policyViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
