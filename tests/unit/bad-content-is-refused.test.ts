/**
 * Bad content is refused with one line per problem, naming the file, its line, the field (list
 * items counted from 1) and the value. Each fixture folder under tests/fixtures/ holds files laid
 * over a scratch copy of content/ and `expected.txt`, every line the content check (the one the
 * build runs first, src/lib/content/content-check.ts) must print, and nothing else.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { contentCopy, fixtureFiles } from '../support/content-copy.ts';

const FIXTURES = 'tests/fixtures';

describe.each(
  readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'content')) && existsSync(join(FIXTURES, name, 'expected.txt'))),
)('fixture %s', (name) => {
  it('is refused with every expected message, one line each, and no other', () => {
    const expected = readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8')
      .trim()
      .split('\n');
    const problems = checkContent(contentCopy({ files: fixtureFiles(join(FIXTURES, name)) }));
    expect(problems.map(formatProblem)).toEqual(expected);
  });
});

describe('the real content', () => {
  it('has no problems', () => {
    expect(checkContent().map(formatProblem)).toEqual([]);
  });
});
