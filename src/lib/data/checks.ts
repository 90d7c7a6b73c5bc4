/**
 * The checks a printed data set declares (a share against its part and whole), cell by cell, and
 * the visible note for a printed share that rounding cannot explain. The printed value is kept.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import { checkShare, parsePrintedNumber, printedDecimals, type ShareCheck } from './printed-number.ts';

export interface CellCheck extends ShareCheck {
  row: number;
  column: string;
  numeratorPrinted: string;
  denominatorPrinted: string;
}

/** Runs every check a data set declares, cell by cell. */
export function datasetChecks(dataset: Pick<Dataset, 'columns' | 'rows' | 'checks' | 'decimalComma'>): CellCheck[] {
  const index = (key: string) => dataset.columns.findIndex((c) => c.key === key);
  return (dataset.checks ?? []).flatMap((check) =>
    dataset.rows.flatMap((row, i) => {
      const cell = (key: string) => row[index(key)] ?? '';
      if (check.kind === 'share-of-total' && row[0] === check.totalRow) return [];
      const totalRow = check.kind === 'share-of-total' ? dataset.rows.find((r) => r[0] === check.totalRow) : undefined;
      const numeratorPrinted = cell(check.numerator);
      const denominatorPrinted = check.kind === 'share' ? cell(check.denominator) : (totalRow?.[index(check.numerator)] ?? '');
      const result = checkShare(
        cell(check.result),
        parsePrintedNumber(numeratorPrinted, dataset.decimalComma),
        parsePrintedNumber(denominatorPrinted, dataset.decimalComma),
        dataset.decimalComma,
      );
      return [{ ...result, row: i, column: check.result, numeratorPrinted, denominatorPrinted }];
    }),
  );
}

/** The visible note for a printed share that rounding cannot explain. */
export function inconsistencyNote(c: CellCheck): string {
  // two decimals more than printed, so that the reader sees which way the value rounds
  const digits = printedDecimals(c.printed) + 2;
  return `Printed ${c.printed}; recomputed 100 × ${c.numeratorPrinted} / ${c.denominatorPrinted} = ${c.recomputed.toFixed(digits)}. Rounding to the printed precision allows a difference of at most ${c.tolerance}; the printed value is kept.`;
}

/** The label of a checked cell's row: the nearest text or year column to the left of it (Table 1 pairs an oil and a gas country in one row). */
export function rowLabel(dataset: Pick<Dataset, 'columns' | 'rows'>, c: Pick<CellCheck, 'row' | 'column'>): string {
  const at = dataset.columns.findIndex((col) => col.key === c.column);
  const labelColumn = dataset.columns.slice(0, at).findLastIndex((col) => col.type !== 'number');
  return dataset.rows[c.row]?.[Math.max(0, labelColumn)] ?? '';
}
