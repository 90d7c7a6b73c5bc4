/**
 * A scratch copy of the project's content/ folder under .tmp/ (removed after the test file; editions/ linked beside it), with
 * fixture files laid over it and words edited in it: what the content check reads, as an editor
 * would leave it. `checkContent(copy)` then answers as the build would.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll } from 'vitest';

const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

/** One edit an editor makes: in `file`, `from` (which must stand there) becomes `to`. */
export interface Edit {
  readonly file: string;
  readonly from: string;
  readonly to: string;
}

/** Applies edits in place under `root`, refusing an edit whose words are not in the file (so a test cannot pass on a stale edit). */
export function applyEdits(root: string, edits: readonly Edit[]) {
  for (const { file, from, to } of edits) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} does not hold ${JSON.stringify(from)}`);
    writeFileSync(path, text.replace(from, to));
  }
}

/** The files of a fixture folder's content/ (project-relative path → fixture path). */
export function fixtureFiles(fixture: string): Record<string, string> {
  const dir = join(fixture, 'content');
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ya?ml|json|mdx)$/.test(f))
      .map((f) => [`content/${f.split('\\').join('/')}`, join(dir, f)]),
  );
}

/** Copies content/ to a scratch folder, lays `files` (project-relative path → file to copy) over it, applies `edits`; returns the folder. */
export function contentCopy({ files = {}, edits = [] }: { files?: Record<string, string>; edits?: readonly Edit[] } = {}): string {
  mkdirSync(resolve('.tmp'), { recursive: true });
  const root = mkdtempSync(resolve('.tmp', 'content-'));
  copies.push(root);
  cpSync(resolve('content'), join(root, 'content'), { recursive: true });
  // The archived editions, read only (their checksums, the addresses a move must name).
  symlinkSync(resolve('editions'), join(root, 'editions'));
  for (const [path, from] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), readFileSync(from));
  }
  applyEdits(root, edits);
  return root;
}
