/**
 * The data sets of the figures the paper's text states, per country and per pipeline (trade,
 * investment, registered enterprises, pipelines), gathered from the knowledge base's `figures`,
 * so that each number is written once, with its quotation and paragraph.
 */
import type { Figure } from '../../schemas/entity.ts';
import type { KbEntity, KbEntityOf } from '../knowledge/entities.ts';
import { countriesIn, projectsIn } from '../knowledge/relations.ts';
import { formatStatedDate } from '../knowledge/dates.ts';
import { STATISTICS_LABELS } from '../knowledge/labels.ts';
import { duplicateKeys } from './duplicate-keys.ts';
import type { DataColumn, DataSet } from './data-set.ts';

type Country = KbEntityOf<'countries'>;
const centralAsian = (all: readonly KbEntity[]): Country[] => countriesIn(all).filter((c) => c.data.role === 'central-asian-state');
const number = (value: number) => String(value);
const textNotes = (figures: readonly Figure[]) => figures.flatMap((f) => (f.note ? [`${f.printed.slice(0, 60)}…: ${f.note}`] : []));

/** The columns the text's data sets share, each defined once. */
const COLUMN = {
  country: { key: 'country', field: 'country', label: 'Country', type: 'text' },
  measure: { key: 'measure', field: 'measure', label: 'What', type: 'text' },
  value: { key: 'value', field: 'value', label: 'Value', unit: 'as stated in the field "unit"', type: 'number' },
  unit: { key: 'unit', field: 'unit', label: 'Unit as stated', type: 'text' },
  date: { key: 'date', field: 'date', label: 'When', type: 'text' },
  paragraph: { key: 'paragraph', field: 'paragraph', label: 'Paragraph', type: 'text' },
} as const satisfies Record<string, DataColumn>;

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
      COLUMN.country,
      { key: 'y2012', field: 'trade_2012', label: '2012', unit: 'billion US dollars', type: 'number' },
      { key: 'y2016', field: 'trade_2016', label: '2016', unit: 'billion US dollars', type: 'number' },
      COLUMN.paragraph,
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
      COLUMN.country,
      COLUMN.measure,
      { key: 'statistics', field: 'statistics', label: 'Statistics', type: 'text' },
      COLUMN.value,
      COLUMN.unit,
      COLUMN.date,
      COLUMN.paragraph,
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
      COLUMN.country,
      COLUMN.measure,
      { key: 'count', field: 'count', label: 'Number', unit: 'as stated in the field "unit"', type: 'integer' },
      COLUMN.unit,
      COLUMN.paragraph,
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
      COLUMN.measure,
      COLUMN.date,
      COLUMN.value,
      COLUMN.unit,
      COLUMN.paragraph,
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
