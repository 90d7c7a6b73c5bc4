/**
 * The real `astro build` on a copy of the project (inside the project, under .tmp/, so the copy
 * resolves the project's node_modules): with fixture files laid over it, or with another
 * environment (a base path, a site address). Copies are removed after the test file.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { applyEdits, type Edit } from './content-copy.ts';

const root = resolve('.');

/** The environment a build gets from a shell: without what Vitest sets for its own run (NODE_ENV=test, BASE_URL, MODE, VITEST*), which Vite would read. */
const buildEnvironment = () =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/.test(name)));
const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

/** Copies the project (without node_modules, which the copy resolves from the project) to a scratch folder under .tmp/, with `files` laid over it and `edits` made. */
export function projectCopy({ files = {}, edits = [] }: { files?: Record<string, string>; edits?: readonly Edit[] } = {}): string {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp', 'build-'));
  copies.push(dir);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  // The archived editions, as a clone has them (read only: an archived edition never changes).
  symlinkSync(join(root, 'editions'), join(dir, 'editions'));
  for (const [path, fixture] of Object.entries(files)) writeFileSync(join(dir, path), readFileSync(fixture));
  applyEdits(dir, edits);
  return dir;
}

/** Runs Astro's command line in `dir` with the environment a shell would give it. */
export const astroCommand = (dir: string, args: readonly string[], env: Record<string, string> = {}) => ({
  command: process.execPath,
  args: [join(root, 'node_modules/astro/bin/astro.mjs'), ...args],
  options: { cwd: dir, env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: '', BASE_PATH: '', ...env } },
});

/** Builds a copy of the project; `files` maps a project-relative path to the fixture file laid over it; `edits` change words in the copy. */
export function buildCopy({
  files = {},
  edits = [],
  env = {},
}: { files?: Record<string, string>; edits?: readonly Edit[]; env?: Record<string, string> } = {}): {
  dir: string;
  build: SpawnSyncReturns<string>;
} {
  const dir = projectCopy({ files, edits });
  const { command, args, options } = astroCommand(dir, ['build'], env);
  const build = spawnSync(command, args, { ...options, encoding: 'utf8', timeout: 300_000 });
  return { dir, build };
}
