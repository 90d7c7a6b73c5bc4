/**
 * The names readers type: a query is a name whatever its case, diacritics, hyphens, spaces or a
 * leading "the"; a name several entities share names them all; a query one or two letters off a
 * name (a letter dropped, added, changed or two swapped) is offered the name, and a short query or
 * a name is offered nothing.
 */
import { describe, expect, it } from 'vitest';
import { allowedDistance, entitiesNamed, nameKey, suggestNames, type NamesIndex } from '../../../src/lib/search/names.ts';

const entity = (title: string, ...others: string[]) => ({
  href: `/x/${nameKey(title)}/`,
  title,
  type: 'Country',
  names: [{ text: title, kind: 'name' }, ...others.map((text) => ({ text, kind: 'spelling or transliteration', of: title }))],
});
const INDEX: NamesIndex = {
  entities: [
    entity('Kazakhstan', 'Kazakstan'),
    entity('Uzbekistan'),
    entity('Iran'),
    entity('Iraq'),
    entity('Türkiye treaty'),
    entity('Datka-Keming', 'Datka-Kemin'),
    entity('Good-Neighborly Friendship and Cooperation Treaty', 'Good-Neighbourly Friendship and Cooperation Treaty'),
    entity('Good-Neighborly Friendship and Cooperation Treaty', 'Good-Neighbourly Friendship and Cooperation Treaty'),
    entity('Belt and Road', 'BRI'),
  ],
};
const titles = (q: string) => entitiesNamed(INDEX, q).map((m) => m.entity.title);

describe('a name as a query compares it', () => {
  it.each([
    ['Kazakhstan', 'kazakhstan'],
    ['KAZAKHSTAN', 'kazakhstan'],
    ['Türkiye', 'turkiye'],
    ['Turkiye', 'turkiye'],
    ['Datka-Keming', 'datkakeming'],
    ['Datka Keming', 'datkakeming'],
    ['“Horgos-Dongdamen” special economic zone', 'horgosdongdamenspecialeconomiczone'],
    ['The Kyrgyz Republic', 'kyrgyzrepublic'],
    ['Theodore', 'theodore'],
    ['  one belt,  one road ', 'onebeltoneroad'],
  ])('“%s” → %s', (text, key) => {
    expect(nameKey(text)).toBe(key);
  });
});

describe('a query that is a name', () => {
  it('names its entity in any case, with or without diacritics, hyphens or spaces', () => {
    for (const q of ['kazakstan', 'KAZAKSTAN', 'Kazakstan', 'datka kemin', 'DATKA-KEMIN', 'datkakeming', 'turkiye treaty', 'bri', 'B-R-I'])
      expect(titles(q), q).toHaveLength(1);
    expect(titles('datka kemin')).toEqual(['Datka-Keming']);
    expect(entitiesNamed(INDEX, 'bri')[0]?.name).toEqual({ text: 'BRI', kind: 'spelling or transliteration', of: 'Belt and Road' });
  });

  it('names every entity that shares it', () => {
    expect(titles('good-neighbourly friendship and cooperation treaty')).toHaveLength(2);
    expect(titles('Good-Neighborly Friendship and Cooperation Treaty')).toHaveLength(2);
  });

  it('is not a name when it is only part of one, or empty', () => {
    expect(titles('Kazakh')).toEqual([]);
    expect(titles('Belt')).toEqual([]);
    expect(titles(' – ')).toEqual([]);
  });
});

describe('names offered for a query that found nothing', () => {
  const offered = (q: string) => suggestNames(INDEX, q).map((s) => s.text);

  it('offers a name one letter off: dropped, added, changed, or two letters swapped', () => {
    expect(offered('Uzbekistn')).toEqual(['Uzbekistan']);
    expect(offered('Uzbekisttan')).toEqual(['Uzbekistan']);
    expect(offered('Uzbekistin')).toEqual(['Uzbekistan']);
    expect(offered('Uzbekitsan')).toEqual(['Uzbekistan']);
  });

  it('offers a long name two letters off, and the nearest first', () => {
    expect(offered('Kazakhtsna')).toEqual(['Kazakhstan']);
    // "Kazakstn" is one letter off "Kazakstan" (an added name) and two off "Kazakhstan".
    expect(suggestNames(INDEX, 'Kazakstn')).toEqual([
      { text: 'Kazakstan', distance: 1 },
      { text: 'Kazakhstan', distance: 2 },
    ]);
    expect(offered('Belt and Raod')).toEqual(['Belt and Road']);
  });

  it('offers a word of a longer query corrected, the rest kept', () => {
    expect(offered('Uzbekistn pipeline')).toEqual(['Uzbekistan pipeline']);
  });

  it('offers nothing for a name, a short query, or a query far from every name', () => {
    expect(offered('Kazakstan')).toEqual([]);
    expect(offered('Irn')).toEqual([]);
    expect(offered('pipeline')).toEqual([]);
    expect(offered('')).toEqual([]);
  });

  it('allows more letters off as the query grows', () => {
    expect([3, 4, 7, 8, 20].map((n) => allowedDistance('x'.repeat(n)))).toEqual([0, 1, 1, 2, 2]);
  });
});
