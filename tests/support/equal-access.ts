/**
 * IBM's Equal Access engine (accessibility-checker-engine, ruleset IBM_Accessibility) in a real
 * page: a second engine beside axe, which catches what axe does not (a group header not tied to
 * its cells: table_headers_related). Put into the page through the DevTools protocol, as axe is,
 * not as a <script> the page's Content-Security-Policy would refuse. Nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const engineSource = readFileSync(createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'), 'utf8');

export interface EngineViolation {
  readonly rule: string;
  readonly element: string;
  readonly message: string;
}

/**
 * What this edition accepts of the engine's findings, by rule: Starlight's own markup, or a
 * considered choice. Each names the elements it covers (a selector) and why; anything else fails.
 */
export const ACCEPTED: readonly { rule: string; selector: string; why: string }[] = [
  {
    rule: 'aria_content_in_landmark',
    selector: 'body > a[href="#_top"]',
    why: 'Starlight’s skip link stands before every landmark, as a skip link must, to be the first thing a keyboard reaches.',
  },
  {
    rule: 'aria_complementary_labelled',
    selector: 'aside.right-sidebar-container',
    why: 'Starlight’s right sidebar: an <aside> whose one child is the “On this page” navigation, itself labelled; Starlight gives the aside no name.',
  },
  {
    rule: 'element_tabbable_role_valid',
    selector: '.table-scroll[role="region"][tabindex="0"], .cite-format pre[role="group"][tabindex="0"]',
    why: 'A box that scrolls (a wide table, a citation’s BibTeX, RIS or CSL-JSON) is focusable so that a keyboard can scroll it (axe’s scrollable-region-focusable, WCAG 2.1.1), and named (a region, a group) so that a screen reader says what took focus.',
  },
  {
    rule: 'input_label_exists',
    selector: '#starlight__search .pagefind-ui__filter-panel input[type="checkbox"]',
    why: 'Pagefind’s own filter checkboxes in Starlight’s search dialog: each has its <label for>, but stands in a collapsed <details> until the reader opens it, and the engine does not count a label that is not rendered.',
  },
  {
    rule: 'fieldset_label_valid',
    selector: '#starlight__search .pagefind-ui__filter-panel fieldset',
    why: 'Pagefind’s own filter groups in Starlight’s search dialog, each inside a <details> whose <summary> names it; Pagefind gives the inner fieldset no legend.',
  },
];

/** The engine's violations on the page as it stands, less the accepted ones. */
export async function equalAccessViolations(page: Page): Promise<EngineViolation[]> {
  if (!(await page.evaluate(() => 'ace' in window))) await page.evaluate(engineSource);
  return page.evaluate(async (accepted) => {
    type Result = { ruleId: string; value: [string, string]; path: { dom: string }; message: string };
    const engine = (
      window as unknown as { ace: { Checker: new () => { check: (d: Document, r: string[]) => Promise<{ results: Result[] }> } } }
    ).ace;
    const report = await new engine.Checker().check(document, ['IBM_Accessibility']);
    const at = (xpath: string) => document.evaluate(xpath, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
    return report.results
      .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
      .filter((r) => {
        const node = at(r.path.dom);
        return !accepted.some((a) => a.rule === r.ruleId && node instanceof Element && node.matches(a.selector));
      })
      .map((r) => ({ rule: r.ruleId, element: r.path.dom, message: r.message }));
  }, ACCEPTED);
}
