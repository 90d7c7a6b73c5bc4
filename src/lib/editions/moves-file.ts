/**
 * content/address-moves.yaml: the addresses an edition published that now stand elsewhere (a page
 * or an id renamed), as `- { from: /old/page/#old-id, to: /new/page/#new-id, why: … }`. Read by
 * the build's address check (src/plugins/published-addresses.ts). No file: no moves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { AddressMove } from './permanence.ts';

export const MOVES_FILE = 'content/address-moves.yaml';

const address = z.string().regex(/^\/([^#\s]*\/)?(#[^\s#]+)?$/, 'expected a site address such as "/paper/iii-policy-tools/4-energy-cooperation/#iii-4-05"');
const movesSchema = z.array(z.object({ from: address, to: address, why: z.string().min(1) }).strict());

export function readAddressMoves(file = MOVES_FILE): AddressMove[] {
  if (!existsSync(file)) return [];
  const parsed = movesSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? []);
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `item ${Number(i.path[0]) + 1}, field "${i.path.slice(1).join('.')}": ${i.message}`).join('; ')}`);
  return parsed.data.map(({ from, to }) => ({ from, to }));
}
