/**
 * `npm run dev` as an editor uses it, on a copy of the project, in Chromium: an edit to an entity's
 * YAML or a data file's JSON shows on the page, and a mistake in one shows in the browser's error
 * overlay, one line naming the file, line, field and value, as MDX errors do; fixing it clears it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile } from '../support/browser.ts';
import { astroCommand, projectCopy } from '../support/build-copy.ts';
import { shownText } from '../support/rendered.ts';

const PORT = 4391;
/**
 * How long to wait for the dev server: it syncs its content and renders the page again after an
 * edit, in seconds on a quiet machine, in more than 30 s on a loaded one (a CI run's other work
 * beside it). What is awaited is unchanged; only the patience is.
 */
const PATIENCE = 90_000;
const ORIGIN = `http://localhost:${PORT}`;
const session = browserForFile();
let dir = '';
let server: ChildProcess | undefined;
let log = '';

beforeAll(async () => {
  dir = projectCopy();
  const { command, args, options } = astroCommand(dir, ['dev', '--port', String(PORT), '--strictPort']);
  server = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await until(async () => (await fetch(`${ORIGIN}/`).catch(() => undefined))?.ok === true, 'the dev server to answer');
}, 2 * PATIENCE);

afterAll(() => {
  server?.kill();
});

/** Polls `ready` every 250 ms until it holds, failing after PATIENCE with what was awaited and the server's log. */
async function until(ready: () => Promise<boolean>, what: string): Promise<void> {
  const end = Date.now() + PATIENCE;
  while (Date.now() < end) {
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}; dev server log:\n${log}`);
}

const edit = (file: string, from: string, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not hold ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
};

/** The message of Astro's error overlay, or '' when there is none (Playwright's locators reach into its shadow root). */
const overlayText = (page: Page) =>
  page
    .locator('vite-error-overlay #message-content')
    .first()
    .innerText({ timeout: 1000 })
    .catch(() => '');

/** Reloads `path` until `holds` is true of the page (a load that the dev server's own reload interrupts counts as not yet). */
async function reloadUntil(page: Page, path: string, holds: (page: Page) => Promise<boolean>, what: string) {
  await until(async () => {
    const loaded = await page.goto(`${ORIGIN}${path}`).then(
      () => true,
      () => false,
    );
    return loaded && holds(page);
  }, what);
}

/** The page's title as Starlight renders it (the dev toolbar has headings of its own). */
const title = (page: Page) => shownText(page.locator('h1#_top'));

describe('npm run dev, for an editor', () => {
  it(
    'shows a changed name from an entity’s YAML',
    async () => {
      const page = await session.context.newPage();
      await page.goto(`${ORIGIN}/countries/japan/`);
      expect(await title(page)).toBe('Japan');
      edit('content/countries/japan.yaml', 'name: Japan\n', 'name: Japan (edited)\n');
      await reloadUntil(page, '/countries/japan/', async (p) => (await title(p)) === 'Japan (edited)', 'the edited name');
      await page.close();
    },
    2 * PATIENCE,
  );

  it(
    'shows a changed note from a data file’s JSON',
    async () => {
      const page = await session.context.newPage();
      edit(
        'content/data/table-3.json',
        'The table is flattened in the source text;',
        'The table is flattened (edited) in the source text;',
      );
      await reloadUntil(
        page,
        '/data/table-3/',
        async (p) => (await shownText(p.locator('main'))).includes('flattened (edited)'),
        'the edited note',
      );
      await page.close();
    },
    2 * PATIENCE,
  );

  it(
    'shows a mistake in the browser’s error overlay, one line naming the file, line, field and value, and clears it when fixed',
    async () => {
      const page = await session.context.newPage();
      await page.goto(`${ORIGIN}/countries/japan/`);
      const file = 'content/agreements/border-supplementary-agreement-2002.yaml';
      edit(file, 'date: 2002-05\n', 'date: 2002-13\n');
      // The open page shows it when the check runs; a page the dev server reloads meanwhile shows it when it connects again.
      await until(async () => (await overlayText(page)).includes(file), 'the error overlay');
      const line = readFileSync(join(dir, file), 'utf8').split('\n').indexOf('date: 2002-13') + 1;
      expect(await overlayText(page)).toContain(`${file}:${line}, field "date": month 13 does not exist (value: "2002-13")`);
      expect(log).toContain(`${file}:${line}, field "date"`);
      edit(file, 'date: 2002-13\n', 'date: 2002-05\n');
      await reloadUntil(page, '/countries/japan/', async (p) => (await overlayText(p)) === '', 'the overlay to clear');
      await page.close();
    },
    3 * PATIENCE,
  );
});
