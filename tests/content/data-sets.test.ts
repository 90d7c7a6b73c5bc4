/**
 * The data sets as a reader or a tool gets them from the built site: the index, the printed CSV
 * and JSON downloads (served with the right types, UTF-8, parsing back to the cells on the page
 * and in the collection, each value as the CSV holds it), and the computed data notes. The CSV
 * files against the Data Package: data-package.test.ts.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { loadPage } from '../support/built-site.ts';

const site = inject('siteUrl');
const SETS = ['table-1', 'table-2', 'figure-1', 'table-3', 'trade', 'investment', 'registered-enterprises', 'pipelines'];

describe('the data index', () => {
  it('lists every data set in paper order, with its size and downloads', () => {
    const $ = loadPage('/data/');
    const rows = $('tr[data-set]').toArray();
    expect(rows.map((r) => $(r).attr('data-set'))).toEqual(SETS);
    for (const r of rows) {
      const text = $(r).text().replace(/\s+/g, ' ');
      expect(text).toMatch(/\d+ rows × \d+ columns/);
      expect(text).toMatch(/CSV \([\d,]+ bytes\) · printed CSV \([\d,]+ bytes\) · JSON \([\d,]+ bytes\)/);
    }
  });
});

describe.each(SETS)('the data set %s', (id) => {
  it('downloads as a printed CSV (text/csv, UTF-8) that parses back to the cells shown on its page', async () => {
    const response = await fetch(`${site}/data/${id}.printed.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const csv = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const parsed = Papa.parse<string[]>(csv.trim());
    expect(parsed.errors).toEqual([]);
    const $ = loadPage(`/data/${id}/`);
    const cells = $(`#${id}-table tbody tr`)
      .toArray()
      .map((tr) =>
        $(tr)
          .find('th, td')
          .toArray()
          // The printed cell: the text shown, or data-printed where the page shows it otherwise (a decimal comma as a point).
          .map((c) => $(c).find('.cell-value').attr('data-printed') ?? ($(c).find('.cell-value').text() || $(c).find('a.provenance').attr('data-provenance')) ?? ''),
      );
    expect(parsed.data.slice(1)).toEqual(cells);
  });

  it('downloads as JSON (application/json) whose cells are the printed ones, each with its value as in the CSV', async () => {
    const response = await fetch(`${site}/data/${id}.json`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const json = await response.json();
    expect(json.id).toBe(id);
    const names: string[] = json.fields.map((f: { name: string }) => f.name);
    const csv = Papa.parse<string[]>((await (await fetch(`${site}/data/${id}.csv`)).text()).trim());
    expect(csv.data[0]).toEqual(names);
    for (const [r, row] of json.rows.entries()) {
      expect(Object.keys(row)).toEqual(names);
      // The CSV holds each value as the JSON does: a number as its plain decimal, no value as an empty cell.
      expect(names.map((n) => (row[n].value === null ? '' : String(row[n].value)))).toEqual(csv.data[r + 1]);
    }
    if (id.startsWith('table-') || id.startsWith('figure-')) {
      const collection = JSON.parse(readFileSync(`content/data/${id}.json`, 'utf8'));
      expect(json.rows.map((row: Record<string, { printed: string }>) => names.map((n) => row[n]!.printed))).toEqual(collection.rows);
      expect(json.source).toBe(collection.source);
      expect(json.fields.map((f: { key: string }) => f.key)).toEqual(collection.columns.map((c: { key: string }) => c.key));
    } else {
      expect(json.rows.length).toBeGreaterThan(2);
      expect(json.paragraphs.every((p: string) => /^iii-\d-\d\d$/.test(p))).toBe(true);
    }
  });
});

describe('the data notes page', () => {
  it('lists the computed notes by kind, each linked to the value and its paragraph', () => {
    const $ = loadPage('/data/notes/');
    const notes = $('li[data-note-kind]').toArray();
    const kinds = notes.map((n) => $(n).attr('data-note-kind'));
    expect(kinds).toEqual([...Array(8).fill('printed-share'), 'text-vs-data', 'count-vs-names', 'count-vs-names']);
    const text = (needle: string) => notes.map((n) => $(n).text().replace(/\s+/g, ' ')).filter((t) => t.includes(needle));
    expect(text('Printed 20; recomputed 100 × 0.0303 / 1.5431 = 1.96')).toHaveLength(1);
    expect(text('Printed 43.7; recomputed 100 × 25.49 / 57.63 = 44.230')).toHaveLength(1);
    expect(text('prints 7 sub-committees but names 8')).toHaveLength(1);
    const gas = notes.find((n) => $(n).attr('data-note-kind') === 'text-vs-data')!;
    expect($(gas).text()).toContain('87.36');
    expect($(gas).find('a.provenance').attr('href')).toMatch(/#iii-4-02$/);
    for (const n of notes) {
      const href = $(n).find('a').first().attr('href')!;
      const url = new URL(href, 'http://site');
      expect(loadPage(url.pathname)(`[id="${url.hash.slice(1)}"]`).length, href).toBe(1);
    }
  });
});

describe('charts on the country pages', () => {
  const captions = (path: string) => {
    const $ = loadPage(path);
    return $('data-chart')
      .toArray()
      .map((c) => {
        const config = JSON.parse($(c).find('script[type="application/json"]').text());
        return `${$(c).closest('figure').find('figcaption').first().text().replace(/\s+/g, ' ').trim()} [${config.highlight ?? ''}]`;
      });
  };

  it('show Kazakhstan’s trade 2012 vs 2016 and its place among China’s oil and gas sources', () => {
    expect(captions('/countries/kazakhstan/')).toEqual([
      'China’s trade with Kazakhstan, 2012 and 2016 (billion US dollars) []',
      'China’s oil imports in 2014, by source (million tons) [Kazakhstan]',
      'China’s natural gas imports in 2014, by source (billion cubic meters) [Kazakhstan]',
    ]);
  });

  it('show Turkmenistan among the gas sources only, as Table 1 prints it', () => {
    expect(captions('/countries/turkmenistan/').slice(1)).toEqual(['China’s natural gas imports in 2014, by source (billion cubic meters) [Turkmenistan]']);
  });

  it('show the chart values of the country page’s trade chart as its figures table states them', () => {
    const $ = loadPage('/countries/uzbekistan/');
    const config = JSON.parse($('data-chart').first().find('script[type="application/json"]').text());
    expect(config.series.map((s: { values: number[] }) => s.values[0])).toEqual([2.875, 4.551]);
  });
});
