/**
 * Checks that the knowledge base holds together, beyond what each file's schema can see:
 * ids unique across collections, references resolve, paragraph ids exist, quoted words stand in
 * the paragraph they cite, and no name is claimed by two entities. Returns one problem each,
 * naming the file, the field and the value (src/lib/content/problem.ts); the build stops on any.
 */
import type { KbEntity } from './entities.ts';
import { namesOf } from './entities.ts';
import type { EntityCollection } from './kinds.ts';
import type { IndexedBlock } from './mentions.ts';
import { fieldLabel, type Problem } from '../content/problem.ts';
import { nameKey } from '../search/name-key.ts';

const message = (file: string, field: string, text: string, value: unknown): Problem => ({ file, field, message: text, value });

/** A paragraph or table as the check reads it; a paragraph read from its file says where it stands. */
export interface CheckedBlock extends IndexedBlock {
  readonly file?: string;
  readonly line?: number;
}

/** Whitespace-insensitive form used to find quoted words in a paragraph. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const countOf = (text: string, words: string) => text.split(words).length - 1;

/** Every object inside `data` with its path, for the generic paragraph and quote checks. */
function* objectsIn(data: unknown, path: string[] = []): Generator<[Record<string, unknown>, string[]]> {
  if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) yield* objectsIn(item, [...path, String(i)]);
  } else if (data !== null && typeof data === 'object') {
    yield [data as Record<string, unknown>, path];
    for (const [key, value] of Object.entries(data)) yield* objectsIn(value, [...path, key]);
  }
}

type Reference = { field: string; value: string; targets: readonly EntityCollection[] };

function referencesOf(e: KbEntity): Reference[] {
  switch (e.collection) {
    case 'agreements':
      return e.data.parties.map((value, i) => ({ field: `parties.${i}`, value, targets: ['countries', 'organisations'] }));
    case 'projects':
      return [
        ...e.data.countries.map((value, i) => ({ field: `countries.${i}`, value, targets: ['countries'] as const })),
        ...e.data.partners.map((value, i) => ({ field: `partners.${i}`, value, targets: ['organisations'] as const })),
        ...(e.data.partOf ? [{ field: 'partOf', value: e.data.partOf, targets: ['projects'] as const }] : []),
      ];
    case 'organisations':
      return [
        ...(e.data.country ? [{ field: 'country', value: e.data.country, targets: ['countries'] as const }] : []),
        ...(e.data.parent ? [{ field: 'parent', value: e.data.parent, targets: ['organisations'] as const }] : []),
      ];
    case 'countries':
      return [];
  }
}

/**
 * True when the printed words state the value: as written (2637, 1.85), with thousands separators
 * (2,800) or with a decimal comma (5,902 read as 5.902), as a whole number, not part of another.
 */
export function valueIsPrinted(value: number, printed: string): boolean {
  const forms = new Set([String(value), value.toLocaleString('en-US', { maximumFractionDigits: 10 }), String(value).replace('.', ',')]);
  return [...forms].some((form) => new RegExp(`(?<![\\d.,])${form.replace(/[.,]/g, '\\$&')}(?![\\d]|[.,]\\d)`).test(printed));
}

/**
 * `sourceText`, the author's running text from the source, tells a changed quotation from a
 * changed paragraph: words quoted from the source that a paragraph no longer holds are the
 * paragraph's problem (its MDX file is named), not the quotation's.
 */
