/**
 * The data as a tool loads it: /data/datapackage.json is valid against the official Frictionless
 * Data Package 2.0 JSON Schemas (tests/support/datapackage, copied unchanged; offline, with ajv), and every CSV it lists
 * is what its Table Schema says: the size and hash given, a header of the field names, every cell
 * of its type or empty, a unique primary key, and each number the printed value read as a number
 * ("21,5" → 21.5, "45%" → 45, read here independently of the site's code).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { loadPage } from '../support/built-site.ts';

const site = inject('siteUrl');
// The official Data Package 2.0 JSON Schemas, copied unchanged from ../shared/datapackage (public domain).
const SCHEMAS = 'tests/support/datapackage';
const schema = (name: string) => JSON.parse(readFileSync(`${SCHEMAS}/${name}.json`, 'utf8'));

interface Field {
  name: string;
  title: string;
  type: string;
  description: string;
  unit?: string;
}
interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  mediatype: string;
  encoding: string;
  sources: { title: string }[];
  schema: { fields: Field[]; missingValues: string[]; primaryKey: string[] };
}

const packageUrl = `${site}/data/datapackage.json`;
const response = await fetch(packageUrl);
const descriptor = (await response.json()) as Record<string, unknown> & { resources: Resource[] };

function validator(name: string) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // The standard's schemas use "textarea" as an editor's hint for long text, not a constraint.
  ajv.addFormat('textarea', true);
  return ajv.compile(schema(name));
}

describe('the Data Package descriptor', () => {
  it('is served as JSON and valid against the official Data Package 2.0 schema', () => {
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const validate = validator('datapackage');
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    // The schema does refuse: a resource with neither a path nor data, a hash that is not one.
    expect(validate({ ...descriptor, resources: [{ name: 'x' }] })).toBe(false);
    expect(validate({ ...descriptor, resources: [{ ...descriptor.resources[0], hash: 'sha256:not-hex' }] })).toBe(false);
  });

  it('describes each resource validly as a Data Resource with a Table Schema', () => {
    const resource = validator('dataresource');
    const table = validator('tableschema');
    for (const r of descriptor.resources) {
      expect(resource(r), `${r.name}: ${JSON.stringify(resource.errors)}`).toBe(true);
      expect(table(r.schema), `${r.name}: ${JSON.stringify(table.errors)}`).toBe(true);
    }
  });

  it('lists every data set of the data index, and no licence, since the source text states none', () => {
    const $ = loadPage('/data/');
    expect(descriptor.resources.map((r) => r.name)).toEqual($('tr[data-set]').toArray().map((tr) => $(tr).attr('data-set')));
    expect(JSON.stringify(descriptor)).not.toMatch(/"licen[cs]es?"/);
  });

  it('says how to cite the original article, as the Cite panel gives it in APA', () => {
    const $ = loadPage('/cite/paper/');
    const apa = $('.cite-work[data-work="article"] .cite-style[data-style="apa"] [data-cite-reference]').text().trim();
    expect(apa).toContain('China’s strategy toward Central Asia');
    const citation = descriptor['citation'] as { text: string; csl: { type: string; page: string } };
    expect(citation.text).toBe(apa);
    expect(citation.csl).toMatchObject({ type: 'article-journal', page: '23–38' });
  });

  it('gives each resource the source line the paper prints under it', () => {
    const source = (name: string) => descriptor.resources.find((r) => r.name === name)!.sources[0]!.title;
    // read off the source text
    expect(source('table-1')).toBe('China Customs Statistical Yearbook (2015).');
    expect(source('figure-1')).toBe('The author draws it according to the Customs data of the People’s Republic of China.');
  });

  it('titles Figure 1’s cut-off columns with their completed labels and quotes the printed ones', () => {
    const fields = descriptor.resources.find((r) => r.name === 'figure-1')!.schema.fields;
    expect(fields.map((f) => f.name)).toEqual(['year', 'pipeline_imports', 'share_pct', 'total_imports']);
    expect(fields[1]).toMatchObject({ title: 'Gas imports from “China-Central Asia Natural Gas Pipeline”', type: 'number', unit: '1 billion cubic meters' });
    expect(fields[1]!.description).toContain('“Gas imports from c”');
    expect(fields[3]).toMatchObject({ title: 'Total natural gas imports for the whole year' });
    expect(fields[3]!.description).toContain('“Total natural gas imports for the whole y”');
    expect(fields[2]).toMatchObject({ unit: '%' });
  });
});

/** A printed number read as a number: a decimal comma or point, a trailing percent sign. */
const readPrinted = (printed: string) => Number(printed.trim().replace(/\s*%$/, '').replace(',', '.'));
const CELL: Record<string, RegExp> = { number: /^-?\d+(\.\d+)?$/, integer: /^-?\d+$/, year: /^\d{4}$/, string: /^[\s\S]*$/ };

