/**
 * Dates as the paper states them: a year, a month or a day. The precision is the shape of the
 * string ("2005", "2002-05", "2015-06-17"), so a month is never shown as a day.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface StatedDate {
  /** ISO 8601 as stated: "2005", "2002-05", "2015-06-17". */
  readonly iso: string;
  readonly precision: DatePrecision;
  readonly year: number;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a stated date, or returns the reason it is not one. */
export function parseStatedDate(text: string): StatedDate | { error: string } {
  const m = SHAPE.exec(text);
  if (!m) return { error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' };
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return { iso: text, precision: 'year', year };
  const month = Number(mo);
  if (month < 1 || month > 12) return { error: `month ${mo} does not exist` };
  if (d === undefined) return { iso: text, precision: 'month', year };
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return { error: `day ${d} does not exist in ${y}-${mo}` };
  return { iso: text, precision: 'day', year };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2005", "May 2002", "17 June 2015". */
export function formatStatedDate(date: StatedDate): string {
  const [y, m, d] = date.iso.split('-');
  if (date.precision === 'year') return y!;
  const month = MONTHS[Number(m) - 1]!;
  return date.precision === 'month' ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** A key that sorts as text in date order: "2002-00-00" < "2002-05-00" < "2002-05-17". */
export const sortableDate = (date: StatedDate): string => (date.iso + '-00-00').slice(0, 10);

/** Orders dates by their first possible day; at equal starts the less precise comes first. */
export function compareStatedDates(a: StatedDate, b: StatedDate): number {
  return sortableDate(a).localeCompare(sortableDate(b));
}
