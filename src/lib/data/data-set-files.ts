/**
 * A data set's downloads: the CSV for tools, the CSV as printed, and the JSON with each cell's
 * value and printed form; and their sizes for the download links.
 */
import Papa from 'papaparse';
import { dataRows, type DataColumn, type DataSet } from './data-set.ts';

/** CSV that any parser loads with its defaults: a header of field names, then numbers as plain decimals with a point, empty where there is no value. */
export function dataSetCsv(set: DataSet): string {
  const data = dataRows(set).map((row) => row.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : v)));
  return Papa.unparse({ fields: set.columns.map((c) => c.field), data }, { newline: '\n' }) + '\n';
}

/** The label a reader sees over a column, with its group and unit: "Proportion (%)". */
const printedHeader = (c: DataColumn) => `${c.group ? `${c.group}: ` : ''}${c.label}${c.unit ? ` (${c.unit})` : ''}`;

/** The printed CSV (/data/<id>.printed.csv): a header of the labels as printed (with group and unit), then the cells exactly as printed. */
export function dataSetPrintedCsv(set: DataSet): string {
  return Papa.unparse({ fields: set.columns.map(printedHeader), data: set.rows.map((r) => [...r]) }, { newline: '\n' }) + '\n';
}

/** The sizes of the downloads in UTF-8 bytes, formatted for reading ("1,234"). */
export function downloadSizes(set: DataSet): { csv: string; printedCsv: string; json: string } {
  const bytes = (text: string) => new TextEncoder().encode(text).length.toLocaleString('en-US');
  return { csv: bytes(dataSetCsv(set)), printedCsv: bytes(dataSetPrintedCsv(set)), json: bytes(dataSetJson(set)) };
}

/** JSON: the data set's fields, its rows with each cell's value and the value as printed, source, paragraphs and notes. */
export function dataSetJson(set: DataSet): string {
  const { id, title, label, origin, source, paragraphs, primaryKey, decimalComma, notes } = set;
  const fields = set.columns.map(({ key, field, label, completed, group, unit, type }) => ({
    name: field,
    key,
    label,
    ...(completed && { completed }),
    ...(group && { group }),
    ...(unit && { unit }),
    type,
  }));
  const values = dataRows(set);
  const rows = set.rows.map((row, r) =>
    Object.fromEntries(set.columns.map((c, i) => [c.field, { value: values[r]![i], printed: row[i] ?? '' }])),
  );
  return JSON.stringify({ id, title, label, origin, source, paragraphs, decimalComma, fields, primaryKey, rows, notes }, null, 2) + '\n';
}