describe.each(descriptor.resources.map((r) => [r.name, r] as const))('the resource %s', (name, resource) => {
  it('is the CSV the descriptor describes: path, media type, size and hash', async () => {
    const file = await fetch(new URL(resource.path, packageUrl));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(bytes.length).toBe(resource.bytes);
    expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    expect(resource.encoding).toBe('utf-8');
  });

  it('holds what its Table Schema says: the field names, each cell of its type or empty, a unique primary key', async () => {
    const text = await (await fetch(new URL(resource.path, packageUrl))).text();
    const { data, errors } = Papa.parse<string[]>(text.trim());
    expect(errors).toEqual([]);
    const [header, ...rows] = data;
    const { fields, missingValues, primaryKey } = resource.schema;
    expect(header).toEqual(fields.map((f) => f.name));
    for (const field of fields) if (field.type === 'number' || field.type === 'integer') expect(field.unit, `${name}.${field.name}`).toBeTruthy();
    for (const row of rows) {
      expect(row).toHaveLength(fields.length);
      row.forEach((cell, i) => {
        if (missingValues.includes(cell)) return;
        expect(cell, `${name}.${fields[i]!.name}`).toMatch(CELL[fields[i]!.type]!);
      });
    }
    const keys = rows.map((row) => JSON.stringify(primaryKey.map((k) => row[header!.indexOf(k)])));
    expect(new Set(keys).size).toBe(rows.length);
  });

  it('gives every number as the value printed', async () => {
    const values = Papa.parse<string[]>((await (await fetch(new URL(resource.path, packageUrl))).text()).trim()).data.slice(1);
    const printed = Papa.parse<string[]>((await (await fetch(new URL(`${name}.printed.csv`, packageUrl))).text()).trim()).data.slice(1);
    expect(values).toHaveLength(printed.length);
    resource.schema.fields.forEach((field, i) => {
      values.forEach((row, r) => {
        if (field.type === 'string') expect(row[i]).toBe(printed[r]![i]);
        else if (row[i] === '') expect(printed[r]![i]).toBe('');
        else expect(Number(row[i]), `${name} row ${r + 1} ${field.name}: printed "${printed[r]![i]}"`).toBe(readPrinted(printed[r]![i]!));
      });
    });
  });
});

describe('loaded with default parser settings', () => {
  it('gives Figure 1 as numbers: 2012 is 21.5 billion cubic meters, 51 %, of 42.5 in all (printed “21,5”, “51%”, “42,5”)', async () => {
    const { data } = Papa.parse<Record<string, unknown>>((await (await fetch(`${site}/data/figure-1.csv`)).text()).trim(), { header: true, dynamicTyping: true });
    // read off the source text: "2012 21,5 51% 42,5"
    expect(data[1]).toEqual({ year: 2012, pipeline_imports: 21.5, share_pct: 51, total_imports: 42.5 });
  });

  it('gives Table 1’s totals as numbers: 308.39 million tons of oil, 57.63 billion cubic meters of gas', async () => {
    const { data } = Papa.parse<Record<string, unknown>>((await (await fetch(`${site}/data/table-1.csv`)).text()).trim(), { header: true, dynamicTyping: true });
    expect(data.at(-1)).toMatchObject({ oil_country: 'Total', oil_imports: 308.39, oil_share_pct: 100, gas_imports: 57.63, gas_share_pct: 100 });
  });
});

describe('the data pages', () => {
  it('link each data set’s resource files and the package', () => {
    for (const id of ['figure-1', 'table-1', 'trade']) {
      const $ = loadPage(`/data/${id}/`);
      const hrefs = $('.downloads a').toArray().map((a) => $(a).attr('href'));
      expect(hrefs).toEqual(expect.arrayContaining([`/data/${id}.csv`, `/data/${id}.printed.csv`, `/data/${id}.json`, '/data/datapackage.json']));
    }
  });

  it('show Figure 1’s printed, cut-off labels and, marked editorial, the completed ones', () => {
    const $ = loadPage('/data/figure-1/');
    const header = $('#figure-1-table thead th').eq(1);
    expect(header.text()).toContain('Gas imports from c');
    const completed = header.find('.completed-label');
    expect(completed.attr('data-editorial')).toBeDefined();
    expect(completed.text().replace(/\s+/g, ' ').trim()).toBe('Completed Gas imports from “China-Central Asia Natural Gas Pipeline”');
    expect($('#figure-1 .completed-note').text()).toContain('“Total natural gas imports for the whole y…” → “Total natural gas imports for the whole year”');
  });
});
