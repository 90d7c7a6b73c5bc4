/** Which take-along files a build makes: the EPUB and the TEI always, the PDF where Chromium and the fonts can print it. */
import { describe, expect, it } from 'vitest';
import { TAKE_ALONG, takeAlongPlan } from '../../../src/lib/edition-files/files.ts';
import { charactersWithoutFont, describeCharacter } from '../../../src/lib/edition-files/fonts.ts';

const chromium = () => '/usr/bin/chromium';
const noChromium = () => undefined;
const allPrintable = () => [];

describe('the take-along plan', () => {
  it('makes the PDF and the EPUB where Chromium and the fonts are there', () => {
    expect(takeAlongPlan({}, chromium, allPrintable)).toEqual({
      files: [TAKE_ALONG.pdf, TAKE_ALONG.epub, TAKE_ALONG.tei],
      chromium: '/usr/bin/chromium',
    });
  });

  it('makes the EPUB alone without Chromium, and says why', () => {
    const plan = takeAlongPlan({}, noChromium, allPrintable);
    expect(plan.files).toEqual([TAKE_ALONG.epub, TAKE_ALONG.tei]);
    expect(plan.pdfSkipped).toBe('no Chromium found (install Debian’s chromium or set CHROMIUM_PATH)');
  });

  it('makes no PDF that would lose a character no installed font has', () => {
    const plan = takeAlongPlan({}, chromium, () => ['，']);
    expect(plan.files).toEqual([TAKE_ALONG.epub, TAKE_ALONG.tei]);
    expect(plan.pdfSkipped).toBe('no installed font has “，” (U+FF0C) of the text (install Debian’s fonts-wqy-microhei)');
  });

  it('stops the build when a publishing pipeline requires the PDF and it cannot be made', () => {
    expect(() => takeAlongPlan({ EDITION_PDF: 'required' }, noChromium, allPrintable)).toThrow(
      'EDITION_PDF=required, but the PDF cannot be made: no Chromium found (install Debian’s chromium or set CHROMIUM_PATH)',
    );
    expect(() => takeAlongPlan({ EDITION_PDF: 'required' }, chromium, () => ['，'])).toThrow(/EDITION_PDF=required, but .*U\+FF0C/);
  });

  it('leaves the PDF out when told to, and refuses a value it does not know, naming it', () => {
    expect(takeAlongPlan({ EDITION_PDF: 'off' }, chromium, allPrintable).files).toEqual([TAKE_ALONG.epub, TAKE_ALONG.tei]);
    expect(() => takeAlongPlan({ EDITION_PDF: 'yes' }, chromium, allPrintable)).toThrow(
      'EDITION_PDF: expected "required", "off" or nothing (value: "yes")',
    );
  });
});

describe('characters without a font', () => {
  it('lists each character beyond ASCII that no font draws, once, in order', () => {
    const drawn = new Set(['’', '“', '”']);
    expect(charactersWithoutFont('China’s “win-win”，and ，again —', (c) => drawn.has(c))).toEqual(['，', '—']);
    expect(describeCharacter('，')).toBe('“，” (U+FF0C)');
  });

  it('asks fontconfig on this machine: Liberation (with Chromium) draws the curly quotes', () => {
    expect(charactersWithoutFont('’“”–—')).toEqual([]);
  });
});
