/** /data/<id>.printed.csv: a data set with its cells exactly as printed (decimal commas, "%"), under the printed labels; UTF-8. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataSetPaths } from '../../lib/content/data-queries.ts';
import { type DataSet } from '../../lib/data/data-set.ts';
import { dataSetPrintedCsv } from '../../lib/data/data-set-files.ts';

export const getStaticPaths = (() => getDataSetPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(dataSetPrintedCsv((props as { set: DataSet }).set), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
