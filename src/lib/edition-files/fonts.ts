/**
 * Whether this machine's fonts can print every character of the author's text. Chromium draws a
 * character no installed font has as nothing, silently, so the PDF would lose it (the source's one
 * full-width comma, U+FF0C, needs a CJK font such as Debian's fonts-wqy-microhei). Asks fontconfig
 * (`fc-list`, installed with Chromium) for each distinct character beyond ASCII.
 */
import { execFileSync } from 'node:child_process';

const hasFontFor = (char: string): boolean => {
  const hex = char.codePointAt(0)!.toString(16);
  try {
    return execFileSync('fc-list', [`:charset=${hex}`, 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
};

/** The characters of `text` that no installed font draws ("，" U+FF0C), each once, in order of appearance. */
export function charactersWithoutFont(text: string, hasFont: (char: string) => boolean = hasFontFor): string[] {
  const distinct = [...new Set([...text].filter((c) => c.codePointAt(0)! > 0x7e && !/\s/.test(c)))];
  return distinct.filter((c) => !hasFont(c));
}

/** "，" → "“，” (U+FF0C)" */
export const describeCharacter = (char: string) => `“${char}” (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
