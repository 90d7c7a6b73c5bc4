/**
 * A quoted passage's link: the text directive our code writes into the URL reads back, with the
 * text-fragments polyfill's own parser, as the fragment the generator made, whatever characters
 * the words hold (the directive's reserved "-", "," and "&", quotation marks, "%", non-ASCII).
 */
import { describe, expect, it } from 'vitest';
import { getFragmentDirectives, parseFragmentDirectives } from 'text-fragments-polyfill/text-fragment-utils';
import { textDirective, withTextFragment, type TextFragment } from '../../../src/lib/site/text-fragment.ts';

const readBack = (url: string) => parseFragmentDirectives(getFragmentDirectives(new URL(url).hash)).text;

const fragments: TextFragment[] = [
  { textStart: 'by the end of 2015, china-kazakhstan oil pipeline' },
  { textStart: 'china- central asia gas pipeline', textEnd: '52 % of the total share' },
  { prefix: 'the “three evil forces”', textStart: 'terrorism, separatism & extremism', suffix: '100% — done' },
  { textStart: 'с. 34', textEnd: 'китай，中亚', prefix: 'a-b', suffix: 'c,d' },
];

describe('a text fragment written into a link', () => {
  it.each(fragments)('reads back as the fragment made: %o', (fragment) => {
    const url = withTextFragment('https://example.org/paper/iii-policy-tools/4-energy-cooperation/#iii-4-05', fragment);
    const start = 'https://example.org/paper/iii-policy-tools/4-energy-cooperation/#iii-4-05:~:text=';
    expect(url.slice(0, start.length)).toBe(start);
    expect(readBack(url)).toEqual([{ prefix: '', textEnd: '', suffix: '', ...fragment }]);
  });

  it('keeps the grammar’s separators out of the terms', () => {
    const directive = textDirective({ prefix: 'a-b', textStart: 'c,d', textEnd: 'e&f', suffix: 'g' });
    expect(directive).toBe('text=a%2Db-,c%2Cd,e%26f,-g');
  });

  it('adds a fragment to an address without an anchor', () => {
    expect(withTextFragment('https://example.org/paper/full/', { textStart: 'x' })).toBe('https://example.org/paper/full/#:~:text=x');
  });
});
