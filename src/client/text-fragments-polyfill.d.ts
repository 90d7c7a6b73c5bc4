/** The part of GoogleChromeLabs' text-fragments-polyfill the Quote dialog uses (it ships no types). */
declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
  export const GenerateFragmentStatus: {
    readonly SUCCESS: 0;
    readonly INVALID_SELECTION: 1;
    readonly AMBIGUOUS: 2;
    readonly TIMEOUT: 3;
    readonly EXECUTION_FAILED: 4;
  };
  export function generateFragmentFromRange(
    range: Range,
    startTime?: number,
  ): { status: number; fragment?: { textStart: string; textEnd?: string; prefix?: string; suffix?: string } };
}
