/**
 * Every data set of the site in one shape: the paper's printed tables and figure (from
 * content/data) and the figures its text states per country and per pipeline (from the knowledge
 * base). The table, the chart, the CSV and the JSON are views of this one object.
 */
import Papa from 'papaparse';
import { groupOf, type ChartSpec, type Dataset } from '../../schemas/dataset.ts';
import type { Figure } from '../../schemas/entity.ts';
import type { KbEntity } from '../knowledge/entities.ts';
import { countriesIn, projectsIn } from '../knowledge/relations.ts';
import { formatStatedDate } from '../knowledge/dates.ts';
import { parsePrintedNumber } from './printed-number.ts';
import { duplicateKeys } from './duplicate-keys.ts';
import { STATISTICS_LABELS } from '../knowledge/labels.ts';

export interface DataColumn {
  readonly key: string;
  /** The field's name in the CSV, the JSON and the Table Schema ("pipeline_imports"). */
  readonly field: string;
  /** The label as printed (as far as printed, if the source cuts it off), or as this edition names a text data column. */
  readonly label: string;
  /** This edition's completion of a cut-off printed label, and what it is taken from. */
  readonly completed?: { readonly label: string; readonly basis: string } | undefined;
  /** A printed column group's label ("Central Asian oil and gas exports"), where the header has groups. */
  readonly group?: string | undefined;
  /** The source prints no label for the column: its label is this edition's (Table 2's "A", "B", "C"). */
  readonly labelEditorial?: boolean | undefined;
  readonly unit?: string | undefined;
  readonly type: 'text' | 'number' | 'integer' | 'year';
}

export interface DataSet {
  readonly id: string;
  readonly title: string;
  /** "Table 1" for a printed table; "Text data" for figures the text states. */
  readonly label: string;
  readonly origin: 'printed' | 'text';
  /** The source line as printed, or where in the text the figures stand. */
  readonly source: string;
  readonly paragraphs: readonly string[];
  readonly columns: readonly DataColumn[];
  /** The fields whose values name a row once. */
  readonly primaryKey: readonly string[];
  /** Cells as printed (printed tables) or as the text states them (text data). */
  readonly rows: readonly (readonly string[])[];
  readonly decimalComma: boolean;
  readonly charts: readonly ChartSpec[];
  readonly noChart?: string | undefined;
  readonly notes: readonly string[];
}

export function printedDataSet(d: Dataset): DataSet {
  return {
    id: d.id,
    title: d.caption,
    label: d.label,
    origin: 'printed',
    source: d.source,
    paragraphs: d.paragraphs,
    columns: d.columns.map(({ key, field, label, labelEditorial, completed, unit, type }, i) => {
      const group = groupOf(d.columnGroups, i);
      return { key, field, label, labelEditorial, completed, group: group?.label, unit: unit ?? group?.unit, type };
    }),
    primaryKey: d.primaryKey,
    rows: d.rows,
    decimalComma: d.decimalComma ?? false,
    charts: d.charts,
    noChart: d.noChart,
    notes: d.notes,
  };
}

type Country = Extract<KbEntity, { collection: 'countries' }>;
const centralAsian = (all: readonly KbEntity[]): Country[] => countriesIn(all).filter((c) => c.data.role === 'central-asian-state');
const number = (value: number) => String(value);
const textNotes = (figures: readonly Figure[]) => figures.flatMap((f) => (f.note ? [`${f.printed.slice(0, 60)}…: ${f.note}`] : []));

type TextDataSpec = Omit<DataSet, 'label' | 'origin' | 'paragraphs' | 'decimalComma'>;
/**
 * A data set of figures the text states: every such set has a "paragraph" column saying where each
 * row stands, and the set's paragraphs are that column's values.
 */
