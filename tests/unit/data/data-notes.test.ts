import { describe, expect, it } from 'vitest';
import { compareTextFigure, dataNotes } from '../../../src/lib/data/notes.ts';
import { readContent } from '../../../src/lib/content/content-check.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { datasetSchema } from '../../../src/schemas/dataset.ts';

describe('a figure stated in the text against a table cell', () => {
  it('agrees within the rounding of the less precise value', () => {
    expect(compareTextFigure('1.85', '1.85').consistent).toBe(true);
    expect(compareTextFigure('48', '48.4').consistent).toBe(true); // ±0.5
    expect(compareTextFigure('48', '48.5').consistent).toBe(true); // the boundary
    expect(compareTextFigure('48', '48.51').consistent).toBe(false);
    expect(compareTextFigure('87.36', '49%')).toMatchObject({ textValue: 87.36, dataValue: 49, tolerance: 0.5, consistent: false });
  });
  it('reads a decimal comma where the table prints one', () => {
    expect(compareTextFigure('31.4', '31,4', true).consistent).toBe(true);
  });
});

describe('the data notes of this paper', () => {
  const datasets = readdirSync('content/data').map((f) => datasetSchema.parse(JSON.parse(readFileSync(`content/data/${f}`, 'utf8'))));
  const notes = dataNotes(datasets, readContent().content.entities);

  // Expected from reading the source: Table 1's printed shares against 100 × imports / the printed total
  // (308.39 million tons of oil, 57.63 billion cubic meters of gas) differ beyond rounding for Iraq
  // (9.27 vs 9.255), Africa (22.06 vs 21.09), Turkmenistan (43.7 vs 44.23), Qatar (15.7 vs 15.89),
  // Myanmar (5.1 vs 5.19) and Australia (8.9 vs 8.99);
  // Table 2 prints 20 and 28.4 where its raw values give 1.96 and 28.348;
  // iii-4-02 states 87.36 % where Figure 1 prints 49% for 2015; iii-2-03 prints “7 sub-committees” and
  // names eight; iii-2-06 prints “four sub-committees” and names five.
  it('flags six Table 1 shares, two Table 2 shares, the 2015 gas share, and the two sub-committee counts, and nothing else', () => {
    expect(notes.filter((n) => n.paragraph === 'table-1').map((n) => n.where.label)).toEqual([
      'Table 1, row Iraq',
      'Table 1, row Africa',
      'Table 1, row Turkmenistan',
      'Table 1, row Qatar',
      'Table 1, row Myanmar',
      'Table 1, row Australia',
    ]);
    expect(notes.filter((n) => n.paragraph !== 'table-1').map((n) => `${n.kind} ${n.paragraph}`)).toEqual([
      'printed-share table-2',
      'printed-share table-2',
      'text-vs-data iii-4-02',
      'count-vs-names iii-2-06',
      'count-vs-names iii-2-03',
    ]);
    const rest = notes.filter((n) => n.paragraph !== 'table-1');
    expect(rest[0]?.text).toContain('Printed 20; recomputed 100 × 0.0303 / 1.5431 = 1.96');
    expect(rest[1]?.text).toContain('Printed 28.4; recomputed 100 × 0.1594 / 0.5623 = 28.348');
    expect(rest[2]?.text).toContain('Figure 1 prints 49%');
    expect(notes.find((n) => n.where.label === 'Table 1, row Africa')?.text).toContain(
      'Printed 22.06; recomputed 100 × 65.04 / 308.39 = 21.0902',
    );
  });

  it('does not flag the oil share the text and Table 1 both give as 1.85', () => {
    expect(notes.some((n) => n.text.includes('1.85'))).toBe(false);
  });
});
