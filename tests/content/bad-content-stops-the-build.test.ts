/**
 * The real build, not only the checking functions: a copy of the project with one bad entity file
 * (a party that does not exist) must fail `astro build` and print the file, the field and the value.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve('.');
// Inside the project (git-ignored), so the copy resolves the project's node_modules without a symlink.
mkdirSync(join(root, '.tmp'), { recursive: true });
const copy = mkdtempSync(join(root, '.tmp', 'bad-content-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('bad content', () => {
  it('stops astro build with a message naming the file, the field and the value', () => {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    const fixture = 'tests/fixtures/kb-unknown-reference';
    writeFileSync(join(copy, 'content/agreements/dangling-party.yaml'), readFileSync(join(fixture, 'content/agreements/dangling-party.yaml')));
    const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 240_000,
    });
    expect(build.status).not.toBe(0);
    const expected = readFileSync(join(fixture, 'expected.txt'), 'utf8').trim();
    expect(build.stdout + build.stderr).toContain(expected);
  });
});
