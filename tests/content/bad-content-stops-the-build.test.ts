/**
 * The real build, not only the checking functions: a copy of the project with one bad file must
 * fail `astro build` and print the file, the field and the value: an entity file with a party
 * that does not exist, the article's metadata with a malformed DOI, a data file with a printed
 * value that is not a number, and an edition history out of date order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildCopy } from '../support/build-copy.ts';

/** Builds a copy of the project with `files` (project-relative path → fixture file) laid over it. */
const buildWith = (files: Record<string, string>) => buildCopy({ files }).build;
/** What the build printed, as a reader sees it: without the terminal's colour codes (CI=true turns them on). */
const printed = (build: { stdout: string; stderr: string }) => stripVTControlCharacters(`${build.stdout}${build.stderr}`);

describe('bad content', () => {
  it('an entity with an unknown party stops astro build with a message naming the file, the field and the value', () => {
    const fixture = 'tests/fixtures/kb-unknown-reference';
    const build = buildWith({ 'content/agreements/dangling-party.yaml': join(fixture, 'content/agreements/dangling-party.yaml') });
    expect(build.status).not.toBe(0);
    expect(printed(build)).toContain(readFileSync(join(fixture, 'expected.txt'), 'utf8').trim());
  });

  it('a malformed DOI in the article’s metadata stops astro build with a message naming the file, the field and the value', () => {
    const build = buildWith({ 'content/paper.yaml': 'tests/fixtures/meta-bad-doi/paper.yaml' });
    expect(build.status).not.toBe(0);
    const expected = readFileSync('tests/fixtures/meta-bad-doi/expected.txt', 'utf8').trim().replace('tests/fixtures/meta-bad-doi/paper.yaml', 'content/paper.yaml');
    expect(printed(build)).toContain(expected);
  });

  it('a data file with a printed value that is not a number stops astro build with a message naming the file, the field and the value', () => {
    const build = buildWith({ 'content/data/figure-1.json': 'tests/fixtures/dataset-not-a-number/figure-1.json' });
    expect(build.status).not.toBe(0);
    const output = printed(build);
    expect(output).toContain('content/data/figure-1.json');
    expect(output).toContain(readFileSync('tests/fixtures/dataset-not-a-number/expected.txt', 'utf8').trim());
  });

  it('an edition history out of date order stops astro build with a message naming the file, the field and the value', () => {
    const build = buildWith({ 'content/edition.yaml': 'tests/fixtures/meta-edition-history-out-of-order/edition.yaml' });
    expect(build.status).not.toBe(0);
    const expected = readFileSync('tests/fixtures/meta-edition-history-out-of-order/expected.txt', 'utf8')
      .trim()
      .replace('tests/fixtures/meta-edition-history-out-of-order/edition.yaml', 'content/edition.yaml');
    expect(printed(build)).toContain(expected);
  });
});
