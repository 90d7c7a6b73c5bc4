/**
 * No two words run together where two elements meet, anywhere in the built site: every page of
 * dist/ read as the browser lays out its inline content (tests/support/joined-words.ts). "listed
 * in the<a>data notes</a>" reads "thedata notes" on screen, in a copy and in a screen reader; a
 * page marker that touches the next word reads "inferredSecondly". Elements a script shows later
 * (the Quote… and Copy buttons) are read as if shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';
import { joinedWords } from '../support/joined-words.ts';

describe('words at element boundaries', () => {
  it('no page of the built site runs two words together', () => {
    const pages = builtPages();
    const joins = pages.flatMap((path) =>
      joinedWords(readFileSync(join(DIST, path, 'index.html'), 'utf8')).map((j) => `${path}: “${j.words}” in “${j.context}”`),
    );
    expect(pages.length).toBeGreaterThan(200);
    expect(joins).toEqual([]);
  });
});
