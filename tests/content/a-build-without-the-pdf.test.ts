/**
 * A build that makes no PDF (no Chromium, a missing font, or EDITION_PDF=off, the one this
 * machine can stage): the real `astro build` on a copy still succeeds, says so in one line of its
 * log, makes the EPUB and links no PDF of its own from any page (a frozen edition's archived PDF is served).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCopy } from '../support/build-copy.ts';

let dist = '';
let log = '';
beforeAll(() => {
  const { dir, build } = buildCopy({ env: { EDITION_PDF: 'off' } });
  log = stripVTControlCharacters(`${build.stdout}${build.stderr}`);
  if (build.status !== 0) throw new Error(`the build without the PDF failed:\n${log}`);
  dist = join(dir, 'dist');
}, 300_000);

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });

describe('a build without the PDF', () => {
  it('says so in one line of its log', () => {
    expect(log.split('\n').filter((line) => line.includes('[take-along]'))).toEqual([
      expect.stringMatching(/\[take-along\] made epub \d+ KB, tei \d+ KB in [\d.]+ s; no PDF: EDITION_PDF=off$/),
    ]);
  });

  it('makes the EPUB and no PDF, and no page links a PDF', () => {
    // The same EPUB, byte for byte, as the main build's: a build of one edition makes the same file.
    const epub = 'edition/china-strategy-toward-central-asia.epub';
    expect(readFileSync(join(dist, epub)).equals(readFileSync(join('dist', epub)))).toBe(true);
    expect(existsSync(join(dist, 'edition/china-strategy-toward-central-asia.pdf'))).toBe(false);
    // No page links the PDF this build did not make; the PDFs of frozen editions are served as archived, and exist.
    const pdfLinks = htmlFiles(dist).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/href="([^"]*\.pdf)"|data-take-along-size="pdf"/g)].map((m) => ({ file, href: m[1] })),
    );
    expect(pdfLinks.filter((l) => l.href === undefined || !l.href.startsWith('/editions/'))).toEqual([]);
    for (const { href } of pdfLinks) expect(existsSync(join(dist, href!)), href).toBe(true);
    expect(pdfLinks.length).toBeGreaterThan(0);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toMatch(/<a href="\/edition\/china-strategy-toward-central-asia\.epub"[^>]*>EPUB<\/a> \(<span data-take-along-size="epub">\d+ KB<\/span>\)/);
  });
});
