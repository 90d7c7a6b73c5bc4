/** /data/<id>.csv: a data set as CSV for tools (a header of field names, numbers as plain decimals), UTF-8; described by /data/datapackage.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataSetPaths } from '../../lib/content/data-queries.ts';
import { type DataSet } from '../../lib/data/data-set.ts';
import { dataSetCsv } from '../../lib/data/data-set-files.ts';

export const getStaticPaths = (() => getDataSetPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(dataSetCsv((props as { set: DataSet }).set), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
