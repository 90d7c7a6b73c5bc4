import { describe, expect, it } from 'vitest';
import { valueIsPrinted } from '../../../src/lib/knowledge/integrity.ts';

describe('a figure’s value and its printed words', () => {
  it('match as written, with thousands separators, or with a decimal comma', () => {
    expect(valueIsPrinted(2637, 'There are 2637 Chinese enterprises')).toBe(true);
    expect(valueIsPrinted(2800, 'more than 2,800 kilometers')).toBe(true);
    expect(valueIsPrinted(5.902, 'from 5,902 to 10,469 billion')).toBe(true);
    expect(valueIsPrinted(1.85, 'accounted for 1.85 % of total oil imports')).toBe(true);
  });
  it('do not match a number that is only part of another', () => {
    expect(valueIsPrinted(27, 'accounting for 2.7 %')).toBe(false);
    expect(valueIsPrinted(10, 'increased from 5,902 to 10,469 billion')).toBe(false);
    expect(valueIsPrinted(2.7, 'US $ 3.51 billion (accounting for 2.7 %')).toBe(true);
    expect(valueIsPrinted(469, '10,469')).toBe(false);
  });
});
