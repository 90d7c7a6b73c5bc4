/** /data/<id>.json: a data set as JSON (fields, each cell's value and the value as printed, source, paragraphs, notes), UTF-8. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataSetPaths } from '../../lib/content/data-queries.ts';
import { type DataSet } from '../../lib/data/data-set.ts';
import { dataSetJson } from '../../lib/data/data-set-files.ts';

export const getStaticPaths = (() => getDataSetPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(dataSetJson((props as { set: DataSet }).set), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
