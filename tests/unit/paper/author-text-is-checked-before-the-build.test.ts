/**
 * The check the build runs before rendering (src/lib/content/content-check.ts), on scratch copies
 * of content/ with one edit each: every kind of change to the author's words is found and named
 * by the MDX file and line, the paragraph (or the author's heading), the source line, and both
 * readings; a page marker moved by one word is found too. Expected values are read from the files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/content-check.ts';
import { formatProblem, type Problem } from '../../../src/lib/content/problem.ts';
import { contentCopy, type Edit } from '../../support/content-copy.ts';

const ENERGY = 'content/paper/iii-policy-tools/4-energy-cooperation.mdx';
const SOURCE = 'content/source/000_a3d1c4cd33663190.txt';
const lineOf = (file: string, words: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(words)) + 1;
const problemsAfter = (...edits: Edit[]): Problem[] => checkContent(contentCopy({ edits }));

describe('the author’s words, checked against the source before the build renders', () => {
  it('a word added inside a paragraph', () => {
    const [problem, ...rest] = problemsAfter({
      file: ENERGY,
      from: 'energy trade continues to increase',
      to: 'energy trade continues to steadily increase',
    });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: ENERGY, line: lineOf(ENERGY, '<P id="iii-4-02">'), field: 'paragraph iii-4-02' });
    expect(problem!.message).toContain(`(${SOURCE} line ${lineOf(SOURCE, 'energy trade continues to increase')})`);
    expect(problem!.message).toContain('the source reads “…energy trade continues to [] increase. Since 2000, Central…”');
    expect(problem!.message).toContain('the MDX reads “…energy trade continues to [steadily] increase. Since 2000, Central…”');
  });

  it('a sentence left out, which an entity quotes: both name the paragraph’s MDX as the place to change', () => {
    const problems = problemsAfter({ file: ENERGY, from: 'Turkmenistan ranks second. ', to: '' });
    const at = `${ENERGY}:${lineOf(ENERGY, '<P id="iii-4-03">')}, paragraph iii-4-03: `;
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${at}.*the source reads “…most engineering technology services\\. \\[Turkmenistan ranks second\\.\\] With the construction of…”, the MDX reads “…most engineering technology services\\. \\[\\] With`,
        ),
      ),
      `${at}the words content/countries/turkmenistan.yaml quotes (field "statements › item 5 › printed") stand in the source but not in this paragraph: the paragraph differs from the source; change it here, not the quotation (value: "Turkmenistan ranks second.")`,
    ]);
  });

  it('the author’s heading of a part changed', () => {
    const file = 'content/paper/ii-principles/index.mdx';
    const [problem] = problemsAfter({ file, from: 'The Main Principles of China’s Strategy', to: 'The Principles of China’s Strategy' });
    expect(problem).toMatchObject({ file, line: lineOf(file, 'title:'), field: 'the title' });
    expect(problem!.message).toContain('[Main]');
  });

  it('only the whitespace and quote styles the fidelity rules allow may differ', () => {
    expect(problemsAfter({ file: ENERGY, from: 'mainly pipeline transportation', to: 'mainly  pipeline\ttransportation' })).toEqual([]);
    expect(problemsAfter({ file: ENERGY, from: 'China’s oil and gas', to: "China's oil and gas" })).toEqual([]);
  });

  it('a page marker moved by one word: the MDX line and where page-starts.yaml puts the page', () => {
    const problems = problemsAfter({ file: ENERGY, from: 'direction<PageMarker n={35} /> for', to: 'direction for<PageMarker n={35} />' });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringContaining(
        `${ENERGY}:${lineOf(ENERGY, '<PageMarker n={35} />')}, page marker 35: the marker stands before “energy industry cooperation`,
      ),
    ]);
    expect(problems[0]!.message).toContain('content/page-starts.yaml (entry 13) puts the start of page 35 at');
  });
});
