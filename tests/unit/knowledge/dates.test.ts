import { describe, expect, it } from 'vitest';
import { compareStatedDates, formatStatedDate, parseStatedDate } from '../../../src/lib/knowledge/dates.ts';

describe('stated dates', () => {
  it('keep the precision the paper gives', () => {
    expect(parseStatedDate('2005')).toMatchObject({ precision: 'year', year: 2005 });
    expect(parseStatedDate('2002-05')).toMatchObject({ precision: 'month', year: 2002 });
    expect(parseStatedDate('2015-06-17')).toMatchObject({ precision: 'day', year: 2015 });
  });

  it('refuse malformed and impossible dates', () => {
    expect(parseStatedDate('May 2002')).toEqual({ error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' });
    expect(parseStatedDate('2002-13')).toEqual({ error: 'month 13 does not exist' });
    expect(parseStatedDate('2017-02-29')).toEqual({ error: 'day 29 does not exist in 2017-02' });
    expect(parseStatedDate('2016-02-29')).toMatchObject({ precision: 'day' });
    expect(parseStatedDate('2017-08-31')).toMatchObject({ precision: 'day' });
    expect(parseStatedDate('2017-09-31')).toEqual({ error: 'day 31 does not exist in 2017-09' });
  });

  it('read as the paper would print them', () => {
    const show = (s: string) => formatStatedDate(parseStatedDate(s) as Exclude<ReturnType<typeof parseStatedDate>, { error: string }>);
    expect([show('2005'), show('2002-05'), show('2017-08-31')]).toEqual(['2005', 'May 2002', '31 August 2017']);
  });

  it('sort a year before the months of that year', () => {
    const d = (s: string) => parseStatedDate(s) as Exclude<ReturnType<typeof parseStatedDate>, { error: string }>;
    const sorted = ['2002-12', '2002', '2001-06-15', '2002-05']
      .map(d)
      .sort(compareStatedDates)
      .map((x) => x.iso);
    expect(sorted).toEqual(['2001-06-15', '2002', '2002-05', '2002-12']);
  });
});