export function checkKnowledgeBase(entities: readonly KbEntity[], blocks: readonly CheckedBlock[], sourceText?: string): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, KbEntity>();
  for (const e of entities) {
    const other = byId.get(e.id);
    if (other) problems.push(message(e.file, 'id', `the id is also used by ${other.file}`, e.id));
    else byId.set(e.id, e);
  }

  for (const e of entities) {
    for (const ref of referencesOf(e)) {
      const target = byId.get(ref.value);
      if (!target || !ref.targets.includes(target.collection)) {
        problems.push(
          message(e.file, ref.field, `no entity with this id in ${ref.targets.map((t) => `content/${t}/`).join(' or ')}`, ref.value),
        );
      }
    }
  }

  const texts = new Map(blocks.map((b) => [b.id, squash(b.text)]));
  const blockById = new Map(blocks.map((b) => [b.id, b]));
  const source = sourceText === undefined ? undefined : squash(sourceText);
  for (const e of entities) {
    for (const [node, path] of objectsIn(e.data)) {
      const paragraph = node['paragraph'];
      if (typeof paragraph !== 'string') continue;
      const text = texts.get(paragraph);
      if (text === undefined) {
        problems.push(message(e.file, [...path, 'paragraph'].join('.'), 'no paragraph or table with this id in the paper', paragraph));
        continue;
      }
      // quoted words: `printed` of a fact, `text` of a scoped name (editorial notes are not quotes)
      for (const key of 'occurrence' in node ? ['text'] : ['printed']) {
        const words = node[key];
        if (typeof words !== 'string') continue;
        const needed = typeof node['occurrence'] === 'number' ? node['occurrence'] : 1;
        if (countOf(text, squash(words)) >= needed) continue;
        const field = [...path, key].join('.');
        const block = blockById.get(paragraph);
        if (source?.includes(squash(words)) && block?.file) {
          problems.push({
            file: block.file,
            line: block.line,
            field: `paragraph ${paragraph}`,
            message: `the words ${e.file} quotes (field "${fieldLabel(field)}") stand in the source but not in this paragraph: the paragraph differs from the source; change it here, not the quotation`,
            value: words,
          });
        } else {
          problems.push(
            message(
              e.file,
              field,
              `these words do not stand in ${paragraph}${needed > 1 ? ` ${needed} times` : ''}${source !== undefined && block?.file ? ', nor anywhere in the source: the quotation differs from the source; change it here' : ''}`,
              words,
            ),
          );
        }
      }
    }
  }

  for (const e of entities) {
    e.data.figures.forEach((f, i) => {
      if (!valueIsPrinted(f.value, f.printed)) {
        problems.push(message(e.file, `figures.${i}.value`, `the number is not in the printed words “${f.printed}”`, f.value));
      }
    });
  }

  const claimed = new Map<string, { file: string; id: string }>();
  for (const e of entities) {
    for (const name of namesOf(e)) {
      const key = name.scope ? `${name.text}\u0000${name.scope.paragraph}\u0000${name.scope.occurrence}` : name.text;
      const owner = claimed.get(key);
      if (owner && owner.id !== e.id) problems.push(message(e.file, name.field, `the name is already claimed by ${owner.file}`, name.text));
      else claimed.set(key, { file: e.file, id: e.id });
    }
  }
  problems.push(...otherNameProblems(entities));
  return problems;
}

/**
 * The other names (`otherNames`): each stands for a printed name of its entity, is not one of the
 * entity's printed names (a search finds those already), is given once, and belongs to no other
 * entity unless both declare it shared (`sharedWith`), as a query for it then names them all.
 */
function otherNameProblems(entities: readonly KbEntity[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const printed = (e: KbEntity) => [e.data.name, ...e.data.aliases];
  /** Every entity's names by key: printed ones and other ones. */
  const owners = new Map<string, { entity: KbEntity; field: string; text: string }[]>();
  for (const e of entities) {
    const names = [
      { field: 'name', text: e.data.name },
      ...e.data.aliases.map((text, i) => ({ field: `aliases.${i}`, text })),
      ...e.data.otherNames.map((o, i) => ({ field: `otherNames.${i}.name`, text: o.name })),
    ];
    for (const n of names) {
      const key = nameKey(n.text);
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.entity === e)) list.push({ entity: e, ...n });
      owners.set(key, list);
    }
  }
  for (const e of entities) {
    const own = new Set<string>();
    e.data.otherNames.forEach((o, i) => {
      const field = `otherNames.${i}`;
      const key = nameKey(o.name);
      if (o.of !== undefined && !printed(e).some((p) => p.includes(o.of!)))
        problems.push(message(e.file, `${field}.of`, 'these words are not in the entity’s printed name or aliases', o.of));
      if (printed(e).some((p) => nameKey(p) === key))
        problems.push(
          message(
            e.file,
            `${field}.name`,
            'the paper prints this name for the entity (a search finds it without case, hyphens or spaces); leave it out',
            o.name,
          ),
        );
      else if (own.has(key)) problems.push(message(e.file, `${field}.name`, 'the entity has this name twice', o.name));
      own.add(key);
      for (const other of owners.get(key) ?? []) {
        if (other.entity === e) continue;
        const declared = o.sharedWith.includes(other.entity.id);
        const mutual = other.entity.data.otherNames.some((n) => nameKey(n.name) === key && n.sharedWith.includes(e.id));
        if (!declared)
          problems.push(
            message(
              e.file,
              `${field}.name`,
              `the name is also ${other.field === 'name' ? 'the name' : other.field.startsWith('aliases') ? 'a printed alias' : 'another name'} of ${other.entity.file}; list that entity in sharedWith if it is meant for both`,
              o.name,
            ),
          );
        else if (!mutual && other.field.startsWith('otherNames'))
          problems.push(
            message(
              other.entity.file,
              other.field,
              `the name is shared with ${e.file}, which says so; say so here too (sharedWith)`,
              other.text,
            ),
          );
      }
      o.sharedWith.forEach((id, j) => {
        const other = byId.get(id);
        if (!other) problems.push(message(e.file, `${field}.sharedWith.${j}`, 'no entity with this id', id));
        else if (!(owners.get(key) ?? []).some((n) => n.entity === other))
          problems.push(message(e.file, `${field}.sharedWith.${j}`, `${other.file} has no name “${o.name}”`, id));
      });
    });
  }
  return problems;
}
