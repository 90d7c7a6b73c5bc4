/**
 * An archived edition never changes: its SHA256SUMS is what `sha256sum -c` (GNU coreutils, a
 * reader independent of ours) accepts, and a changed, missing or added file is refused with the
 * file and the edition named.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveProblems, sumsText } from '../../../src/lib/editions/archive.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project root holding one archived edition, 9.9, of two files. */
function archive(): { root: string; folder: string } {
  const root = mkdtempSync(join(tmpdir(), 'editions-'));
  roots.push(root);
  const folder = join(root, 'editions', '9.9');
  mkdirSync(folder, { recursive: true });
  const files = new Map<string, string>([
    ['edition.tei.xml', '<TEI>the author’s words</TEI>\n'],
    ['addresses.json', '{"version":"9.9","pages":[]}\n'],
  ]);
  for (const [name, text] of files) writeFileSync(join(folder, name), text);
  writeFileSync(join(folder, 'SHA256SUMS'), sumsText(files));
  return { root, folder };
}

describe('an archived edition', () => {
  it('carries checksums that sha256sum -c accepts, and nothing to refuse', () => {
    const { root, folder } = archive();
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' })).toBe('addresses.json: OK\nedition.tei.xml: OK\n');
    expect(archiveProblems(root)).toEqual([]);
  });

  it('is refused when a file changes, naming the file, the edition and its checksum now', () => {
    const { root, folder } = archive();
    writeFileSync(join(folder, 'edition.tei.xml'), '<TEI>the author’s word</TEI>\n');
    const lines = archiveProblems(root).map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^editions\/9\.9\/edition\.tei\.xml: the file differs from the one edition 9\.9 archived \(SHA-256 [0-9a-f]{64} in editions\/9\.9\/SHA256SUMS\)/);
    expect(() => execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: folder, stdio: 'pipe' })).toThrow();
  });

  it('is refused when a file is missing or added, or its checksums are gone', () => {
    const { root, folder } = archive();
    unlinkSync(join(folder, 'addresses.json'));
    writeFileSync(join(folder, 'notes.txt'), 'added later');
    expect(archiveProblems(root).map(formatProblem)).toEqual([
      'editions/9.9/addresses.json: edition 9.9 archived this file; it is missing',
      'editions/9.9/notes.txt: edition 9.9 did not archive this file (it is not in editions/9.9/SHA256SUMS); remove it',
    ]);
    unlinkSync(join(folder, 'SHA256SUMS'));
    expect(archiveProblems(root).map(formatProblem)).toEqual([
      'editions/9.9/SHA256SUMS: edition 9.9 has no checksums: an archived edition is written whole by `npm run release`',
    ]);
  });
});
