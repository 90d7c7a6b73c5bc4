/**
 * Every data set of the site in one shape: the paper's printed tables and figure (from
 * content/data) and the figures its text states (text-data-sets.ts). The table, the chart, the CSV
 * and the JSON (data-set-files.ts) are views of this one object.
 */
import { groupOf, type ChartSpec, type Dataset } from '../../schemas/dataset.ts';
import { parsePrintedNumber } from './printed-number.ts';

export interface DataColumn {
  readonly key: string;
  /** The field's name in the CSV, the JSON and the Table Schema ("pipeline_imports"). */
  readonly field: string;
  /** The label as printed (as far as printed, if the source cuts it off), or as this edition names a text data column. */
  readonly label: string;
  /** This edition's completion of a cut-off printed label, and what it is taken from. */
  readonly completed?: { readonly label: string; readonly basis: string } | undefined;
  /** A printed column group's label ("Central Asian oil and gas exports"), where the header has groups. */
  readonly group?: string | undefined;
  /** The source prints no label for the column: its label is this edition's (Table 2's "A", "B", "C"). */
  readonly labelEditorial?: boolean | undefined;
  readonly unit?: string | undefined;
  readonly type: 'text' | 'number' | 'integer' | 'year';
}

export interface DataSet {
  readonly id: string;
  readonly title: string;
  /** "Table 1" for a printed table; "Text data" for figures the text states. */
  readonly label: string;
  readonly origin: 'printed' | 'text';
  /** The source line as printed, or where in the text the figures stand. */
  readonly source: string;
  readonly paragraphs: readonly string[];
  readonly columns: readonly DataColumn[];
  /** The fields whose values name a row once. */
  readonly primaryKey: readonly string[];
  /** Cells as printed (printed tables) or as the text states them (text data). */
  readonly rows: readonly (readonly string[])[];
  readonly decimalComma: boolean;
  readonly charts: readonly ChartSpec[];
  readonly noChart?: string | undefined;
  readonly notes: readonly string[];
}

export function printedDataSet(d: Dataset): DataSet {
  return {
    id: d.id,
    title: d.caption,
    label: d.label,
    origin: 'printed',
    source: d.source,
    paragraphs: d.paragraphs,
    columns: d.columns.map(({ key, field, label, labelEditorial, completed, unit, type }, i) => {
      const group = groupOf(d.columnGroups, i);
      return { key, field, label, labelEditorial, completed, group: group?.label, unit: unit ?? group?.unit, type };
    }),
    primaryKey: d.primaryKey,
    rows: d.rows,
    decimalComma: d.decimalComma ?? false,
    charts: d.charts,
    noChart: d.noChart,
    notes: d.notes,
  };
}

/** The chart's labels and numbers, from the printed cells. */
export function chartData(set: DataSet, spec: ChartSpec) {
  const col = (key: string) => set.columns.findIndex((c) => c.key === key);
  const rows = set.rows.filter((r) => !spec.excludeRows.includes(r[0] ?? ''));
  return {
    labels: rows.map((r) => r[col(spec.labels)] ?? ''),
    series: spec.series.map((s) => ({
      label: s.label,
      values: rows.map((r) => parsePrintedNumber(r[col(s.column)] ?? '', set.decimalComma)),
    })),
  };
}

/** A cell as data: a number for a numeric field (the printed "21,5" is 21.5, "45%" is 45), text for a text field, null where the paper gives no value. */
export function cellValue(set: DataSet, column: DataColumn, printed: string): number | string | null {
  if (printed.trim() === '') return null;
  if (column.type === 'text') return printed;
  return parsePrintedNumber(printed, set.decimalComma);
}

/** The rows as data, one value per field. */
export const dataRows = (set: DataSet) => set.rows.map((row) => set.columns.map((c, i) => cellValue(set, c, row[i] ?? '')));

/** The same data set keeping only the rows whose first cell is `first` (one country's trade, say). */
export function rowsOf(set: DataSet, first: string): DataSet {
  return { ...set, id: `${set.id}-${first.toLowerCase().replace(/\W+/g, '-')}`, rows: set.rows.filter((r) => r[0] === first) };
}
