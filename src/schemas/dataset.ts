import { z } from 'astro/zod';

const column = z
  .object({
    /** Stable key of the column, used by checks and downloads. */
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
    /** The column label as printed (or as far as printed, when `truncated`). */
    label: z.string().min(1),
    /** The label is this edition's, not printed. */
    labelEditorial: z.boolean().optional(),
    /** The printed label is cut off in the source text. */
    truncated: z.boolean().optional(),
    /** Unit as printed, e.g. "1 million tons", "%". */
    unit: z.string().optional(),
    type: z.enum(['text', 'number', 'year']),
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
    columnGroups: z.array(z.object({ label: z.string(), unit: z.string().optional(), span: z.number().int().positive() }).strict()).optional(),
    columns: z.array(column).min(1),
    /** Cells as printed, one array per row. */
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
        ctx.addIssue({ code: 'custom', path: ['rows', i], message: `row has ${row.length} cells, the table has ${d.columns.length} columns` });
      }
    });
    for (const [i, chart] of d.charts.entries()) {
      for (const [field, key] of [['labels', chart.labels], ...chart.series.map((s, j) => [`series.${j}.column`, s.column])] as const) {
        if (!keys.has(key)) ctx.addIssue({ code: 'custom', path: ['charts', i, ...field.split('.')], message: `no column "${key}"` });
      }
    }
    if (d.charts.length === 0 && !d.noChart) ctx.addIssue({ code: 'custom', path: ['noChart'], message: 'a data set without charts must say why' });
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

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetColumn = z.infer<typeof column>;
