/**
 * /editions/moves.json: every declared move of a published address (content/address-moves.yaml),
 * followed to its end, under the site's base: `{ "<path>#<id>": "<path>#<id>" }`. Read by
 * src/client/moved-address.ts when a page has no element with the address's id.
 */
import type { APIRoute } from 'astro';
import { readAddressMoves } from '../../lib/editions/moves-file.ts';
import { followMoves } from '../../lib/editions/permanence.ts';
import { sitePath } from '../../lib/site/site-url.ts';

export const GET: APIRoute = () => {
  const moves = readAddressMoves();
  const map = Object.fromEntries(moves.map((m) => [sitePath(m.from), sitePath(followMoves(m.from, moves))]));
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json' } });
};
