import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartData, dataSetCsv, dataSetJson, printedDataSet, rowsOf, textDataSets } from '../../src/lib/data-sets.ts';
import { datasetSchema } from '../../src/schemas/dataset.ts';
import { entitiesOnDisk } from '../support/knowledge-on-disk.ts';
import { readFileSync } from 'node:fs';

const load = (id: string) => printedDataSet(datasetSchema.parse(JSON.parse(readFileSync(`content/data/${id}.json`, 'utf8'))));

describe('data sets', () => {
  it('chart the printed values, reading Figure 1’s decimal commas', () => {
    const figure = load('figure-1');
    const data = chartData(figure, figure.charts[0]!);
    expect(data.labels[0]).toBe('2011');
    expect(data.series[1]?.values[0]).toBe(31.4); // printed “31,4”
    expect(data.series[1]?.values.at(-1)).toBe(125.7); // printed “125,7”
  });

  it('leave the totals out of Table 1’s charts', () => {
    const table = load('table-1');
    expect(chartData(table, table.charts[0]!).labels).not.toContain('Total');
    expect(chartData(table, table.charts[0]!).labels).toHaveLength(10);
  });

  it('write CSV that a CSV parser reads back to the same cells, quoting decimal commas', () => {
    const figure = load('figure-1');
    const csv = dataSetCsv(figure);
    expect(csv).toContain('"31,4"');
    const parsed = Papa.parse<string[]>(csv.trim());
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.slice(1)).toEqual(figure.rows);
    expect(parsed.data[0]?.[3]).toBe('Total natural gas imports for the whole y (1 billion cubic meters)');
  });

  it('write JSON that parses back to the same columns and cells', () => {
    const table = load('table-3');
    const json = JSON.parse(dataSetJson(table));
    expect(json.rows).toEqual(table.rows);
    expect(json.columns.map((c: { key: string }) => c.key)).toEqual(['company', 'project', 'partner', 'method', 'content']);
    expect(json.source).toBe('Ministry of Commerce of China.');
  });

  it('gather the text’s trade figures for each Central Asian state, as stated in iii-3-01 … iii-3-05', () => {
    const trade = textDataSets(entitiesOnDisk()).find((d) => d.id === 'trade')!;
    // read off the source text, not the data files
    expect(trade.rows.map((r) => r.slice(0, 3))).toEqual([
      ['Kazakhstan', '13.1', '28.5'],
      ['Kyrgyzstan', '4.342', '5.376'],
      ['Tajikistan', '1.556', '2.517'],
      ['Turkmenistan', '5.902', '10.469'],
      ['Uzbekistan', '2.875', '4.551'],
    ]);
    expect(rowsOf(trade, 'Tajikistan').rows).toEqual([['Tajikistan', '1.556', '2.517', 'iii-3-03']]);
  });

  it('keep both statistics for an investment stock the paper gives twice', () => {
    const investment = textDataSets(entitiesOnDisk()).find((d) => d.id === 'investment')!;
    const kz = investment.rows.filter((r) => r[0] === 'Kazakhstan').map((r) => `${r[2]} ${r[3]} ${r[4]}`);
    expect(kz).toEqual(['Local statistics 3.51 billion US dollars', 'Chinese statistics 5.432 billion US dollars']);
  });
});
