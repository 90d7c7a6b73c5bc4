/**
 * The real build, not only the checking functions: a copy of the project with an editor's mistake
 * must fail `astro build` before anything is rendered, printing every problem on its own line with
 * the file (and line) to change, the paragraph, entry or field (list items counted from 1) and
 * the value, and no stack trace. The mistakes are the ones an editor makes (issue 30): a changed
 * word of the author, page starts out of order, three bad files at once, a changed quoted word,
 * an id used twice; and a bad DOI, data value and edition history (fixtures under tests/fixtures/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildCopy } from '../support/build-copy.ts';
import { fixtureFiles, type Edit } from '../support/content-copy.ts';

/** What the build printed, as a reader sees it: without the terminal's colour codes (CI=true turns them on). */
const printed = (build: { stdout: string; stderr: string }) => stripVTControlCharacters(`${build.stdout}${build.stderr}`);

/** The 1-based line of `file` that holds `words`, read here from the file itself. */
const lineOf = (file: string, words: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(words)) + 1;

const ENERGY = 'content/paper/iii-policy-tools/4-energy-cooperation.mdx';

/** Builds the project with `edits` or `files`; asserts that it stopped before rendering, without a stack trace; returns its log. */
function failedBuild(change: { edits?: Edit[]; files?: Record<string, string> }): string {
  const { dir, build } = buildCopy(change);
  const log = printed(build);
  expect(build.status, log).not.toBe(0);
  expect(existsSync(join(dir, 'dist')), 'nothing is built').toBe(false);
  expect(log).not.toMatch(/^\s+at /m);
  expect(log).not.toMatch(/Stack trace|Location:/);
  return log;
}

describe('an editor’s mistake stops astro build before it renders anything', () => {
  it('one word of the author changed: the MDX file, its line, the paragraph, the source line, and both readings', () => {
    const log = failedBuild({ edits: [{ file: ENERGY, from: 'mainly pipeline transportation', to: 'mainly pipelines transportation' }] });
    expect(log).toContain(
      `${ENERGY}:${lineOf(ENERGY, '<P id="iii-4-02">')}, paragraph iii-4-02: the author's words differ from the source ` +
        `(content/source/000_a3d1c4cd33663190.txt line ${lineOf('content/source/000_a3d1c4cd33663190.txt', '“mainly pipeline transportation')}): ` +
        'the source reads “…supply mode of “mainly [pipeline] transportation, supplemented by road…”, ' +
        'the MDX reads “…supply mode of “mainly [pipelines] transportation, supplemented by road…”',
    );
  });

  it('page 31 set to begin before page 30: content/page-starts.yaml, the entry, and the markers that no longer stand where their pages begin', () => {
    const log = failedBuild({
      edits: [
        { file: 'content/page-starts.yaml', from: '- page: 30\n', to: '- page: THIRTY\n' },
        { file: 'content/page-starts.yaml', from: '- page: 31\n', to: '- page: 30\n' },
        { file: 'content/page-starts.yaml', from: '- page: THIRTY\n', to: '- page: 31\n' },
      ],
    });
    const entry31 = lineOf('content/page-starts.yaml', 'sourceLine: 340') - 2;
    expect(log).toContain(
      `content/page-starts.yaml:${entry31}, entry 8 (page 31), field "sourceLine": page 31 would begin at or before page 30 (source line 389, entry 9): pages begin in source order (value: 340)`,
    );
    expect(log).toContain(
      `content/paper/iii-policy-tools/2-good-neighborly-relations.mdx:${lineOf('content/paper/iii-policy-tools/2-good-neighborly-relations.mdx', '<PageMarker n={30} />')}, page marker 30: the marker stands before “in 2010. The meeting is held…”`,
    );
  });

  it('a bad date, a missing field and an unknown reference in three files: all three, one line each, fields counted from 1', () => {
    const log = failedBuild({
      edits: [
        { file: 'content/agreements/border-supplementary-agreement-2002.yaml', from: 'date: 2002-05\n', to: 'date: 2002-13-45\n' },
        { file: 'content/countries/japan.yaml', from: 'role: external-power\n', to: '' },
        { file: 'content/agreements/sino-kyrgyz-border-agreement.yaml', from: 'parties: [china, kyrgyzstan]', to: 'parties: [china, kirgizia]' },
      ],
    });
    const lines = log.split('\n');
    expect(lines).toContain(
      `content/agreements/border-supplementary-agreement-2002.yaml:${lineOf('content/agreements/border-supplementary-agreement-2002.yaml', 'date: 2002-05')}, field "date": month 13 does not exist (value: "2002-13-45")`,
    );
    expect(lines.find((l) => l.startsWith('content/countries/japan.yaml:'))).toMatch(/^content\/countries\/japan\.yaml:\d+, field "role": .*\(value: missing\)$/);
    expect(lines).toContain(
      'content/agreements/sino-kyrgyz-border-agreement.yaml:4, field "parties › item 2": no entity with this id in content/countries/ or content/organisations/ (value: "kirgizia")',
    );
    expect(log).toContain('3 problems in the content');
  });

  it('a quoted word changed in the paper: the MDX paragraph is named as the place to change, not the quotation’s file', () => {
    const log = failedBuild({ edits: [{ file: ENERGY, from: 'an important symbol of the construction', to: 'an important sign of the construction' }] });
    const line = lineOf(ENERGY, '<P id="iii-4-05">');
    expect(log).toContain(
      `${ENERGY}:${line}, paragraph iii-4-05: the words content/projects/china-kazakhstan-oil-pipeline.yaml quotes (field "statements › item 1 › printed") stand in the source but not in this paragraph: the paragraph differs from the source; change it here, not the quotation`,
    );
    expect(log).not.toMatch(/^content\/projects\/china-kazakhstan-oil-pipeline\.yaml/m);
  });

  it('a paragraph id used twice: both files and lines', () => {
    const log = failedBuild({ edits: [{ file: ENERGY, from: '<P id="iii-4-03">', to: '<P id="iii-4-02">' }] });
    expect(log).toContain(
      `${ENERGY}:${lineOf(ENERGY, '<P id="iii-4-03">')}, paragraph iii-4-02: the id is already used at ${ENERGY}:${lineOf(ENERGY, '<P id="iii-4-02">')}`,
    );
  });

  it.each(['kb-unknown-reference', 'meta-bad-doi', 'dataset-not-a-number', 'meta-edition-history-out-of-order'])(
    'fixture %s: every line of its expected.txt',
    (name) => {
      const fixture = join('tests/fixtures', name);
      const log = failedBuild({ files: fixtureFiles(fixture) });
      for (const line of readFileSync(join(fixture, 'expected.txt'), 'utf8').trim().split('\n')) expect(log).toContain(line);
    },
  );
});
