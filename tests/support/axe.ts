/** axe-core in a real page: every rule of the WCAG 2.x A/AA, best-practice and experimental tags, or the colour rules only. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  nodes: string[];
}

/**
 * Puts axe-core into every page the context opens, as an init script (exempt from the page's
 * Content-Security-Policy, like an evaluation): for a walk over many pages, it spares sending and
 * compiling the 0.5 MB script through the DevTools protocol once per page (about 0.2 s each here).
 */
const installed = new WeakSet<BrowserContext>();
/** Once per context: a second call adds nothing (each init script would run in every page again). */
export async function installAxe(context: BrowserContext): Promise<void> {
  if (installed.has(context)) return;
  installed.add(context);
  await context.addInitScript({ content: axeSource });
}

export async function axeViolations(page: Page, rules: 'all' | 'colour' = 'all'): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as a <script> the page's Content-Security-Policy would refuse.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly =
    rules === 'all'
      ? { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'] }
      : { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };
  return page.evaluate(async (only) => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: only });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, runOnly);
}