function textDataSet(spec: TextDataSpec): DataSet {
  const column = spec.columns.findIndex((c) => c.key === 'paragraph');
  if (column < 0) throw new Error(`Text data set "${spec.id}" has no paragraph column`);
  const key = spec.primaryKey.map((field) => ({ field, column: spec.columns.findIndex((c) => c.field === field) }));
  for (const { row, first, value } of duplicateKeys(spec.rows, key)) {
    throw new Error(
      `Text data set "${spec.id}" (from the knowledge base, paragraph ${spec.rows[row]![column]}): duplicate primary key ${value} (also row ${first})`,
    );
  }
  return { ...spec, label: 'Text data', origin: 'text', paragraphs: [...new Set(spec.rows.map((r) => r[column]!))], decimalComma: false };
}

/** Trade with each Central Asian state, 2012 and 2016 (iii-3-01 … iii-3-05). */
function tradeDataSet(all: readonly KbEntity[]): DataSet {
  const used: Figure[] = [];
  const rows = centralAsian(all).map((c) => {
    const at = (year: number) => {
      const f = c.data.figures.find((x) => x.measure === 'bilateral trade with China' && x.date?.year === year);
      if (!f) throw new Error(`content/countries/${c.id}.yaml: no "bilateral trade with China" figure for ${year}`);
      used.push(f);
      return f;
    };
    const [a, b] = [at(2012), at(2016)];
    return [c.data.name, number(a.value), number(b.value), a.paragraph];
  });
  return textDataSet({
    id: 'trade',
    title: 'China’s trade with each Central Asian state, 2012 and 2016',
    source: 'The paper’s text, paragraphs iii-3-01 to iii-3-05 (figures as stated there).',
    columns: [
      { key: 'country', field: 'country', label: 'Country', type: 'text' },
      { key: 'y2012', field: 'trade_2012', label: '2012', unit: 'billion US dollars', type: 'number' },
      { key: 'y2016', field: 'trade_2016', label: '2016', unit: 'billion US dollars', type: 'number' },
      { key: 'paragraph', field: 'paragraph', label: 'Paragraph', type: 'text' },
    ],
    primaryKey: ['country'],
    rows,
    charts: [
      {
        title: 'China’s trade with each Central Asian state, 2012 and 2016',
        type: 'bar',
        labels: 'country',
        series: [
          { column: 'y2012', label: '2012' },
          { column: 'y2016', label: '2016' },
        ],
        unit: 'billion US dollars',
        excludeRows: [],
        horizontal: false,
      },
    ],
    notes: ['Every value is stated in the text; the paragraph column says where.', ...textNotes(used)],
  });
}

const INVESTMENT = /^China’s (direct investment stock|accumulated investment balance|non-financial direct investment)$/;

/** China's investment stock in each Central Asian state, end of 2016, in every statistics the paper gives. */
function investmentDataSet(all: readonly KbEntity[]): DataSet {
  const used: Figure[] = [];
  const rows = centralAsian(all).flatMap((c) =>
    c.data.figures
      .filter((f) => INVESTMENT.test(f.measure))
      .map((f) => {
        used.push(f);
        return [
          c.data.name,
          f.measure,
          STATISTICS_LABELS[f.statistics],
          number(f.value),
          f.unit,
          f.date ? `end of ${formatStatedDate(f.date)}` : 'not stated',
          f.paragraph,
        ];
      }),
  );
  return textDataSet({
    id: 'investment',
    title: 'China’s investment stock in each Central Asian state, end of 2016',
    source: 'The paper’s text, paragraphs iii-3-01 to iii-3-05 (figures as stated there, in the units stated).',
    columns: [
      { key: 'country', field: 'country', label: 'Country', type: 'text' },
      { key: 'measure', field: 'measure', label: 'What', type: 'text' },
      { key: 'statistics', field: 'statistics', label: 'Statistics', type: 'text' },
      { key: 'value', field: 'value', label: 'Value', unit: 'as stated in the field "unit"', type: 'number' },
      { key: 'unit', field: 'unit', label: 'Unit as stated', type: 'text' },
      { key: 'date', field: 'date', label: 'When', type: 'text' },
      { key: 'paragraph', field: 'paragraph', label: 'Paragraph', type: 'text' },
    ],
    primaryKey: ['country', 'measure', 'statistics'],
    rows,
    charts: [],
    noChart:
      'The paper states these figures in different units (billion and million US dollars, and “billion” with no currency for Uzbekistan and Kyrgyzstan) and from different statistics; a chart would have to convert or mix them, so the table is the view.',
    notes: [
      'Where the paper gives two figures for the same stock (Kazakhstan, Turkmenistan), both are kept, with the statistics each comes from.',
      ...textNotes(used),
    ],
  });
}

