/**
 * Printed numbers and the rule that compares a printed share with the one recomputed from
 * the raw values. Pure functions; the tables render their results as visible notes.
 */

/** Reads a number as printed: "31,4" with decimalComma is 31.4; "45%" is 45; "5,902" stays invalid unless a decimal comma is declared. */
export function parsePrintedNumber(printed: string, decimalComma = false): number {
  let s = printed.trim().replace(/%$/, '').trim();
  if (decimalComma) s = s.replace(',', '.');
  else s = s.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error(`Not a printed number: "${printed}"`);
  return Number(s);
}

/** How many decimals a printed number shows ("14.7" → 1, "20" → 0, "31,4" → 1). */
export function printedDecimals(printed: string): number {
  const m = printed
    .trim()
    .replace(/%$/, '')
    .match(/[.,](\d+)$/);
  return m?.[1]?.length ?? 0;
}

export interface ShareCheck {
  printed: string;
  printedValue: number;
  recomputed: number;
  /** Half a unit of the last printed decimal: the most rounding can explain. */
  tolerance: number;
  consistent: boolean;
}

/**
 * Compares a printed percentage share with 100 × numerator / denominator. The printed value
 * is consistent when it differs from the recomputed one by no more than its rounding allows.
 */
export function checkShare(printed: string, numerator: number, denominator: number, decimalComma = false): ShareCheck {
  const printedValue = parsePrintedNumber(printed, decimalComma);
  const recomputed = (100 * numerator) / denominator;
  const tolerance = 0.5 * 10 ** -printedDecimals(printed);
  const consistent = Math.abs(printedValue - recomputed) <= tolerance + 1e-9;
  return { printed, printedValue, recomputed, tolerance, consistent };
}
