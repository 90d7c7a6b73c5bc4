/**
 * Addresses never break: every address an archived edition published (a page, and each id on it;
 * editions/<version>/addresses.json) resolves in the current build, the page existing and holding
 * the id, or leads there through a declared move (a page or an id renamed, kept as data). Pure:
 * the archives, the current build's ids and the moves are passed in.
 */
import type { PublishedAddresses } from './archive.ts';

/** A declared move: the address (a page, or a page and an id) published as `from` is now `to`. */
export interface AddressMove {
  readonly from: string;
  readonly to: string;
}

/** An address no longer found, with the editions that published it. */
export interface BrokenAddress {
  readonly address: string;
  readonly editions: readonly string[];
  readonly reason: string;
}

const split = (address: string) => {
  const hash = address.indexOf('#');
  return hash < 0 ? { path: address, id: undefined } : { path: address.slice(0, hash), id: address.slice(hash + 1) };
};

/** The moves by the address they leave, made once per list of moves (the check follows every published address through them). */
const movesByFrom = new WeakMap<readonly AddressMove[], ReadonlyMap<string, string>>();
const indexOf = (moves: readonly AddressMove[]) => {
  let index = movesByFrom.get(moves);
  if (!index) movesByFrom.set(moves, (index = new Map(moves.map((m) => [m.from, m.to]))));
  return index;
};

/** Where an address leads after the moves (a page's move carries its ids along; an id's move is followed first); cycles stop. */
export function followMoves(address: string, moves: readonly AddressMove[]): string {
  const byFrom = indexOf(moves);
  let current = address;
  const seen = new Set<string>();
  while (!seen.has(current)) {
    seen.add(current);
    const exact = byFrom.get(current);
    if (exact !== undefined) {
      current = exact;
      continue;
    }
    const { path, id } = split(current);
    const page = id !== undefined ? byFrom.get(path) : undefined;
    if (page === undefined) break;
    current = `${page}#${id}`;
  }
  return current;
}

/**
 * Every published address that does not resolve in `current` (page path → its ids; only `get` is
 * asked, so a build's pages can be read as addresses name them), each once, with the editions that published it.
 */
export function brokenAddresses(
  archives: readonly PublishedAddresses[],
  current: Pick<ReadonlyMap<string, ReadonlySet<string>>, 'get'>,
  moves: readonly AddressMove[] = [],
): BrokenAddress[] {
  const broken = new Map<string, { editions: string[]; reason: string }>();
  const check = (address: string, version: string) => {
    const target = followMoves(address, moves);
    const { path, id } = split(target);
    const moved = target !== address ? ` (moved to ${target})` : '';
    const ids = current.get(path);
    const reason = !ids ? `no page ${path}${moved}` : id !== undefined && !ids.has(id) ? `${path} has no id “${id}”${moved}` : undefined;
    if (!reason) return;
    const entry = broken.get(address) ?? { editions: [], reason };
    if (!entry.editions.includes(version)) entry.editions.push(version);
    broken.set(address, entry);
  };
  for (const archive of archives)
    for (const page of archive.pages) {
      check(page.path, archive.version);
      for (const id of page.ids) check(`${page.path}#${id}`, archive.version);
    }
  return [...broken.entries()].map(([address, { editions, reason }]) => ({ address, editions, reason }));
}

/** How many addresses (pages and ids) an edition published. */
export const addressCount = (archive: PublishedAddresses) => archive.pages.reduce((n, p) => n + 1 + p.ids.length, 0);
