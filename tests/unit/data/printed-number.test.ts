import { describe, expect, it } from 'vitest';
import { checkShare, parsePrintedNumber, printedDecimals } from '../../../src/lib/data/printed-number.ts';

describe('printed numbers', () => {
  it('read decimal commas where the table declares them', () => {
    expect(parsePrintedNumber('31,4', true)).toBe(31.4);
    expect(parsePrintedNumber('94,63', true)).toBe(94.63);
    expect(parsePrintedNumber('45%')).toBe(45);
    expect(parsePrintedNumber('3,000')).toBe(3000);
    expect(() => parsePrintedNumber('n/a')).toThrow('Not a printed number: "n/a"');
  });
  it('count printed decimals', () => {
    expect(printedDecimals('14.7')).toBe(1);
    expect(printedDecimals('20')).toBe(0);
    expect(printedDecimals('84.4')).toBe(1);
  });
});

describe('the share rule', () => {
  it('accepts a printed share within half a unit of its last decimal', () => {
    expect(checkShare('14.7', 5.5442, 37.767).consistent).toBe(true); // 14.680
    expect(checkShare('46%', 34.2, 73.6).consistent).toBe(true); // 46.47
  });
  it('accepts the exact boundary and refuses just beyond it', () => {
    expect(checkShare('10.0', 10.05, 100).consistent).toBe(true);
    expect(checkShare('10.0', 10.0501, 100).consistent).toBe(false);
  });
  it('flags the printed 20 % that the raw values make 1.96 %', () => {
    const c = checkShare('20', 0.0303, 1.5431);
    expect(c.consistent).toBe(false);
    expect(c.recomputed).toBeCloseTo(1.9636, 3);
    expect(c.tolerance).toBe(0.5);
  });
});
