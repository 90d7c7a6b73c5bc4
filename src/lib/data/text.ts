import type { Dataset } from '../../schemas/dataset.ts';

/**
 * The words of a table or figure as one string (label, caption, header, cells, source), for the
 * mention index and for checking that a fact quoted from a table stands in it.
 */
export function datasetText(dataset: Dataset): string {
  return [
    `${dataset.label}. ${dataset.caption}`,
    dataset.columns.map((c) => c.label).join(' | '),
    ...dataset.rows.map((row) => row.join(' | ')),
    `Source: ${dataset.source}`,
  ].join('\n');
}
