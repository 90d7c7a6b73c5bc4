/** /data/datapackage.json: every data set as a resource of a Frictionless Data Package 2.0 (src/lib/data/package.ts). */
import type { APIRoute } from 'astro';
import { getArticleMeta } from '../../lib/content/paper-queries.ts';
import { getDataSets } from '../../lib/content/data-queries.ts';
import { getEdition } from '../../lib/content/cite-queries.ts';
import { dataPackage } from '../../lib/data/package.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(dataPackage(await getDataSets(), await getArticleMeta(), getEdition()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
