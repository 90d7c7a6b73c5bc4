/**
 * What the take-along files add to a build: the same code the build runs (src/lib/edition-files/make.ts),
 * run again over the built site into a scratch folder, three times; the median time and the size of each.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTakeAlongFiles, type MadeFile } from '../../src/lib/edition-files/make.ts';
import { takeAlongPlan } from '../../src/lib/edition-files/files.ts';
import { median } from './helpers.ts';

export async function takeAlongCost(siteDir: string, runs = 3): Promise<{ kind: string; bytes: number; ms: number }[]> {
  const plan = takeAlongPlan();
  const all: MadeFile[][] = [];
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(join(tmpdir(), 'take-along-'));
    all.push(await makeTakeAlongFiles(siteDir, out, plan));
    rmSync(out, { recursive: true, force: true });
  }
  return all[0]!.map(({ kind, bytes }) => ({ kind, bytes, ms: median(all.map((run) => run.find((m) => m.kind === kind)!.ms)) }));
}
