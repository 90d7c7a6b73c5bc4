declare module 'damerau-levenshtein' {
  /** The Damerau–Levenshtein distance between two strings: `steps` (insertions, deletions, substitutions, transpositions). */
  export default function damerauLevenshtein(a: string, b: string, limit?: number): { steps: number; relative: number; similarity: number };
}
