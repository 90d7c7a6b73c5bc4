/**
 * No published address breaks: every page and every id that an archived edition published
 * (editions/<version>/addresses.json) is found in this build, the page existing and holding the
 * id, or through a move content/address-moves.yaml declares, to a page that holds the id. Read
 * from the built pages with cheerio, as a reader's browser would find the fragment.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, loadPage } from '../support/built-site.ts';
import { archivedVersions, readPublishedAddresses, type PublishedAddresses } from '../../src/lib/editions/archive.ts';
import { addressCount, brokenAddresses, followMoves } from '../../src/lib/editions/permanence.ts';
import { readAddressMoves } from '../../src/lib/editions/moves-file.ts';

const archives = archivedVersions().map((version) => readPublishedAddresses(version));
const current = new Map(
  builtPages().map((path) => {
    const $ = loadPage(path);
    return [path, new Set($('[id]').toArray().map((el) => $(el).attr('id')!))] as const;
  }),
);

describe('every address an archived edition published', () => {
  it('is there to check: at least the current edition is archived', () => {
    expect(archives.length).toBeGreaterThan(0);
    // 1.0 had no citation pages yet (159 pages); every later edition has more than 250.
    for (const a of archives) expect(a.pages.length, a.version).toBeGreaterThan(150);
  });

  it('resolves in this build: the page exists and holds the id, or a declared move leads to a page that does', () => {
    const moves = readAddressMoves();
    const moved = (a: PublishedAddresses) => a.pages.flatMap((p) => p.ids.map((id) => `${p.path}#${id}`)).filter((address) => followMoves(address, moves) !== address).length;
    console.log(
      `Addresses checked: ${archives.map((a) => `edition ${a.version}, ${a.pages.length} pages and ${addressCount(a) - a.pages.length} ids (${moved(a)} through a declared move)`).join('; ')}.`,
    );
    expect(brokenAddresses(archives, current, moves).map((b) => `${b.address} (published by ${b.editions.join(', ')}): ${b.reason}`)).toEqual([]);
  });

  it('breaks without its declared move: the moves are needed, none is idle', () => {
    const moves = readAddressMoves();
    const withoutMoves = new Set(brokenAddresses(archives, current).map((b) => b.address));
    for (const m of moves) expect(withoutMoves.has(m.from), m.from).toBe(true);
  });
});
