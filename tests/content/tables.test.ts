/** The tables and the figure: every number equals the source, cell by cell, with captions and source lines. */
import { describe, expect, it } from 'vitest';
import { TABLE_LINE_RANGES, joinLines, normalizeForComparison, sourceLines } from '../../src/lib/paper/source-text.ts';
import { loadPage, source } from '../support/built-site.ts';

const PAGE = '/paper/iii-policy-tools/4-energy-cooperation/';
const region = (id: keyof typeof TABLE_LINE_RANGES) => {
  const [from, to] = TABLE_LINE_RANGES[id];
  return sourceLines(source()).filter((l) => l.n >= from && l.n <= to);
};
/** Numbers as the source prints them in the body rows (after the header), decimal commas read as decimals. */
const sourceNumbers = (id: keyof typeof TABLE_LINE_RANGES, firstRowLine: number, lastRowLine: number, decimalComma = false) =>
  region(id)
    .filter((l) => l.n >= firstRowLine && l.n <= lastRowLine)
    .flatMap((l) => l.text.match(/\d+(?:[.,]\d+)?%?/g) ?? [])
    .map((t) => Number((decimalComma ? t.replace(',', '.') : t).replace('%', '')));

function builtCells(id: string) {
  const $ = loadPage(PAGE);
  const table = $(`figure#${id}`);
  expect(table.length, `table ${id} on ${PAGE}`).toBe(1);
  const rows = table
    .find('tbody tr')
    .toArray()
    .map((tr) =>
      $(tr)
        .find('th, td')
        .toArray()
        .map((c) => normalizeForComparison($(c).find('.cell-value').text())),
    );
  return { $, table, rows };
}
const numbersOf = (rows: string[][]) => rows.flat().filter((c) => /^\d+(\.\d+)?%?$/.test(c)).map((c) => Number(c.replace('%', '')));

describe('tables as printed', () => {
  it('Table 1: every number of the source, in order', () => {
    const { rows, table } = builtCells('table-1');
    expect(numbersOf(rows)).toEqual(sourceNumbers('table-1', 508, 522));
    expect(rows.map((r) => r[0])).toContain('United Arab Emirates');
    expect(table.find('caption').text()).toContain('Table 1. Sources of China’s Oil and Gas import in 2014');
    expect(table.text()).toContain('China Customs Statistical Yearbook (2015).');
    expect(normalizeForComparison(table.find('thead').text())).toContain('Oil Imports (1 million tons)');
  });

  it('Table 2: every number of the source, in order, with the printed 2011 share kept and flagged', () => {
    const { rows, table } = builtCells('table-2');
    expect(numbersOf(rows)).toEqual(sourceNumbers('table-2', 552, 556));
    expect(rows[1]?.[9]).toBe('20');
    const notes = table.find('.data-note').toArray().map((n) => normalizeForComparison(table.find(n).text()));
    // 2011, C: printed 20 where the raw values give 1.96; 2012, C: printed 28.4 where they give 28.35 (rounds to 28.3)
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain("(row 2011, column \"Central Asian countries account for China's oil and gas exports\", C): Printed 20; recomputed 100 × 0.0303 / 1.5431 = 1.96");
    expect(notes[1]).toContain("(row 2012, column \"Central Asian countries account for China's oil and gas exports\", C): Printed 28.4; recomputed 100 × 0.1594 / 0.5623 = 28.348");
    expect(table.find('a.data-note-ref')).toHaveLength(2);
    expect(table.text()).toContain('Inferred, not printed');
    expect(table.text()).toContain('United Nations Conference on Trade and Development (UNCTAD) database.');
  });

  it('Figure 1: every number of the source, decimal commas read as decimals', () => {
    const { rows, table } = builtCells('figure-1');
    const expected = sourceNumbers('figure-1', 583, 590, true);
    expect(numbersOf(rows)).toEqual(expected);
    expect(rows[0]).toEqual(['2011', '14', '45%', '31.4']);
    expect(table.find('caption').text()).toContain('Figure 1. Volume and Proportion of Imported Natural Gas from “China-Central Asia Natural Gas Pipeline”');
    expect(table.find('.data-note')).toHaveLength(0);
  });

  it('Table 3: every cell is text of the source', () => {
    const { rows, table } = builtCells('table-3');
    const printed = normalizeForComparison(joinLines(region('table-3')));
    expect(rows).toHaveLength(4);
    for (const cell of rows.flat().filter((c) => c !== '')) expect(printed).toContain(cell);
    expect(rows[0]).toEqual([
      'Sinopec',
      'Petrochemical complex plant and infrastructure project (2013)',
      'KPI Corporation',
      'contractor',
      'Construction of 500,000 tons / year propane dehydrogenation unit (PDH) and polypropylene unit (PP)',
    ]);
    expect(table.text()).toContain('Ministry of Commerce of China.');
  });
});
