/**
 * Lighthouse 12.2.3 (mobile, its default simulated throttling) on a page: the four category
 * scores, 0–100. Chromium is Debian's (CHROMIUM_PATH or /usr/bin/chromium), headless.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { existsSync } from 'node:fs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

const chromePath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));

export async function lighthouseScores(url: string): Promise<Scores> {
  if (!chromePath) throw new Error('No Chromium for Lighthouse: install Debian’s chromium or set CHROMIUM_PATH.');
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const categories = result.lhr.categories;
    return Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Scores;
  } finally {
    chrome.kill();
  }
}
