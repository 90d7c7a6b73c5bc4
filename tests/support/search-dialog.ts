/**
 * The header's search dialog as a reader opens it, for the browser tests and the screenshots
 * (scripts/shots.ts, which Node runs without a TypeScript compiler: hence a module of its own,
 * apart from dialogs.ts and its classes).
 */
import type { Locator, Page } from 'playwright-core';

/**
 * Ctrl+K once the search element is defined and its button enabled (Starlight's script listens for
 * the key from then on). Pagefind's interface is fetched on the reader's intent
 * (src/client/pagefind-ui-on-intent.ts), so its box appears after the dialog opens; what is typed
 * meanwhile is handed to it. Returns that box, shown.
 */
export async function openSearchDialog(page: Page): Promise<Locator> {
  await page.waitForFunction(() => customElements.get('site-search'));
  await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor({ state: 'attached' });
  await page.keyboard.press('Control+k');
  const box = page.locator('#starlight__search input.pagefind-ui__search-input');
  await box.waitFor();
  return box;
}