/** Chinese enterprises registered in each state, where the paper gives the number. */
function enterprisesDataSet(all: readonly KbEntity[]): DataSet {
  const rows = centralAsian(all).flatMap((c) =>
    c.data.figures.filter((f) => /registered$/.test(f.measure)).map((f) => [c.data.name, f.measure, number(f.value), f.unit, f.paragraph]),
  );
  return textDataSet({
    id: 'registered-enterprises',
    title: 'Chinese enterprises registered in Central Asian states',
    source: 'The paper’s text, paragraphs iii-3-01, iii-3-02 and iii-3-04.',
    columns: [
      { key: 'country', field: 'country', label: 'Country', type: 'text' },
      { key: 'measure', field: 'measure', label: 'What', type: 'text' },
      { key: 'count', field: 'count', label: 'Number', unit: 'as stated in the field "unit"', type: 'integer' },
      { key: 'unit', field: 'unit', label: 'Unit as stated', type: 'text' },
      { key: 'paragraph', field: 'paragraph', label: 'Paragraph', type: 'text' },
    ],
    primaryKey: ['country', 'measure'],
    rows,
    charts: [
      {
        title: 'Chinese enterprises, companies and representative offices registered',
        type: 'bar',
        labels: 'country',
        series: [{ column: 'count', label: 'Registered' }],
        unit: 'number registered',
        excludeRows: [],
        horizontal: false,
      },
    ],
    notes: [
      'The paper gives no number for Tajikistan or Turkmenistan. For Uzbekistan it counts enterprises and representative offices separately; the chart shows each row.',
    ],
  });
}

/** The pipelines' lengths, capacities and volumes (iii-4-05). */
function pipelinesDataSet(all: readonly KbEntity[]): DataSet {
  const rows = projectsIn(all)
    .filter((p) => p.data.sector === 'oil and gas' && p.data.figures.length > 0)
    .flatMap((p) =>
      p.data.figures.map((f) => [
        p.data.name,
        f.measure,
        f.date ? `${f.asOf ? 'as of ' : ''}${formatStatedDate(f.date)}` : 'not stated',
        number(f.value),
        f.unit,
        f.paragraph,
      ]),
    );
  return textDataSet({
    id: 'pipelines',
    title: 'The pipelines: lengths, capacities and volumes delivered',
    source: 'The paper’s text, paragraph iii-4-05.',
    columns: [
      { key: 'pipeline', field: 'pipeline', label: 'Pipeline', type: 'text' },
      { key: 'measure', field: 'measure', label: 'What', type: 'text' },
      { key: 'date', field: 'date', label: 'When', type: 'text' },
      { key: 'value', field: 'value', label: 'Value', unit: 'as stated in the field "unit"', type: 'number' },
      { key: 'unit', field: 'unit', label: 'Unit as stated', type: 'text' },
      { key: 'paragraph', field: 'paragraph', label: 'Paragraph', type: 'text' },
    ],
    primaryKey: ['pipeline', 'measure', 'date'],
    rows,
    charts: [],
    noChart:
      'Each pipeline figure measures something different (length, capacity, total delivered); the yearly volumes are charted with Figure 1.',
    notes: ['Figures as stated in the text, with the words the paper uses (“more than”, “about”, “nearly”) in the unit column.'],
  });
}

