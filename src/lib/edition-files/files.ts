/**
 * The take-along files of the edition: the whole edition as a PDF, an EPUB and a TEI P5 file, at stable
 * addresses under the base (their metadata name the edition's version). The EPUB and the TEI are made by every
 * build; the PDF needs a Chromium to print it. A build without one still succeeds, says so in one
 * line and links no PDF; so does a build whose fonts lack a character of the text (src/lib/edition-files/fonts.ts).
 * A publishing pipeline sets `EDITION_PDF=required` to make either an error; `EDITION_PDF=off` leaves the PDF out.
 * Pages ask `takeAlongFiles()` which files this build makes, and the build makes exactly those.
 */
import { readFileSync } from 'node:fs';
import { findChromium } from './chromium.ts';
import { charactersWithoutFont, describeCharacter } from './fonts.ts';
// The author's text (SOURCE_FILE), whose every character the PDF must draw.
import { SOURCE_FILE } from '../paper/source-text.ts';

export type TakeAlongKind = 'pdf' | 'epub' | 'tei';

export interface TakeAlongFile {
  kind: TakeAlongKind;
  /** Site path, as if the site stood at the root (give it to sitePath()). */
  path: string;
  mediaType: string;
  label: string;
}

export const TAKE_ALONG: Record<TakeAlongKind, TakeAlongFile> = {
  pdf: { kind: 'pdf', path: '/edition/china-strategy-toward-central-asia.pdf', mediaType: 'application/pdf', label: 'PDF' },
  epub: { kind: 'epub', path: '/edition/china-strategy-toward-central-asia.epub', mediaType: 'application/epub+zip', label: 'EPUB' },
  tei: { kind: 'tei', path: '/edition/china-strategy-toward-central-asia.tei.xml', mediaType: 'application/tei+xml', label: 'TEI P5 XML' },
};

export interface TakeAlongPlan {
  files: TakeAlongFile[];
  /** The Chromium that prints the PDF; undefined when this build makes none. */
  chromium: string | undefined;
  /** Why the PDF is not made, when it is not. */
  pdfSkipped?: string;
}

/** What this build makes, from its environment. Throws when the PDF is required and cannot be made. */
export function takeAlongPlan(
  env: Record<string, string | undefined> = process.env,
  find: (env: Record<string, string | undefined>) => string | undefined = findChromium,
  unprintable: () => string[] = () => charactersWithoutFont(readFileSync(SOURCE_FILE, 'utf8')),
): TakeAlongPlan {
  const setting = env['EDITION_PDF'] ?? '';
  if (!['', 'required', 'off'].includes(setting)) {
    throw new Error(`EDITION_PDF: expected "required", "off" or nothing (value: ${JSON.stringify(setting)})`);
  }
  const without = (pdfSkipped: string): TakeAlongPlan => {
    if (setting === 'required') throw new Error(`EDITION_PDF=required, but the PDF cannot be made: ${pdfSkipped}`);
    return { files: [TAKE_ALONG.epub, TAKE_ALONG.tei], chromium: undefined, pdfSkipped };
  };
  if (setting === 'off') return { files: [TAKE_ALONG.epub, TAKE_ALONG.tei], chromium: undefined, pdfSkipped: 'EDITION_PDF=off' };
  const chromium = find(env);
  if (!chromium) return without('no Chromium found (install Debian’s chromium or set CHROMIUM_PATH)');
  const missing = unprintable();
  if (missing.length) {
    return without(`no installed font has ${missing.map(describeCharacter).join(', ')} of the text (install Debian’s fonts-wqy-microhei)`);
  }
  return { files: [TAKE_ALONG.pdf, TAKE_ALONG.epub, TAKE_ALONG.tei], chromium };
}

let plan: TakeAlongPlan | undefined;
/** The files this build makes (decided once per build). */
export function takeAlongFiles(): TakeAlongFile[] {
  plan ??= takeAlongPlan();
  return plan.files;
}

/** "412 KB", as the download links show a size. */
export const fileSizeLabel = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
