/** The parts of GoogleChromeLabs' text-fragments-polyfill this project uses (it ships no types): its fragment generator, for the Quote dialog. */
declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
  export const GenerateFragmentStatus: {
    readonly SUCCESS: 0;
    readonly INVALID_SELECTION: 1;
    readonly AMBIGUOUS: 2;
    readonly TIMEOUT: 3;
    readonly EXECUTION_FAILED: 4;
  };
  /** How long (ms) the generator may search before it gives up with TIMEOUT; 500 by default. */
  export function setTimeout(milliseconds: number): void;
  export function generateFragmentFromRange(
    range: Range,
    startTime?: number,
  ): { status: number; fragment?: { textStart: string; textEnd?: string; prefix?: string; suffix?: string } };
}

/** Its parser of text directives, which the tests read our links back with. */
declare module 'text-fragments-polyfill/text-fragment-utils' {
  export function getFragmentDirectives(hash: string): { text?: string[] };
  export function parseFragmentDirectives(directives: { text?: string[] }): {
    text?: Record<'textStart' | 'textEnd' | 'prefix' | 'suffix', string>[];
  };
}
