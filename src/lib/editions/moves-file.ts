/**
 * content/address-moves.yaml: the addresses an edition published that now stand elsewhere (a page
 * or an id renamed), as `- { from: /old/page/#old-id, to: /new/page/#new-id, why: … }`. The
 * content check validates it (`movesSchema`, `moveProblems`); the build's address check
 * (src/plugins/published-addresses.ts) and /editions/moves.json read it. No file: no moves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { AddressMove } from './permanence.ts';
import type { PublishedAddresses } from './archive.ts';
import type { Problem } from '../content/problem.ts';

export const MOVES_FILE = 'content/address-moves.yaml';

const address = z.string().regex(/^\/([^#\s]*\/)?(#[^\s#]+)?$/, 'expected a site address such as "/paper/iii-policy-tools/4-energy-cooperation/#iii-4-05"');
export const movesSchema = z.array(z.object({ from: address, to: address, why: z.string().min(1) }).strict());
export type MovesFile = z.output<typeof movesSchema>;

export function readAddressMoves(file = MOVES_FILE): AddressMove[] {
  if (!existsSync(file)) return [];
  const parsed = movesSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? []);
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `item ${Number(i.path[0]) + 1}, field "${i.path.slice(1).join('.')}": ${i.message}`).join('; ')}`);
  return parsed.data.map(({ from, to }) => ({ from, to }));
}

/** What is wrong in valid moves against the archives: a move of an address no edition published, one declared twice, one that leads to itself. */
export function moveProblems(moves: MovesFile, archives: readonly PublishedAddresses[], file = MOVES_FILE): Problem[] {
  const published = new Set(archives.flatMap((a) => a.pages.flatMap((p) => [p.path, ...p.ids.map((id) => `${p.path}#${id}`)])));
  const seen = new Set<string>();
  return moves.flatMap((m, i): Problem[] => {
    const field = [i, 'from'];
    if (seen.has(m.from)) return [{ file, field, message: 'this address’s move is declared twice', value: m.from }];
    seen.add(m.from);
    if (m.to === m.from) return [{ file, field: [i, 'to'], message: 'a move must lead elsewhere', value: m.to }];
    if (!published.has(m.from))
      return [{ file, field, message: 'no archived edition published this address; a move is declared for an address an edition published', value: m.from }];
    return [];
  });
}
