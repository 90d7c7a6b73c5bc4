/**
 * Queries for the frozen editions (editions/<version>/): each archived edition with its files and
 * published addresses, its text read back from its TEI (the frozen page, /editions/<version>/),
 * and what changed from the edition before, computed. Made once per build.
 */
import { archivedVersions, readArchivedEdition, type ArchivedEdition } from '../editions/archive.ts';
import { compareEditions, type EditionChanges } from '../editions/compare.ts';
import { readFrozenEdition, type FrozenEdition } from '../editions/frozen-edition.ts';
import { getCitationTargets } from './cite-queries.ts';
import { memo } from './memo.ts';

export interface EditionArchive extends ArchivedEdition {
  /** The edition's text, where it was archived with a TEI. */
  readonly text?: FrozenEdition;
  /** What changed from the edition archived before it (none for the first). */
  readonly changes?: EditionChanges;
}

/** Every archived edition, oldest first, with its text and its changes. */
export const getEditionArchives = memo(async (): Promise<EditionArchive[]> => {
  const { sections, paragraphs } = await getCitationTargets();
  // Where an id of a frozen edition stands now: the page of the section or paragraph that has it.
  const now = new Map<string, string>();
  for (const t of [...sections, ...paragraphs]) if (t.anchor) now.set(t.anchor, t.path.split('#')[0]!);
  const archives: EditionArchive[] = [];
  for (const version of archivedVersions()) {
    const archived = readArchivedEdition(version);
    const text = archived.tei === undefined ? undefined : readFrozenEdition(archived.tei, (id) => now.get(id));
    const before = archives.at(-1);
    const changes = before && compareEditions(before, { addresses: archived.addresses, text });
    archives.push({ ...archived, ...(text && { text }), ...(changes && { changes }) });
  }
  return archives;
});