/** The data sets built from the text's figures. */
export function textDataSets(all: readonly KbEntity[]): DataSet[] {
  return [tradeDataSet(all), investmentDataSet(all), enterprisesDataSet(all), pipelinesDataSet(all)];
}

/** The chart's labels and numbers, from the printed cells. */
export function chartData(set: DataSet, spec: ChartSpec) {
  const col = (key: string) => set.columns.findIndex((c) => c.key === key);
  const rows = set.rows.filter((r) => !spec.excludeRows.includes(r[0] ?? ''));
  return {
    labels: rows.map((r) => r[col(spec.labels)] ?? ''),
    series: spec.series.map((s) => ({
      label: s.label,
      values: rows.map((r) => parsePrintedNumber(r[col(s.column)] ?? '', set.decimalComma)),
    })),
  };
}

/** A cell as data: a number for a numeric field (the printed "21,5" is 21.5, "45%" is 45), text for a text field, null where the paper gives no value. */
export function cellValue(set: DataSet, column: DataColumn, printed: string): number | string | null {
  if (printed.trim() === '') return null;
  if (column.type === 'text') return printed;
  return parsePrintedNumber(printed, set.decimalComma);
}

/** The rows as data, one value per field. */
export const dataRows = (set: DataSet) => set.rows.map((row) => set.columns.map((c, i) => cellValue(set, c, row[i] ?? '')));

/** CSV that any parser loads with its defaults: a header of field names, then numbers as plain decimals with a point, empty where there is no value. */
export function dataSetCsv(set: DataSet): string {
  const data = dataRows(set).map((row) => row.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : v)));
  return Papa.unparse({ fields: set.columns.map((c) => c.field), data }, { newline: '\n' }) + '\n';
}

/** The label a reader sees over a column, with its group and unit: "Proportion (%)". */
const printedHeader = (c: DataColumn) => `${c.group ? `${c.group}: ` : ''}${c.label}${c.unit ? ` (${c.unit})` : ''}`;

/** The printed CSV (/data/<id>.printed.csv): a header of the labels as printed (with group and unit), then the cells exactly as printed. */
export function dataSetPrintedCsv(set: DataSet): string {
  return Papa.unparse({ fields: set.columns.map(printedHeader), data: set.rows.map((r) => [...r]) }, { newline: '\n' }) + '\n';
}

/** The sizes of the downloads in UTF-8 bytes, formatted for reading ("1,234"). */
export function downloadSizes(set: DataSet): { csv: string; printedCsv: string; json: string } {
  const bytes = (text: string) => new TextEncoder().encode(text).length.toLocaleString('en-US');
  return { csv: bytes(dataSetCsv(set)), printedCsv: bytes(dataSetPrintedCsv(set)), json: bytes(dataSetJson(set)) };
}

/** JSON: the data set's fields, its rows with each cell's value and the value as printed, source, paragraphs and notes. */
export function dataSetJson(set: DataSet): string {
  const { id, title, label, origin, source, paragraphs, primaryKey, decimalComma, notes } = set;
  const fields = set.columns.map(({ key, field, label, completed, group, unit, type }) => ({
    name: field,
    key,
    label,
    ...(completed && { completed }),
    ...(group && { group }),
    ...(unit && { unit }),
    type,
  }));
  const values = dataRows(set);
  const rows = set.rows.map((row, r) =>
    Object.fromEntries(set.columns.map((c, i) => [c.field, { value: values[r]![i], printed: row[i] ?? '' }])),
  );
  return JSON.stringify({ id, title, label, origin, source, paragraphs, decimalComma, fields, primaryKey, rows, notes }, null, 2) + '\n';
}

/** The same data set keeping only the rows whose first cell is `first` (one country's trade, say). */
export function rowsOf(set: DataSet, first: string): DataSet {
  return { ...set, id: `${set.id}-${first.toLowerCase().replace(/\W+/g, '-')}`, rows: set.rows.filter((r) => r[0] === first) };
}
