import { z } from 'astro/zod';
import { parsePrintedNumber } from '../lib/data/printed-number.ts';
import { duplicateKeys } from '../lib/data/duplicate-keys.ts';

const column = z
  .object({
    /** Stable key of the column, used by checks and charts. */
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
    /** The field's name in the CSV, the JSON and the Table Schema: short, stable, snake_case ("pipeline_imports"). */
    field: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a field name is lower-case letters, digits and "_", starting with a letter'),
    /** The column label as printed (or as far as printed, when `truncated`). */
    label: z.string().min(1),
    /** The label is this edition's, not printed. */
    labelEditorial: z.boolean().optional(),
    /** The printed label is cut off in the source text. */
    truncated: z.boolean().optional(),
    /** This edition's completion of a cut-off label, and what in the paper it is taken from. */
    completed: z
      .object({ label: z.string().min(1), basis: z.string().min(1) })
      .strict()
      .optional(),
    /** Unit as printed, e.g. "1 million tons", "%". */
    unit: z.string().optional(),
    type: z.enum(['text', 'number', 'integer', 'year']),
  })
  .strict();

/** A chart of some of a data set's columns (the table stays the full view). */
export const chartSpecSchema = z
  .object({
    /** What the chart shows, in this edition's words. */
    title: z.string().min(1),
    type: z.enum(['bar', 'line']),
    /** The column whose cells label the x axis (or the y axis of a horizontal bar chart). */
    labels: z.string(),
    series: z.array(z.object({ column: z.string(), label: z.string().min(1) }).strict()).min(1),
    /** The unit of the value axis. */
    unit: z.string().min(1),
    /** Rows left out of the chart, by their first cell (totals). */
    excludeRows: z.array(z.string()).default([]),
    horizontal: z.boolean().default(false),
  })
  .strict();

export type ChartSpec = z.infer<typeof chartSpecSchema>;

