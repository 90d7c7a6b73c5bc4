import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartData, printedDataSet, rowsOf } from '../../../src/lib/data/data-set.ts';
import { textDataSets } from '../../../src/lib/data/text-data-sets.ts';
import { dataSetCsv, dataSetJson, dataSetPrintedCsv } from '../../../src/lib/data/data-set-files.ts';
import { datasetSchema } from '../../../src/schemas/dataset.ts';
import { readContent } from '../../../src/lib/content/content-check.ts';
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

  it('write CSV for tools: field names, then Figure 1’s printed “21,5”, “45%” and “31,4” as 21.5, 45 and 31.4', () => {
    const figure = load('figure-1');
    const parsed = Papa.parse<Record<string, unknown>>(dataSetCsv(figure).trim(), { header: true, dynamicTyping: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['year', 'pipeline_imports', 'share_pct', 'total_imports']);
    // read off the source text: "2011 14 45% 31,4" and "2012 21,5 51% 42,5"
    expect(parsed.data.slice(0, 2)).toEqual([
      { year: 2011, pipeline_imports: 14, share_pct: 45, total_imports: 31.4 },
      { year: 2012, pipeline_imports: 21.5, share_pct: 51, total_imports: 42.5 },
    ]);
  });

  it('keep the cells as printed in the printed CSV, under the printed labels', () => {
    const figure = load('figure-1');
    const parsed = Papa.parse<string[]>(dataSetPrintedCsv(figure).trim());
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]).toEqual(['2011', '14', '45%', '31,4']);
    expect(parsed.data[0]?.[3]).toBe('Total natural gas imports for the whole y (1 billion cubic meters)');
  });

  it('leave a cell the paper does not fill empty in the CSV and null in the JSON', () => {
    const table = load('table-3');
    const at = table.rows.findIndex((r) => r[2] === '');
    expect(at).toBeGreaterThanOrEqual(0);
    const csv = Papa.parse<Record<string, string>>(dataSetCsv(table).trim(), { header: true });
    expect(csv.data[at]?.['partner']).toBe('');
    expect(JSON.parse(dataSetJson(table)).rows[at].partner).toEqual({ value: null, printed: '' });
  });

  it('write JSON with each cell’s value and the value as printed, under the field names', () => {
    const figure = load('figure-1');
    const json = JSON.parse(dataSetJson(figure));
    expect(json.fields.map((f: { name: string }) => f.name)).toEqual(['year', 'pipeline_imports', 'share_pct', 'total_imports']);
    expect(json.rows[1]).toEqual({
      year: { value: 2012, printed: '2012' },
      pipeline_imports: { value: 21.5, printed: '21,5' },
      share_pct: { value: 51, printed: '51%' },
      total_imports: { value: 42.5, printed: '42,5' },
    });
    expect(json.source).toBe('The author draws it according to the Customs data of the People’s Republic of China.');
  });

  it('gather the text’s trade figures for each Central Asian state, as stated in iii-3-01 … iii-3-05', () => {
    const trade = textDataSets(readContent().content.entities).find((d) => d.id === 'trade')!;
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
    const investment = textDataSets(readContent().content.entities).find((d) => d.id === 'investment')!;
    const kz = investment.rows.filter((r) => r[0] === 'Kazakhstan').map((r) => `${r[2]} ${r[3]} ${r[4]}`);
    expect(kz).toEqual(['Local statistics 3.51 billion US dollars', 'Chinese statistics 5.432 billion US dollars']);
  });
});
