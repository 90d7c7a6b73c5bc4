/**
 * No dead controls: on one page of each kind, at a desktop's width (clicked) and a phone's (tapped),
 * every kind of button, link, disclosure and select in the main content is pressed as a reader
 * would, and something follows: the page navigates (to another page or an anchor), a file
 * downloads, a dialog opens and stays open, the clipboard receives text, or the page changes
 * (a disclosure opens, a list is filtered, a table sorted, a message announced). A control of a kind already pressed on an
 * earlier page (the ¶ of every paragraph, an entity link) is pressed once per width. A form is
 * pressed with its required fields filled; a reset button after a filter was chosen.
 */
import { describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile } from '../support/browser.ts';
import { PAGE_KINDS, VIEWS } from '../support/page-kinds.ts';

const site = inject('siteUrl');
const CONTROLS = 'main a[href], main button, main summary, main select';

interface Control {
  readonly key: string;
  readonly index: number;
  readonly name: string;
}

/** The visible controls of the page, each with its kind (what pressing it should do alike) and its place among them. */
function controlsOf(page: Page): Promise<Control[]> {
  return page.evaluate((selector) => {
    const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.checkVisibility({ opacityProperty: false, visibilityProperty: true }) && el.getBoundingClientRect().width > 0,
    );
    return shown.map((el, index) => {
      const classes = [...el.classList]
        .filter((c) => !c.startsWith('astro-') && !c.startsWith('svelte-'))
        .sort()
        .join('.');
      let where = '';
      if (el instanceof HTMLAnchorElement) {
        const url = new URL(el.href);
        where =
          el.hasAttribute('download') || /\.(bib|ris|json|csv|pdf|epub|xml)$/.test(url.pathname)
            ? 'file'
            : url.origin !== location.origin
              ? 'elsewhere'
              : url.pathname === location.pathname
                ? 'anchor'
                : 'page';
      }
      const type = el.getAttribute('type') ?? '';
      const inSvg = el.closest('svg') ? 'svg' : '';
      return {
        key: [el.tagName.toLowerCase(), classes, type, where, inSvg].join('|'),
        index,
        name: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 50),
      };
    });
  }, CONTROLS);
}

/** Presses control `index` and tells what followed, or '' if nothing did. */
async function press(page: Page, index: number, tap: boolean): Promise<string> {
  const control = page.locator(CONTROLS).filter({ visible: true }).nth(index);
  await control.scrollIntoViewIfNeeded();
  // Scrolled into view: read until its box stays put for two frames (a smooth scroll has ended).
  const settled = () =>
    control.evaluate(
      (el) =>
        new Promise<boolean>((done) => {
          const top = el.getBoundingClientRect().top;
          requestAnimationFrame(() => requestAnimationFrame(() => done(el.getBoundingClientRect().top === top)));
        }),
    );
  for (let tries = 0; tries < 30 && !(await settled()); tries++);
  const kind = await control.evaluate((el) => ({ tag: el.tagName.toLowerCase(), type: el.getAttribute('type') ?? '' }));
  // A form's required fields filled, a reset's filter chosen first: what a reader does before pressing them.
  await control.evaluate((el) => {
    const form = el.closest('form');
    for (const input of form?.querySelectorAll<HTMLInputElement>('input[required]') ?? []) if (!input.value) input.value = input.min || 'x';
    if (el.getAttribute('type') === 'reset') {
      const select = form?.querySelector('select');
      if (select && select.options.length > 1) {
        select.selectedIndex = 1;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        select.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
  });
  // What the filling set off has run (two frames) before the watch for the control's own effect begins.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(async () => {
    await navigator.clipboard.writeText('(nothing copied)').catch(() => undefined);
    const record: string[] = [];
    (window as unknown as { __changes: string[] }).__changes = record;
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        const target = m.target instanceof Element ? m.target : m.target.parentElement;
        // The "On this page" lists follow scrolling, not the control.
        if (target?.closest('starlight-toc, mobile-starlight-toc')) continue;
        record.push(`${m.type} ${target?.tagName.toLowerCase() ?? ''}${m.attributeName ? ` [${m.attributeName}]` : ''}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const before = page.url();
  const download = page.waitForEvent('download', { timeout: 700 }).then(
    () => true,
    () => false,
  );
  if (kind.tag === 'select')
    await control.evaluate((el) => {
      const select = el as HTMLSelectElement;
      select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  else if (tap) await control.tap();
  else await control.click();
  // What followed, read every 100 ms until it is clear (at most 5 s, for a page slowed by the pages
  // beside it): a navigation, a download or a copy at once; a dialog once it has stayed open 400 ms
  // (one that opens and closes again is no effect); other changes once 500 ms have passed without a dialog.
  let downloaded = false;
  void download.then((d) => (downloaded = d));
  let dialogSince: number | undefined;
  const clicked = Date.now();
  for (; Date.now() - clicked < 5000; await new Promise((done) => setTimeout(done, 100))) {
    if (page.url() !== before) return `navigates to ${page.url().replace(site, '')}`;
    if (downloaded) return 'downloads a file';
    const state = await page
      .evaluate(async () => {
        const copied = await navigator.clipboard.readText().catch(() => '(nothing copied)');
        // Read after the clipboard, in one go: the changes and the dialog as they stand together.
        const changes = [...((window as unknown as { __changes?: string[] }).__changes ?? [])];
        return { copied, changes, dialog: [...document.querySelectorAll('dialog')].some((d) => d.open) };
      })
      .catch(() => undefined); // the page is navigating: read again
    if (!state) continue;
    if (state.copied !== '(nothing copied)') return 'copies text';
    if (state.dialog) {
      dialogSince ??= Date.now();
      if (Date.now() - dialogSince >= 400) return 'opens a dialog that stays open';
      continue;
    }
    if (dialogSince !== undefined || state.changes.includes('attributes dialog [open]')) return '';
    if (state.changes.length > 0 && Date.now() - clicked >= 500) return `changes the page (${state.changes[0]})`;
  }
  return (await download) ? 'downloads a file' : '';
}

describe.each(VIEWS)('at $name width', (view) => {
  const session = browserForFile({
    viewport: view.viewport,
    isMobile: view.isMobile,
    hasTouch: view.hasTouch,
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  });
  const pressed = new Set<string>();

  // Pages side by side, as many as the machine has cores (vitest.config.ts): a page mostly waits.
  it.concurrent.for(PAGE_KINDS)('$name: every kind of control does something ($path)', async ({ path }, { expect }) => {
    const list = await session.context.newPage();
    await list.goto(`${site}${path}`, { waitUntil: 'load' });
    const controls = (await controlsOf(list)).filter((c) => !pressed.has(c.key) && pressed.add(c.key));
    await list.close();
    const dead: string[] = [];
    for (const control of controls) {
      const page = await session.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(`${site}${path}`, { waitUntil: 'load' });
        const effect = await press(page, control.index, view.hasTouch);
        if (!effect) dead.push(`${control.name || control.key} (${control.key})`);
        expect(errors, control.name).toEqual([]);
      } finally {
        await page.close();
      }
    }
    expect(dead, 'controls that do nothing when pressed').toEqual([]);
  });
});
