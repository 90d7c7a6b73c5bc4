/**
 * The real build, not only the checking functions: a copy of the project with one bad file must
 * fail `astro build` and print the file, the field and the value. Two kinds: an entity file with a
 * party that does not exist, and the article's metadata with a malformed DOI.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve('.');
// Inside the project (git-ignored), so the copy resolves the project's node_modules without a symlink.
mkdirSync(join(root, '.tmp'), { recursive: true });
const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

/** Builds a copy of the project with `files` (project-relative path → fixture file) laid over it. */
function buildWith(files: Record<string, string>) {
  const copy = mkdtempSync(join(root, '.tmp', 'bad-content-'));
  copies.push(copy);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  for (const [path, fixture] of Object.entries(files)) writeFileSync(join(copy, path), readFileSync(fixture));
  return spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 240_000,
  });
}

describe('bad content', () => {
  it('an entity with an unknown party stops astro build with a message naming the file, the field and the value', () => {
    const fixture = 'tests/fixtures/kb-unknown-reference';
    const build = buildWith({ 'content/agreements/dangling-party.yaml': join(fixture, 'content/agreements/dangling-party.yaml') });
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain(readFileSync(join(fixture, 'expected.txt'), 'utf8').trim());
  });

  it('a malformed DOI in the article’s metadata stops astro build with a message naming the file, the field and the value', () => {
    const build = buildWith({ 'content/paper.yaml': 'tests/fixtures/meta-bad-doi/paper.yaml' });
    expect(build.status).not.toBe(0);
    const expected = readFileSync('tests/fixtures/meta-bad-doi/expected.txt', 'utf8').trim().replace('tests/fixtures/meta-bad-doi/paper.yaml', 'content/paper.yaml');
    expect(build.stdout + build.stderr).toContain(expected);
  });
});
