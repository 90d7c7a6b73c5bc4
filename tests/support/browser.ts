/** A real headless Chromium, driven by playwright-core, with no network beyond the local site. */
import { launchChromium } from '../../src/lib/edition-files/chromium.ts';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/**
 * For a test file: launches the browser before its tests and closes it after, with one context
 * (a 1280×900 viewport plus `options`), prepared once by `prepare` (init scripts every page of the
 * context gets: axe, the policy recorder). Read `browser` and `context` inside tests.
 */
export function browserForFile(
  options: BrowserContextOptions = {},
  prepare?: (context: BrowserContext) => Promise<void>,
): { browser: Browser; context: BrowserContext } {
  const session = {} as { browser: Browser; context: BrowserContext };
  beforeAll(async () => {
    session.browser = await launchChromium();
    session.context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    await prepare?.(session.context);
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/** Opens `url` in a new page of `context` that fails the test if the page throws or logs an error (checked when it closes). */
export async function openWithoutErrors(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('close', () => expect(errors, url).toEqual([]));
  await page.goto(url);
  return page;
}
