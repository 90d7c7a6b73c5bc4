/**
 * `npm run shots`: screenshots of every kind of page, as a reader sees it, at a desktop (1280×900)
 * and a phone (390×844, touch) width, in the light and the dark theme, written with an index page
 * to `shots/` (or the folder given as the first argument). Serves the built `dist/` (run
 * `npm run build` first) on loopback; drives this machine's Chromium (nothing is downloaded).
 *
 * The pages are those of tests/support/page-kinds.ts. Each shot is the page's full height (scrolled
 * through first, so that charts near the viewport are drawn), cut at 6,000 px; the states a reader opens (the search
 * dialog, a Cite panel, the Quote dialog) are shot as the screen shows them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../src/lib/edition-files/chromium.ts';
import { serveGzip } from './bench/serve.ts';
import { PAGE_KINDS, VIEWS } from '../tests/support/page-kinds.ts';
import { openSearchDialog } from '../tests/support/search-dialog.ts';

interface Shot {
  /** File name stem and the index's label. */
  readonly name: string;
  readonly label: string;
  readonly path: string;
  /** What the reader does after the page has loaded; the shot is then of the screen, not the full page. */
  readonly act?: (page: Page, phone: boolean) => Promise<void>;
}

const PARAGRAPH = '#i-1-01';

/** One page of each kind (the list the rendered-page tests walk), then the states a reader opens. */
const SHOTS: readonly Shot[] = [
  ...PAGE_KINDS,
  {
    name: 'search-dialog',
    label: 'The Ctrl+K dialog (pipeline)',
    path: '/paper/i-interests/1-border-security/',
    act: async (page) => {
      await (await openSearchDialog(page)).fill('pipeline');
      await page.locator('#starlight__search .pagefind-ui__result').first().waitFor();
    },
  },
  {
    name: 'cite-panel',
    label: 'A paragraph’s Cite panel (I.1)',
    path: `/paper/i-interests/1-border-security/${PARAGRAPH}`,
    act: async (page) => {
      await page.locator(`${PARAGRAPH} a.cite-paragraph`).click();
      await page.locator('#cite-dialog cite-panel').first().waitFor();
    },
  },
  {
    name: 'quote-dialog',
    label: 'The Quote dialog (a paragraph’s Quote…)',
    path: `/paper/i-interests/1-border-security/${PARAGRAPH}`,
    act: async (page) => {
      await page.locator(`${PARAGRAPH} button.quote-paragraph`).waitFor();
      await page.locator(`${PARAGRAPH} button.quote-paragraph`).click();
      await page.locator('#cite-dialog .cite-dialog-body[data-quote-ready]').waitFor();
    },
  },
  {
    name: 'quote-control',
    label: 'The Quote control under a selection',
    path: `/paper/i-interests/1-border-security/${PARAGRAPH}`,
    act: async (page) => {
      await page.locator(`${PARAGRAPH} button.quote-paragraph`).waitFor();
      await page.evaluate((id) => {
        const p = document.querySelector(id)!;
        const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').length > 80)!;
        const range = document.createRange();
        range.setStart(text, 10);
        range.setEnd(text, 70);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        document.dispatchEvent(new Event('selectionchange'));
      }, PARAGRAPH);
      await page.locator('#quote-control').waitFor({ state: 'visible' });
    },
  },
];

const THEMES = ['light', 'dark'] as const;
const MAX_HEIGHT = 6000;

const out = resolve(process.argv[2] ?? 'shots');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await serveGzip(resolve('dist'));
const browser = await launchChromium();
const rows: string[] = [];
try {
  for (const shot of SHOTS) {
    const cells: string[] = [];
    for (const view of VIEWS)
      for (const theme of THEMES) {
        const context = await browser.newContext({
          viewport: view.viewport,
          isMobile: view.isMobile,
          hasTouch: view.hasTouch,
          colorScheme: theme,
          permissions: ['clipboard-read', 'clipboard-write'],
        });
        const page = await context.newPage();
        await page.goto(server.url + shot.path, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        let file = `${shot.name}-${view.name}-${theme}.png`;
        try {
          if (shot.act) {
            await shot.act(page, view.isMobile);
            await page.waitForTimeout(300);
            await page.screenshot({ path: join(out, file) });
          } else {
            // Down the page and back, so that what loads near the viewport (the charts) is drawn.
            await page.evaluate(async () => {
              for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
                window.scrollTo(0, y);
                await new Promise((resolve) => setTimeout(resolve, 150));
              }
              window.scrollTo(0, 0);
            });
            await page.waitForTimeout(500);
            const height = await page.evaluate(() => document.documentElement.scrollHeight);
            await page.screenshot({
              path: join(out, file),
              fullPage: true,
              clip: { x: 0, y: 0, width: view.viewport.width, height: Math.min(height, MAX_HEIGHT) },
            });
          }
        } catch (error) {
          file = '';
          console.error(`${shot.name} (${view.name}, ${theme}): ${(error as Error).message.split('\n')[0]}`);
        }
        cells.push(
          file ? `<a href="${file}"><img src="${file}" alt="${shot.label}, ${view.name}, ${theme}" loading="lazy"></a>` : 'failed',
        );
        await context.close();
      }
    rows.push(`<tr><th scope="row">${shot.label}<br><code>${shot.path}</code></th>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
    console.log(`${shot.name}: ${VIEWS.length * THEMES.length} shots`);
  }
} finally {
  await browser.close();
  await server.close();
}

const heads = VIEWS.flatMap((v) => THEMES.map((t) => `<th scope="col">${v.name} ${v.viewport.width}×${v.viewport.height}, ${t}</th>`));
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html>
<!-- Generated by scripts/shots.ts (npm run shots). -->
<html lang="en"><head><meta charset="utf-8"><title>Screenshots of every page kind</title>
<style>body{font-family:sans-serif;margin:1rem}td,th{vertical-align:top;padding:.25rem;border:1px solid #ccc}img{width:220px;height:auto;max-height:600px;object-fit:cover;object-position:top}</style>
</head><body><h1>Screenshots of every page kind</h1><p>${new Date().toISOString()}. Each image links to the full shot.</p>
<table><thead><tr><th scope="col">page</th>${heads.join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table></body></html>
`,
);
console.log(`${out}/index.html`);
