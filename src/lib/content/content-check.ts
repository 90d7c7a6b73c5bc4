/**
 * Every check of the content folder in one pass, before anything is rendered: each file against
 * its schema, the paper's words against the source, the page starts against the source and the
 * page markers, ids unique across the paper, and the knowledge base's references and quotations.
 * Reads the files itself (with the same readers and schemas the collections use), so that the
 * build, `npm run check:content` and `npm run dev` report every problem at once, one line each,
 * in seconds. `root` is the project folder; problems name files relative to it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { checkContentFile, readContentFile, type ContentFile } from './yaml-file.ts';
import { ContentProblems, fieldPath, sortProblems, type Problem } from './problem.ts';
import { PAPER_META_FILE, EDITION_FILE } from './meta-files.ts';
import { datasetSchema, type Dataset } from '../../schemas/dataset.ts';
import { paperPageSchema, type PaperPage } from '../../schemas/paper-page.ts';
import { editionSchema, paperMetaSchema } from '../../schemas/paper-meta.ts';
import { ENTITY_ID } from '../../schemas/entity.ts';
import { ENTITY_COLLECTIONS, ENTITY_KINDS } from '../knowledge/kinds.ts';
import type { KbEntity } from '../knowledge/entities.ts';
import { checkKnowledgeBase, type CheckedBlock } from '../knowledge/integrity.ts';
import { datasetText } from '../data/text.ts';
import { compareReadingOrder } from '../paper/outline.ts';
import { tokenize } from '../paper/model.ts';
import { SOURCE_FILE, proseBlocks, proseWords, sourceLines } from '../paper/source-text.ts';
import { authorTextProblems, paperWords, type PaperFileText } from '../paper/author-text.ts';
import { pageStartProblems } from '../paper/page-start-checks.ts';
import { PAGE_STARTS_FILE, readPageStartEntries } from './page-starts-file.ts';
import { articleMeta } from '../paper/article-meta.ts';
import { archiveProblems, archivedVersions, readPublishedAddresses } from '../editions/archive.ts';
import { MOVES_FILE, moveProblems, movesSchema } from '../editions/moves-file.ts';

/** An entity's id, which is its file's name ("content/countries/kazakhstan.yaml" → "kazakhstan"), or what is wrong with the name. */
export function entityFileId(file: string): { id: string } | { problem: Problem } {
  const id = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1).replace(/\.yaml$/, '');
  return ENTITY_ID.test(id) ? { id } : { problem: { file, message: `the file name "${id}" is not a valid entity id (lower case, words joined by "-")` } };
}

/** The content as read from disk: what the checks and the tests that need the content without a build use. */
export interface ContentOnDisk {
  readonly entities: KbEntity[];
  readonly datasets: { id: string; file: string; data: Dataset }[];
  /** The paper's pages in reading order. */
  readonly paperFiles: (PaperFileText & { paper: PaperPage })[];
  /** Paragraphs (with their text, file and line) and tables (with their words). */
  readonly blocks: CheckedBlock[];
}

/** Reads files, recording each file's problems and keeping the rest. */
class Reader {
  readonly problems: Problem[] = [];
  private readonly files = new Map<string, ContentFile>();
  private readonly root: string;
  constructor(root: string) {
    this.root = root;
  }

  path = (file: string) => join(this.root, file);
  text = (file: string) => readFileSync(this.path(file), 'utf8');
  /** Project-relative paths of the files in `dir` ending in `ext`, sorted; with `deep`, in its folders too. */
  list(dir: string, ext: string, deep = false): string[] {
    if (!existsSync(this.path(dir))) return [];
    return readdirSync(this.path(dir))
      .flatMap((name) => {
        const file = `${dir}/${name}`;
        if (deep && statSync(this.path(file)).isDirectory()) return this.list(file, ext, true);
        return name.endsWith(ext) ? [file] : [];
      })
      .sort();
  }

  /** Reads `text` (as `file`, from `firstLine`) and validates it; the data, or undefined with its problems recorded. */
  checked<S extends z.ZodType>(file: string, schema: S, text = this.text(file), firstLine = 1): z.output<S> | undefined {
    const read = readContentFile(text, file);
    if (Array.isArray(read)) {
      this.problems.push(...read.map((p) => ({ ...p, line: (p.line ?? 1) + firstLine - 1 })));
      return undefined;
    }
    const shifted: ContentFile = { ...read, lineOf: (path) => (read.lineOf(path) ?? 1) + firstLine - 1 };
    this.files.set(file, shifted);
    const result = checkContentFile(shifted, schema);
    if ('problems' in result) {
      this.problems.push(...result.problems);
      return undefined;
    }
    return result.data;
  }

  /** The data of a file read here as it stands in the file, valid or not. */
  rawOf = (file: string): unknown => this.files.get(file)?.data;

  /** The line of a field in a file read here, for problems found after reading (references, quotations). */
  lineOf(problem: Problem): Problem {
    if (problem.line !== undefined || problem.field === undefined) return problem;
    const file = this.files.get(problem.file);
    const path = fieldPath(problem.field);
    return file && path ? { ...problem, line: file.lineOf(path) } : problem;
  }
}

