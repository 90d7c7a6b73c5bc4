/**
 * What a page costs a reader on a cold load in headless Chromium: bytes transferred (compressed,
 * as served) by kind, HTML, CSS, JS and other, at load and after scrolling to the end (charts and
 * other lazy parts load then), requests, and DOM elements; and what opening a Cite panel fetches.
 */
import type { Browser, Request } from 'playwright-core';

export interface Weight {
  html: number;
  css: number;
  js: number;
  other: number;
  requests: number;
}

export interface PageCost {
  load: Weight;
  scrolled: Weight;
  elements: number;
}

const KIND: Record<string, keyof Omit<Weight, 'requests'>> = { document: 'html', stylesheet: 'css', script: 'js' };

/** Adds up the finished requests' compressed body and header sizes by kind. */
async function weigh(requests: Request[]): Promise<Weight> {
  const weight: Weight = { html: 0, css: 0, js: 0, other: 0, requests: requests.length };
  for (const request of requests) {
    const sizes = await request.sizes();
    weight[KIND[request.resourceType()] ?? 'other'] += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  return weight;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function pageCost(browser: Browser, url: string): Promise<PageCost> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const finished: Request[] = [];
  context.on('requestfinished', (r) => finished.push(r));
  await page.goto(url, { waitUntil: 'load' });
  await settle(500);
  const load = await weigh([...finished]);
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  // Scroll to the end a screen at a time, so that every lazy part comes near the viewport.
  for (let y = 0; ; y += 800) {
    const height = await page.evaluate((top) => (window.scrollTo(0, top), document.documentElement.scrollHeight), y);
    await settle(80);
    if (y > height) break;
  }
  await settle(1000);
  const scrolled = await weigh([...finished]);
  await context.close();
  return { load, scrolled, elements };
}

/** The JavaScript bytes (compressed) fetched from opening a page's Cite panel until it is ready. */
export async function citePanelScript(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await settle(500);
  const after: Request[] = [];
  context.on('requestfinished', (r) => after.push(r));
  await page.getByText('Cite this section').click();
  await page.locator('details.cite-panel cite-panel[data-ready]').waitFor({ timeout: 30_000 });
  await settle(300);
  const { js } = await weigh(after);
  await context.close();
  return js;
}

/**
 * What quoting costs: the JavaScript bytes (compressed) of the one script every page runs
 * (src/client/site.ts and the chunk it shares with other pages' scripts), which holds the Quote
 * loader (src/client/quote-loader.ts) with the site's other small controls, and those fetched from
 * a first selection in the author's text until the Quote dialog is ready (the quotation code, the
 * section's citation templates and the paragraph's citation page).
 */
export async function quoteScript(
  browser: Browser,
  url: string,
  paragraph: string,
): Promise<{ upFront: number; onQuote: number; data: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const before: Request[] = [];
  context.on('requestfinished', (r) => before.push(r));
  await page.goto(url, { waitUntil: 'load' });
  await settle(500);
  const loader = before.filter((r) => /Head\.astro_astro_type_script|site-shared\./.test(r.url()));
  const upFront = (await weigh(loader)).js;
  const after: Request[] = [];
  context.on('requestfinished', (r) => after.push(r));
  await page.evaluate((id) => {
    const range = document.createRange();
    const text = [...document.getElementById(id)!.childNodes].find((n) => n instanceof Text && n.data.trim())!;
    range.selectNodeContents(text);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, paragraph);
  await page.locator('#quote-control:not([hidden])').click({ timeout: 30_000 });
  await page.locator('.cite-dialog-body[data-quote-ready]').waitFor({ timeout: 30_000 });
  await settle(300);
  const { js, html, other } = await weigh(after);
  await context.close();
  return { upFront, onQuote: js, data: html + other };
}
