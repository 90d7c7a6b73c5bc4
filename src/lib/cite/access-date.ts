/**
 * The reader's access date in citations rendered at build time. citation-js renders every
 * reference and data format at build; the browser only writes today's date where the style puts
 * it, in the style's own form. Both are learnt from citation-js's output, never written by hand:
 *
 * - the date's form (`DateForm`): a probe item rendered with an access date in each month of a
 *   sentinel year gives the style's month names ("Jan.", "January", "01") and whether it pads
 *   the day;
 * - where the date goes (`AccessSlot`): the same citation rendered without and with the sentinel
 *   date differs in one place; that place becomes a slot with a template ("Accessed {D} {M} {Y}.").
 */

/** The sentinel access date: a year and day that no citation of this paper prints otherwise. */
export const SENTINEL = { year: 1999, month: 1, day: 28 } as const;
const PADDING_PROBE_DAY = 5;

export interface DateForm {
  /** The month as the style prints it, January first. */
  readonly months: readonly string[];
  /** True when the style prints day 5 as "05". */
  readonly padDay: boolean;
}

/** The common prefix and suffix of two strings, and what differs between them. */
export function difference(a: string, b: string): { prefix: string; a: string; b: string; suffix: string } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return {
    prefix: a.slice(0, start),
    a: a.slice(start, a.length - end),
    b: b.slice(start, b.length - end),
    suffix: a.slice(a.length - end),
  };
}

export type Day = { readonly year: number; readonly month: number; readonly day: number };
export type Render = (date: Day) => string;

/** Learns a style's date form from renderings of one item accessed on days of the sentinel year. */
export function learnDateForm(render: Render): DateForm {
  const byMonth = Array.from({ length: 12 }, (_, i) => render({ ...SENTINEL, month: i + 1 }));
  let prefix = byMonth[0]!.length;
  let suffix = byMonth[0]!.length;
  for (const text of byMonth.slice(1)) {
    const d = difference(byMonth[0]!, text);
    prefix = Math.min(prefix, d.prefix.length);
    suffix = Math.min(suffix, d.suffix.length);
  }
  const months = byMonth.map((text) => text.slice(prefix, text.length - suffix));
  if (new Set(months).size !== 12) throw new Error(`could not tell the months apart in "${byMonth[0]}"`);
  // Day 28 against day 5: "28" → "05" where the style pads, "5" where it does not.
  const day = difference(render(SENTINEL), render({ ...SENTINEL, day: PADDING_PROBE_DAY }));
  return { months, padDay: day.b === `0${PADDING_PROBE_DAY}` };
}

export interface AccessSlot {
  /** The rendering without the date, cut where the date goes. */
  readonly before: string;
  /** What stands there without the date (usually nothing). */
  readonly without: string;
  /** What stands there with it, as a template: {Y} year, {M} month as the style prints it, {D} day. */
  readonly template: string;
  readonly after: string;
}

/** Where in `base` a token stands that changes between `base` and `varied`: the occurrence of `token` around the change. */
function tokenAt(base: string, varied: string, token: string): number {
  const d = difference(base, varied);
  const [start, end] = [d.prefix.length, base.length - d.suffix.length];
  for (let i = base.indexOf(token); i >= 0; i = base.indexOf(token, i + 1)) if (i <= start && i + token.length >= end) return i;
  throw new Error(`"${token}" is not where the date changes in "${base}"`);
}

/**
 * Where the access date goes in a rendering: `withoutDate` against the rendering with the
 * sentinel date; each part of the date is found where it changes when only that part changes
 * (a month "1" is the one that becomes "7", not the "1" of "M1").
 */
export function accessSlot(withoutDate: string, render: Render, form: DateForm): AccessSlot | undefined {
  const dated = render(SENTINEL);
  if (dated === withoutDate) return undefined;
  const d = difference(withoutDate, dated);
  const offset = d.prefix.length;
  const tokens = [
    { at: tokenAt(dated, render({ ...SENTINEL, year: 2088 }), String(SENTINEL.year)), text: String(SENTINEL.year), mark: '{Y}' },
    {
      at: tokenAt(dated, render({ ...SENTINEL, month: 7 }), form.months[SENTINEL.month - 1]!),
      text: form.months[SENTINEL.month - 1]!,
      mark: '{M}',
    },
    {
      at: tokenAt(dated, render({ ...SENTINEL, day: 13 }), form.padDay ? String(SENTINEL.day).padStart(2, '0') : String(SENTINEL.day)),
      text: String(SENTINEL.day),
      mark: '{D}',
    },
  ].sort((a, b) => b.at - a.at);
  let template = d.b;
  for (const token of tokens) {
    const at = token.at - offset;
    if (at < 0 || at + token.text.length > template.length) throw new Error(`the access date's ${token.mark} falls outside "${d.b}"`);
    template = `${template.slice(0, at)}${token.mark}${template.slice(at + token.text.length)}`;
  }
  return { before: d.prefix, without: d.a, template, after: d.suffix };
}

/** A template filled with a date ("Accessed {D} {M} {Y}." → "Accessed 29 Nov. 2026."). */
export function fillAccessDate(template: string, form: DateForm, date: Day): string {
  const day = form.padDay ? String(date.day).padStart(2, '0') : String(date.day);
  return template
    .replace('{Y}', String(date.year))
    .replace('{M}', form.months[date.month - 1] ?? '')
    .replace('{D}', day);
}
