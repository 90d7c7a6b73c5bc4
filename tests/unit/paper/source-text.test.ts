import { describe, expect, it } from 'vitest';
import { joinLines, normalizeForComparison, runningHeads, sentences, sourceLines } from '../../../src/lib/paper/source-text.ts';
import { readFileSync } from 'node:fs';

const source = readFileSync('content/source/000_a3d1c4cd33663190.txt', 'utf8');
const lines = (from: number, to: number) => sourceLines(source).filter((l) => l.n >= from && l.n <= to);

describe('joining the source lines', () => {
  it('removes a line-break hyphen inside a word', () => {
    expect(joinLines(lines(19, 20))).toContain('namely Kazakhstan, Kyrgyzstan');
  });
  it('keeps the hyphen of a compound broken at the line end', () => {
    expect(joinLines(lines(64, 65))).toContain('and other non-traditional security factors');
    expect(joinLines(lines(311, 312))).toContain('sub-committees, including economy');
  });
  it('removes the line-break hyphen but keeps the compound hyphen after it', () => {
    expect(joinLines(lines(303, 304))).toContain('China-Kazakhstan Cooperation Committee');
  });
  it('drops the space the extraction puts at the start of a page’s first line', () => {
    expect(joinLines(lines(289, 290))).toContain('Combating Terrorism, Separatism');
  });
});

describe('running heads', () => {
  it('are found with the page each prints', () => {
    expect(runningHeads(source)).toEqual([
      { line: 38, page: 24 },
      { line: 91, page: 25 },
      { line: 142, page: 26 },
    ]);
  });
});

describe('comparison rules', () => {
  it('normalise quotes and whitespace only', () => {
    expect(normalizeForComparison('China’s  “Belt\u00a0and Road”')).toBe('China\'s "Belt and Road"');
    expect(normalizeForComparison('rebuilt，and')).toBe('rebuilt，and');
  });
  it('split sentences after a full stop, keeping abbreviations as pieces', () => {
    expect(sentences('One. Two “three”. Four')).toEqual(['One.', 'Two "three".', 'Four']);
  });
});