/** A table or figure of the paper, with its cells exactly as printed. */
export const datasetSchema = z
  .object({
    id: z.string().regex(/^(table|figure)-\d+$/),
    /** "Table 1", "Figure 1". */
    label: z.string(),
    kind: z.enum(['table', 'figure']),
    /** Caption as printed, without the label. */
    caption: z.string().min(1),
    /** The source line as printed after "Source:". */
    source: z.string().min(1),
    /** Lines of content/source/… where the table stands (1-based, inclusive). */
    sourceLines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
    /** Paragraph ids of the text that discusses the table. */
    paragraphs: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    /** Printed numbers use decimal commas ("31,4"). */
    decimalComma: z.boolean().optional(),
    /** Printed labels of the row-header column of a two-row header. */
    rowHeader: z.object({ label: z.string(), secondLabel: z.string() }).strict().optional(),
    /** Printed column groups spanning several columns (first column excluded). */
    columnGroups: z
      .array(z.object({ label: z.string(), unit: z.string().optional(), span: z.number().int().positive() }).strict())
      .optional(),
    columns: z.array(column).min(1),
    /** The fields whose values together name a row once (the Table Schema's primary key). */
    primaryKey: z.array(z.string()).min(1),
    /** Cells as printed, one array per row; "" where the paper gives no value. */
    rows: z.array(z.array(z.string())).min(1),
    /** Derived values to recompute from the raw ones (result = 100 × numerator / denominator). */
    checks: z
      .array(
        z.union([
          z.object({ kind: z.literal('share'), result: z.string(), numerator: z.string(), denominator: z.string() }).strict(),
          /** result = 100 × numerator / the numerator column's cell in the total row (the total row itself is not checked). */
          z.object({ kind: z.literal('share-of-total'), result: z.string(), numerator: z.string(), totalRow: z.string() }).strict(),
        ]),
      )
      .optional(),
    /** Editorial notes shown with the table. */
    notes: z.array(z.string().min(1)),
    /** Charts of the data set; where it has none, `noChart` says why. */
    charts: z.array(chartSpecSchema).default([]),
    noChart: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    const keys = new Set(d.columns.map((c) => c.key));
    d.rows.forEach((row, i) => {
      if (row.length !== d.columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `row has ${row.length} cells, the table has ${d.columns.length} columns`,
        });
      }
    });
    const fields = d.columns.map((c) => c.field);
    fields.forEach((field, i) => {
      if (fields.indexOf(field) !== i)
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'field'], message: `field "${field}" is named twice` });
    });
    d.columns.forEach((c, i) => {
      if (c.completed && !c.truncated)
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i, 'completed'],
          message: `field "${c.field}": only a cut-off label is completed`,
        });
      const type = c.type;
      if (type === 'text') return;
      // A numeric field's unit stands on the column or on its column group; a year is its own unit.
      if (type !== 'year' && !c.unit && !groupOf(d.columnGroups, i)?.unit)
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'unit'], message: `field "${c.field}" (${c.type}) has no unit` });
      d.rows.forEach((row, r) => {
        const printed = row[i];
        if (printed === undefined || printed === '') return;
        const problem = printedValueProblem(printed, type, d.decimalComma ?? false);
        if (problem)
          ctx.addIssue({ code: 'custom', path: ['rows', r, i], message: `field "${c.field}" (${c.type}): "${printed}" ${problem}` });
      });
    });
    const keyColumns = d.primaryKey.map((field) => fields.indexOf(field));
    keyColumns.forEach((at, i) => {
      if (at < 0) ctx.addIssue({ code: 'custom', path: ['primaryKey', i], message: `no field "${d.primaryKey[i]}"` });
    });
    if (keyColumns.every((at) => at >= 0)) {
      const key = d.primaryKey.map((field, i) => ({ field, column: keyColumns[i]! }));
      for (const { row, first, value } of duplicateKeys(d.rows, key)) {
        ctx.addIssue({ code: 'custom', path: ['rows', row], message: `duplicate primary key ${value} (also rows › item ${first + 1})` });
      }
    }
    for (const [i, chart] of d.charts.entries()) {
      for (const [field, key] of [['labels', chart.labels], ...chart.series.map((s, j) => [`series.${j}.column`, s.column])] as const) {
        if (!keys.has(key)) ctx.addIssue({ code: 'custom', path: ['charts', i, ...field.split('.')], message: `no column "${key}"` });
      }
    }
    if (d.charts.length === 0 && !d.noChart)
      ctx.addIssue({ code: 'custom', path: ['noChart'], message: 'a data set without charts must say why' });
    for (const [i, check] of (d.checks ?? []).entries()) {
      const columns = check.kind === 'share' ? (['result', 'numerator', 'denominator'] as const) : (['result', 'numerator'] as const);
      for (const field of columns) {
        const key = (check as Record<string, string>)[field]!;
        if (!keys.has(key)) ctx.addIssue({ code: 'custom', path: ['checks', i, field], message: `no column "${key}"` });
      }
      if (check.kind === 'share-of-total' && !d.rows.some((r) => r[0] === check.totalRow)) {
        ctx.addIssue({ code: 'custom', path: ['checks', i, 'totalRow'], message: `no row "${check.totalRow}"` });
      }
    }
  });

/** The column group that column `index` (0 is the row header) falls under, if the header has groups. */
export function groupOf(groups: readonly { label: string; unit?: string | undefined; span: number }[] | undefined, index: number) {
  let start = 1;
  for (const group of groups ?? []) {
    if (index >= start && index < start + group.span) return group;
    start += group.span;
  }
  return undefined;
}

/** Why a printed cell cannot be read as a value of its field's type; undefined if it can. */
export function printedValueProblem(printed: string, type: 'number' | 'year' | 'integer', decimalComma: boolean): string | undefined {
  if (type === 'year') return /^\d{4}$/.test(printed.trim()) ? undefined : 'is not a year';
  let value: number;
  try {
    value = parsePrintedNumber(printed, decimalComma);
  } catch {
    return 'is not a number as printed';
  }
  return type === 'integer' && !Number.isInteger(value) ? 'is not a whole number' : undefined;
}

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetColumn = z.infer<typeof column>;
