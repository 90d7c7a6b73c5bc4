/**
 * A primary key's repeats: rows whose key values stand in an earlier row. Used by the dataset schema
 * (src/schemas/dataset.ts, for the printed tables) and by the text data sets (src/lib/data/text-data-sets.ts);
 * it imports nothing, so that the schema and the checks can both import it without a circle.
 */
/**
 * Rows whose values in the key's columns repeat an earlier row's: each with that earlier row
 * (0-based) and the key as a message names it (`year = "2011"`). `key` pairs each key field's
 * name with its column.
 */
export function duplicateKeys(
  rows: readonly (readonly string[])[],
  key: readonly { field: string; column: number }[],
): { row: number; first: number; value: string }[] {
  const seen = new Map<string, number>();
  const duplicates: { row: number; first: number; value: string }[] = [];
  rows.forEach((row, r) => {
    const values = key.map(({ column }) => row[column]);
    const first = seen.get(JSON.stringify(values));
    if (first === undefined) seen.set(JSON.stringify(values), r);
    else duplicates.push({ row: r, first, value: key.map(({ field }, i) => `${field} = "${values[i]}"`).join(', ') });
  });
  return duplicates;
}
