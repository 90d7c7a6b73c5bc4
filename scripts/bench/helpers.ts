/**
 * What every benchmark script shares, none of it about search or pages in particular: a retry that
 * leaves a gap in the table instead of stopping the run, the median, kilobytes, and Markdown tables.
 */

/**
 * Runs a measurement, and once more if it fails, saying so; undefined if it fails twice, so that
 * the run goes on and its table shows the gap.
 */
export async function retryOnce<T>(label: string, step: () => Promise<T>): Promise<T | undefined> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      return await step();
    } catch (error) {
      const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      console.log(attempt === 1 ? `(${label} failed, tried again: ${why})` : `(${label} failed twice, left out: ${why})`);
    }
  }
  return undefined;
}

/** A figure for a table, or "gap" where its measurement failed twice. */
export const orGap = <T>(value: T | undefined, show: (v: T) => string) => (value === undefined ? 'gap' : show(value));

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Bytes as KB with one decimal. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
/** A difference in KB with its sign: +1.2, −0.4. */
export const signedKb = (bytes: number) => `${bytes < 0 ? '−' : '+'}${kb(Math.abs(bytes))}`;

/** A Markdown table: a header row and rows of cells, numbers right-aligned. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
