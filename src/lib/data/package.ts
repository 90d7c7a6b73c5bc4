/**
 * The edition's data as a Frictionless Data Package 2.0 (https://datapackage.org): every data set's
 * CSV (src/lib/data/data-set-files.ts) as a tabular resource with its Table Schema, sources, size and hash,
 * and the original article as what to cite. Validated in the tests against the standard's own
 * JSON Schemas. No licence is listed: the source text states none, and none is guessed.
 */
import { createHash } from 'node:crypto';
import type { DataColumn, DataSet } from './data-set.ts';
import { dataSetCsv } from './data-set-files.ts';
import { formatCitation } from '../cite/formats.ts';
import { cslItem, editionName, paperTarget } from '../cite/csl-item.ts';
import type { ArticleMeta } from '../paper/article-meta.ts';
import type { Edition } from '../../schemas/paper-meta.ts';
import { absoluteUrl, sitePath } from '../site/site-url.ts';

const TABLE_SCHEMA_TYPES = { text: 'string', number: 'number', integer: 'integer', year: 'year' } as const;

/** A field's description: where its label comes from (printed, cut off and completed, or this edition's) and its unit. */
function fieldDescription(set: DataSet, column: DataColumn): string {
  const where = set.origin === 'printed' ? `${set.label} of the paper` : 'the paper’s text';
  const group = column.group ? ` under the printed group “${column.group}”` : '';
  const label = column.completed
    ? `Printed label, cut off in the source text: “${column.label}”${group}. The title is this edition’s completion: ${column.completed.basis}`
    : set.origin === 'printed'
      ? `Printed label: “${column.label}”${group}, in ${where}.`
      : `“${column.label}” in this edition’s table of figures from ${where}.`;
  const unit = column.unit ? ` Unit: ${column.unit}.` : '';
  const printed =
    column.type !== 'text' && set.origin === 'printed' ? ' Values as printed are in the companion file and the JSON (“printed”).' : '';
  return `${label}${unit}${printed}`;
}

const title = (set: DataSet) => (set.origin === 'printed' ? `${set.label}: ${set.title}` : set.title);

/** One data set as a tabular resource: its CSV, read as the Table Schema says. */
export function dataResource(set: DataSet, siteUrl: string) {
  const csv = new TextEncoder().encode(dataSetCsv(set));
  return {
    name: set.id,
    type: 'table',
    path: `${set.id}.csv`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: csv.length,
    hash: `sha256:${createHash('sha256').update(csv).digest('hex')}`,
    title: title(set),
    description:
      set.origin === 'printed'
        ? `${set.label} of the paper, one row per printed row, numbers as numbers. The cells exactly as printed: ${set.id}.printed.csv and ${set.id}.json. Discussed in paragraph${set.paragraphs.length > 1 ? 's' : ''} ${set.paragraphs.join(', ')}.`
        : `Figures the paper’s text states, gathered by this edition; each row names its paragraph. Discussed in paragraph${set.paragraphs.length > 1 ? 's' : ''} ${set.paragraphs.join(', ')}.`,
    homepage: absoluteUrl(sitePath(`/data/${set.id}/`), siteUrl),
    sources: [{ title: set.source }],
    schema: {
      fields: set.columns.map((column) => ({
        name: column.field,
        title: column.completed?.label ?? (column.group ? `${column.group}: ${column.label}` : column.label),
        type: TABLE_SCHEMA_TYPES[column.type],
        description: fieldDescription(set, column),
        ...(column.unit && { unit: column.unit }),
      })),
      missingValues: [''],
      primaryKey: [...set.primaryKey],
    },
  };
}

/** The package: every data set, the edition as its home, the original article as its source and what to cite. */
export function dataPackage(sets: readonly DataSet[], meta: ArticleMeta, edition: Edition) {
  const article = cslItem(meta, edition, paperTarget(meta, sitePath('/paper/full/')), 'article');
  const reference = formatCitation(article, 'apa').text;
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'china-strategy-central-asia-data',
    title: `Data of ${editionName(edition)}`,
    description: `The tables and the figure of the article “${meta.title}” (${meta.journal.title}, ${meta.year}, vol. ${meta.volume}, issue ${meta.issue}) with their cells as numbers, and the figures its text states per country and pipeline. Each resource’s printed companion (<name>.printed.csv) and JSON keep the values as printed. The source text states no licence, so none is given here.`,
    version: edition.version,
    homepage: absoluteUrl(sitePath('/data/'), edition.url),
    keywords: [...meta.keywords],
    sources: [{ title: reference, path: absoluteUrl(sitePath('/paper/full/'), edition.url) }],
    // How to cite: the original article, as the Cite panel gives it (APA, and the CSL-JSON item every style is made from).
    citation: { text: reference, csl: article },
    resources: sets.map((set) => dataResource(set, edition.url)),
  };
}
