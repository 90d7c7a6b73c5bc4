/**
 * A mechanism's sub-committees: the paper prints a count and then names them; where the count
 * and the names differ, the page shows both with a note (printed values are never corrected).
 */
export interface SubCommitteeCheck {
  readonly printedCount: number;
  readonly named: number;
  readonly note: string;
}

export function subCommitteeCheck(printedCount: number | undefined, names: readonly string[] | undefined): SubCommitteeCheck | undefined {
  if (printedCount === undefined || names === undefined || printedCount === names.length) return undefined;
  return {
    printedCount,
    named: names.length,
    note: `The paper prints ${printedCount} sub-committees but names ${names.length} (${names.join('; ')}), as this edition separates the names at commas and “and”. Both are kept as printed.`,
  };
}
