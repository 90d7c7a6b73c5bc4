import type { Dataset } from '../schemas/dataset.ts';
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
    dataset.rows.map((row, i) => {
      const cell = (key: string) => row[index(key)] ?? '';
      const numeratorPrinted = cell(check.numerator);
      const denominatorPrinted = cell(check.denominator);
      const result = checkShare(
        cell(check.result),
        parsePrintedNumber(numeratorPrinted, dataset.decimalComma),
        parsePrintedNumber(denominatorPrinted, dataset.decimalComma),
        dataset.decimalComma,
      );
      return { ...result, row: i, column: check.result, numeratorPrinted, denominatorPrinted };
    }),
  );
}

/** The visible note for a printed share that rounding cannot explain. */
export function inconsistencyNote(c: CellCheck): string {
  // two decimals more than printed, so that the reader sees which way the value rounds
  const digits = printedDecimals(c.printed) + 2;
  return `Printed ${c.printed}; recomputed 100 × ${c.numeratorPrinted} / ${c.denominatorPrinted} = ${c.recomputed.toFixed(digits)}. Rounding to the printed precision allows a difference of at most ${c.tolerance}; the printed value is kept.`;
}
