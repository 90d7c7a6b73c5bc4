/**
 * What changed from one archived edition to the next, computed from the archives, never written
 * by hand: whether the author's words changed (the fingerprints of their text in order), the ids
 * added, removed or moved to another page (from the address lists), and, where both editions have
 * a TEI, the journal page starts that moved, the headings and editorial notes added, removed or
 * changed, and the paragraphs that read differently (their words, page starts or notes), each with
 * both versions. Pure: it gets the two editions' address lists and frozen texts.
 */
import { diffWords } from 'diff';
import type { PublishedAddresses } from './archive.ts';
import { escapeHtml } from '../site/escape-html.ts';
import type { FrozenEdition, FrozenPageStart } from './frozen-edition.ts';

/** An id moved: the pages that held it before and after. */
export interface MovedId {
  readonly id: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
}

export interface ChangedPageStart {
  readonly page: number;
  readonly before: FrozenPageStart | undefined;
  readonly after: FrozenPageStart | undefined;
}

export interface ChangedText {
  readonly at: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

export interface ChangedParagraph {
  readonly id: string;
  readonly before: { readonly text: string; readonly html: string } | undefined;
  readonly after: { readonly text: string; readonly html: string } | undefined;
}

/** The text's changes, where both editions have a TEI. */
export interface TextChanges {
  readonly fingerprints: { readonly before: string; readonly after: string };
  readonly authorTextSame: boolean;
  readonly pageStarts: readonly ChangedPageStart[];
  readonly headings: readonly ChangedText[];
  readonly notes: readonly ChangedText[];
  readonly paragraphs: readonly ChangedParagraph[];
}

export interface EditionChanges {
  readonly from: string;
  readonly to: string;
  readonly pages: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly ids: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly moved: readonly MovedId[] };
  /** Absent when either edition was archived without a TEI. */
  readonly text?: TextChanges;
}

/** id → the pages that publish it. */
function idPages(addresses: PublishedAddresses): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const page of addresses.pages) for (const id of page.ids) map.set(id, [...(map.get(id) ?? []), page.path]);
  return map;
}

/** Keyed texts compared: added, removed, changed (in the later edition's order, then the removed). */
function changedTexts(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): ChangedText[] {
  const out: ChangedText[] = [];
  for (const [at, text] of after) if (before.get(at) !== text) out.push({ at, before: before.get(at), after: text });
  for (const [at, text] of before) if (!after.has(at)) out.push({ at, before: text, after: undefined });
  return out;
}

/** Notes keyed by where they stand and their order there ("iii-4 #2"). */
function keyedNotes(edition: FrozenEdition): Map<string, string> {
  const count = new Map<string, number>();
  return new Map(
    edition.notes.map((n) => {
      const i = (count.get(n.at) ?? 0) + 1;
      count.set(n.at, i);
      return [i === 1 ? n.at : `${n.at} (${i})`, n.text];
    }),
  );
}

function textChanges(before: FrozenEdition, after: FrozenEdition): TextChanges {
  const startsBefore = new Map(before.pageStarts.map((s) => [s.page, s]));
  const startsAfter = new Map(after.pageStarts.map((s) => [s.page, s]));
  const pages = [...new Set([...startsBefore.keys(), ...startsAfter.keys()])].sort((a, b) => a - b);
  const pageStarts = pages.flatMap((page) => {
    const b = startsBefore.get(page);
    const a = startsAfter.get(page);
    const same = a && b && a.at === b.at && a.offset === b.offset && a.type === b.type;
    return same ? [] : [{ page, before: b, after: a }];
  });
  const parasBefore = new Map(before.paragraphs.map((p) => [p.id, p]));
  const parasAfter = new Map(after.paragraphs.map((p) => [p.id, p]));
  const view = (p: { text: string; html: string } | undefined) => p && { text: p.text, html: p.html };
  const paragraphs: ChangedParagraph[] = [
    ...after.paragraphs.filter((p) => parasBefore.get(p.id)?.html !== p.html).map((p) => ({ id: p.id, before: view(parasBefore.get(p.id)), after: view(p) })),
    ...before.paragraphs.filter((p) => !parasAfter.has(p.id)).map((p) => ({ id: p.id, before: view(p), after: undefined })),
  ];
  const headingText = (e: FrozenEdition) => new Map(e.headings.map((h) => [h.id, `${h.text}${h.editorial ? ' (editorial)' : ''}`]));
  return {
    fingerprints: { before: before.fingerprint, after: after.fingerprint },
    authorTextSame: before.fingerprint === after.fingerprint,
    pageStarts,
    headings: changedTexts(headingText(before), headingText(after)),
    notes: changedTexts(keyedNotes(before), keyedNotes(after)),
    paragraphs,
  };
}

/** What changed from `before` to `after`. An id moved when an address of it was removed and another added: it left a page for another. */
export function compareEditions(
  before: { addresses: PublishedAddresses; text?: FrozenEdition | undefined },
  after: { addresses: PublishedAddresses; text?: FrozenEdition | undefined },
): EditionChanges {
  const pagesBefore = new Set(before.addresses.pages.map((p) => p.path));
  const pagesAfter = new Set(after.addresses.pages.map((p) => p.path));
  const idsBefore = idPages(before.addresses);
  const idsAfter = idPages(after.addresses);
  const moved: MovedId[] = [];
  for (const [id, pagesNow] of idsAfter) {
    const pagesThen = idsBefore.get(id);
    if (!pagesThen) continue;
    const left = pagesThen.filter((p) => !pagesNow.includes(p));
    const arrived = pagesNow.filter((p) => !pagesThen.includes(p));
    if (left.length > 0 && arrived.length > 0) moved.push({ id, from: left, to: arrived });
  }
  return {
    from: before.addresses.version,
    to: after.addresses.version,
    pages: { added: [...pagesAfter].filter((p) => !pagesBefore.has(p)), removed: [...pagesBefore].filter((p) => !pagesAfter.has(p)) },
    ids: {
      added: [...idsAfter.keys()].filter((id) => !idsBefore.has(id)).sort(),
      removed: [...idsBefore.keys()].filter((id) => !idsAfter.has(id)).sort(),
      moved: moved.sort((a, b) => (a.id < b.id ? -1 : 1)),
    },
    ...(before.text && after.text && { text: textChanges(before.text, after.text) }),
  };
}

/** Two versions of a text as HTML, side by side: the words only the first has in <del>, those only the second has in <ins>. */
export function markedWords(before: string, after: string): { before: string; after: string } {
  const parts = diffWords(before, after);
  const side = (own: 'removed' | 'added', tag: 'del' | 'ins') =>
    parts
      .filter((p) => !(own === 'removed' ? p.added : p.removed))
      .map((p) => (p[own] ? `<${tag}>${escapeHtml(p.value)}</${tag}>` : escapeHtml(p.value)))
      .join('');
  return { before: side('removed', 'del'), after: side('added', 'ins') };
}
