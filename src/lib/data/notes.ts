/**
 * Every consistency note of the site, computed, never written by hand: printed shares that
 * their own table's raw values do not reproduce, figures the text states that differ from the
 * table or figure cell stating the same quantity, and printed counts that differ from the
 * names listed after them.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Figure } from '../../schemas/entity.ts';
import type { KbEntity } from '../knowledge/entities.ts';
import { datasetChecks, inconsistencyNote, rowLabel } from './checks.ts';
import { parsePrintedNumber, printedDecimals } from './printed-number.ts';
import { countriesIn } from '../knowledge/relations.ts';
import { subCommitteeCheck } from '../knowledge/sub-committees.ts';
import { sitePath } from '../site/site-url.ts';

export interface DataNote {
  readonly kind: 'printed-share' | 'text-vs-data' | 'count-vs-names';
  /** Where the note is shown: a data set or an entity page, with the anchor of the value. */
  readonly where: { readonly href: string; readonly label: string };
  /** The paragraph or table the value stands in. */
  readonly paragraph: string;
  readonly text: string;
}

export interface TextFigureCheck {
  readonly textValue: number;
  readonly dataValue: number;
  readonly tolerance: number;
  readonly consistent: boolean;
}

/**
 * A figure stated in the text against a cell stating the same quantity. They agree when they
 * differ by no more than the rounding of the less precise of the two allows.
 */
export function compareTextFigure(textPrinted: string, cellPrinted: string, decimalComma = false): TextFigureCheck {
  const textValue = parsePrintedNumber(textPrinted);
  const dataValue = parsePrintedNumber(cellPrinted, decimalComma);
  const tolerance = 0.5 * 10 ** -Math.min(printedDecimals(textPrinted), printedDecimals(cellPrinted));
  return { textValue, dataValue, tolerance, consistent: Math.abs(textValue - dataValue) <= tolerance + 1e-9 };
}

export function dataNotes(datasets: readonly Dataset[], entities: readonly KbEntity[]): DataNote[] {
  const notes: DataNote[] = [];
  for (const d of datasets) {
    datasetChecks(d)
      .filter((c) => !c.consistent)
      .forEach((c, i) =>
        notes.push({
          kind: 'printed-share',
          where: { href: sitePath(`/data/${d.id}/#${d.id}-note-${i + 1}`), label: `${d.label}, row ${rowLabel(d, c)}` },
          paragraph: d.id,
          text: inconsistencyNote(c),
        }),
      );
  }
  for (const e of entities) {
    const figures: readonly Figure[] = e.data.figures;
    for (const f of figures) {
      if (!f.compare) continue;
      const d = datasets.find((x) => x.id === f.compare!.dataset);
      const column = d?.columns.findIndex((c) => c.key === f.compare!.column) ?? -1;
      const row = d?.rows.find((r) => r[0] === f.compare!.row);
      if (!d || column < 0 || !row)
        throw new Error(`${e.file}: figure "${f.measure}" compares with ${JSON.stringify(f.compare)}, which no table has`);
      const cell = row[column]!;
      const check = compareTextFigure(String(f.value), cell, d.decimalComma ?? false);
      if (check.consistent) continue;
      notes.push({
        kind: 'text-vs-data',
        where: { href: sitePath(`/${e.collection}/${e.id}/#figures`), label: `${e.data.name}: ${f.measure}` },
        paragraph: f.paragraph,
        text: `The text states ${f.value} ${f.unit} (${f.paragraph}: “${f.printed}”); ${d.label} prints ${cell} for the same quantity (row ${f.compare.row}, column “${d.columns[column]!.label}”). They differ by ${Math.abs(check.textValue - check.dataValue).toFixed(2)}, more than the ±${check.tolerance} that rounding allows; both are kept as printed.`,
      });
    }
  }
  for (const c of countriesIn(entities)) {
    for (const m of c.data.mechanisms) {
      const check = subCommitteeCheck(m.subCommitteeCount, m.subCommittees);
      if (check)
        notes.push({
          kind: 'count-vs-names',
          where: { href: sitePath(`/countries/${c.id}/#mechanisms`), label: `${c.data.name}: ${m.name}` },
          paragraph: m.paragraph,
          text: check.note,
        });
    }
  }
  return notes;
}