function* stringsIn(data: unknown): Generator<string> {
  if (typeof data === 'string') yield data;
  else if (data !== null && typeof data === 'object') for (const value of Object.values(data)) yield* stringsIn(value);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
/** The frontmatter fields the check reads: `paper` is this edition's (src/content.config.ts); Starlight checks its own fields when the site is built. */
const docFrontmatterFile = z.looseObject({ title: z.string().optional(), paper: paperPageSchema.optional() });

/** Reads the content under `root`; `problems` lists everything wrong in it, `content` what could be read. */
export function readContent(root = '.'): { content: ContentOnDisk; problems: Problem[]; reader: Reader } {
  const reader = new Reader(root);

  const entities: KbEntity[] = [];
  for (const collection of ENTITY_COLLECTIONS) {
    for (const file of reader.list(`content/${collection}`, '.yaml')) {
      const named = entityFileId(file);
      if ('problem' in named) {
        reader.problems.push(named.problem);
        continue;
      }
      const data = reader.checked(file, ENTITY_KINDS[collection].schema);
      // The kind's schema checked the data: it is this kind's (TypeScript cannot follow the loop's `collection` into the union).
      if (data !== undefined) entities.push({ collection, id: named.id, file, data } as KbEntity);
    }
  }

  const dataFiles = reader.list('content/data', '.json');
  const datasets = dataFiles.flatMap((file) => {
    const data = reader.checked(file, datasetSchema);
    return data === undefined ? [] : [{ id: file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, ''), file, data }];
  });
  // A data file its schema refuses still holds its words, so that quotations from it are not reported twice.
  const dataWords = (file: string) => [...stringsIn(reader.rawOf(file))].join(' | ');

  const paperFiles = reader
    .list('content/paper', '.mdx', true)
    .flatMap((file) => {
      const text = reader.text(file);
      const head = FRONTMATTER.exec(text)?.[1] ?? '';
      const front = reader.checked(file, docFrontmatterFile, head, 2);
      const paper = front?.paper;
      if (!paper) return [];
      const titleLine = head.split('\n').findIndex((l) => /^title:/.test(l)) + 2;
      return [{ file, text, paper, authorTitle: paper.editorialTitle || !front.title ? undefined : { text: front.title, line: titleLine } }];
    })
    .sort((a, b) => compareReadingOrder(a.paper, b.paper));

  const blocks: CheckedBlock[] = [];
  const firstUse = new Map<string, { file: string; line: number }>();
  const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
  for (const page of paperFiles) {
    for (const token of tokenize([{ pageId: page.file, body: page.text }])) {
      if (token.kind === 'page') continue;
      const line = lineAt(page.text, token.at);
      const other = firstUse.get(token.id);
      if (other) {
        reader.problems.push({
          file: page.file,
          line,
          field: `${token.kind} ${token.id}`,
          message: `the id is already used at ${other.file}:${other.line}; give this ${token.kind} a new id (citations point at ids)`,
        });
        continue;
      }
      firstUse.set(token.id, { file: page.file, line });
      if (token.kind === 'paragraph') blocks.push({ id: token.id, text: token.text, file: page.file, line });
      else {
        const set = datasets.find((d) => d.id === token.id);
        const file = `content/data/${token.id}.json`;
        if (set) blocks.push({ id: token.id, text: datasetText(set.data) });
        else if (dataFiles.includes(file)) blocks.push({ id: token.id, text: dataWords(file) });
        else reader.problems.push({ file: page.file, line, field: `table ${token.id}`, message: `no data file ${file}` });
      }
    }
  }
  return { content: { entities, datasets, paperFiles, blocks }, problems: reader.problems, reader };
}

/** Every problem in the content under `root`, sorted by file and line. */
export function checkContent(root = '.'): Problem[] {
  const { content, problems, reader } = readContent(root);
  const source = readFileSync(join(root, SOURCE_FILE), 'utf8');
  const sourceWords = proseWords(source);

  const { words, markers } = paperWords(content.paperFiles);
  const textProblems = authorTextProblems(sourceWords, words, SOURCE_FILE);
  problems.push(...textProblems);

  const meta = reader.checked(PAPER_META_FILE, paperMetaSchema);
  reader.checked(EDITION_FILE, editionSchema);

  const pageStarts = readPageStartEntries(reader.text(PAGE_STARTS_FILE));
  problems.push(...pageStarts.problems);
  const entries = pageStarts.entries;
  if (entries) {
    problems.push(
      ...pageStartProblems({
        file: PAGE_STARTS_FILE,
        sourceFile: SOURCE_FILE,
        entries,
        firstPage: meta?.firstPage ?? Math.min(...entries.map((e) => e.start.page)),
        lines: sourceLines(source),
        sourceWords,
        markers,
        paperWords: words,
        wordsMatch: textProblems.length === 0,
      }),
    );
    if (meta) {
      try {
        articleMeta(meta, entries.map((e) => e.start), (id) => content.blocks.find((b) => b.id === id && b.file)?.text, PAPER_META_FILE);
      } catch (e) {
        if (!(e instanceof ContentProblems)) throw e;
        problems.push(...e.problems);
      }
    }
  }

  problems.push(...checkKnowledgeBase(content.entities, content.blocks, proseBlocks(source).join(' ')));
  const archiveTrouble = archiveProblems(root);
  problems.push(...archiveTrouble);
  if (existsSync(join(root, MOVES_FILE))) {
    const moves = reader.checked(MOVES_FILE, movesSchema);
    if (moves && archiveTrouble.length === 0) problems.push(...moveProblems(moves, archivedVersions(root).map((v) => readPublishedAddresses(v, root))));
  }
  return sortProblems(problems.map((p) => reader.lineOf(p)));
}
