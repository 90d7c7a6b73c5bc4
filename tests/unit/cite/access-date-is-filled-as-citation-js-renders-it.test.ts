/**
 * The reader's access date is written into citations rendered at build time (src/lib/cite/access-slots.ts
 * makes the slot, src/client/cite-panel.ts fills it with src/lib/cite/access-date.ts). Filling the
 * slot with a day must give exactly what citation-js renders for an item accessed that day, in
 * every style and data format, for days that test the month names, the padding and the year.
 */
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { cslItem, type CitationTarget } from '../../../src/lib/cite/csl-item.ts';
import { CITATION_STYLES, DATA_FORMATS, formatCitation, formatData } from '../../../src/lib/cite/formats.ts';
import { dataWithAccessSlot, referenceWithAccessSlot } from '../../../src/lib/cite/access-slots.ts';
import { fillAccessDate, type DateForm } from '../../../src/lib/cite/access-date.ts';
import { articleMetaOnDisk, editionOnDisk } from '../../support/citations-on-disk.ts';

const paragraph: CitationTarget = {
  id: 'iii-4-05',
  kind: 'paragraph',
  section: 'III.4 Energy cooperation',
  sectionNumber: 'III.4',
  paragraphNumber: 5,
  pages: { first: 34, last: 34 },
  inferredPages: [34],
  path: '/paper/iii-policy-tools/4-energy-cooperation/#iii-4-05',
};
// The second target's slots reuse the template learnt from the first (src/lib/cite/access-slots.ts).
const section: CitationTarget = {
  id: 'ii-2',
  kind: 'section',
  section: 'II.2 Mutual respect',
  sectionNumber: 'II.2',
  pages: { first: 26, last: 27 },
  inferredPages: [],
  path: '/paper/ii-principles/2-mutual-respect/',
};
const item = cslItem(articleMetaOnDisk(), editionOnDisk(), paragraph, 'edition');
const ITEMS = [paragraph, section].map((target) => [target.id, cslItem(articleMetaOnDisk(), editionOnDisk(), target, 'edition')] as const);
const DAYS = ['2026-03-05', '2027-12-31', '2031-05-09'];

/** What the browser does: each slot filled with the day, then the text a reader copies. */
function filled(html: string, iso: string, kind: 'html' | 'text'): string {
  const $ = load(`<div>${html}</div>`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  $('[data-access-slot]').each((_, el) => {
    const text = fillAccessDate($(el).attr('data-template') ?? '', JSON.parse($(el).attr('data-date-form') ?? '{}') as DateForm, {
      year,
      month,
      day,
    });
    if (kind === 'html') $(el).html(text);
    else $(el).text(text);
  });
  return $('div').first().text();
}

describe.each(ITEMS.flatMap(([id, item]) => CITATION_STYLES.map((s) => [s.id, id, item] as const)))(
  'the %s reference of the web edition for %s',
  (style, _id, item) => {
    const html = referenceWithAccessSlot(item, style);

    it('without JavaScript is citation-js’s entry without an access date', () => {
      expect(load(`<div>${html}</div>`)('div').text()).toBe(load(`<div>${formatCitation(item, style).html}</div>`)('div').text());
    });

    it.each(DAYS)('filled with %s is citation-js’s entry for that day', (day) => {
      const expected = load(
        `<div>${formatCitation({ ...item, accessed: { 'date-parts': [day.split('-').map(Number)] } }, style).html}</div>`,
      )('div').text();
      expect(filled(html, day, 'html')).toBe(expected);
    });
  },
);

describe.each(ITEMS.flatMap(([id, item]) => DATA_FORMATS.map((f) => [f.id, id, item] as const)))(
  'the %s data of the web edition for %s',
  (format, _id, item) => {
    const html = dataWithAccessSlot(item, format);

    it.each(DAYS)('filled with %s is citation-js’s output for that day', (day) => {
      // An HTML parser reads CR LF (RIS's line ends) as LF, in a browser as here.
      expect(filled(html, day, 'text')).toBe(
        formatData([{ ...item, accessed: { 'date-parts': [day.split('-').map(Number)] } }], format).replaceAll('\r\n', '\n'),
      );
    });
  },
);

it('Harvard and GOST print the access date; the slot is there for them', () => {
  expect(referenceWithAccessSlot(item, 'harvard-cite-them-right')).toContain('data-access-slot');
  expect(referenceWithAccessSlot(item, 'gost-r-7-0-5-2008')).toContain('data-access-slot');
});

it('a month that is also a digit elsewhere is found where the date is (RIS: M1 - 1999/1/28/)', () => {
  const template = /data-template="([^"]*)"/.exec(dataWithAccessSlot(item, 'ris'))?.[1];
  expect(template).toBe('M1  - {Y}/{M}/{D}/\r\n');
});
