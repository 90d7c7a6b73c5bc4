/**
 * How deep links and results are ordered: by where the query's words stand in each deep link, as
 * Pagefind reports their positions (rankDeepLinks). Pagefind's own weights are in pagefind-ranking.ts.
 */
import { escapeHtml } from '../site/escape-html.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
/** A query's words (as it may be pasted from an excerpt): tags dropped, entities read, lower case, one space between words. */
export const plainWords = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The exact phrase of a quoted query (`"harmonious region"`), if it is one. */
export function quotedPhrase(q: string): string | undefined {
  const m = /^\s*["“]([^"”]+)["”]\s*$/.exec(q);
  return m ? plainWords(m[1]!) : undefined;
}

/** A Pagefind sub-result (a deep link): where its anchor's text begins among its page's words, and where its matched words stand. */
export interface LocatedSubResult {
  readonly url: string;
  readonly excerpt: string;
  readonly locations: readonly number[];
  readonly anchor?: { readonly location: number } | undefined;
}

/** How a deep link holds the query, by its matched words' positions: 3 the phrase, 2 all words close together, 1 all words, 0 some. */
export interface LocatedMatch {
  readonly strength: 0 | 1 | 2 | 3;
  /** The words of the best match: [start, end] positions in the page's words. */
  readonly start: number;
  readonly end: number;
}

/** A word as a query term compares: lower case, without the punctuation around it. */
const termForm = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The query's words in order (a quoted query's phrase), as terms. */
export const queryTerms = (q: string) => (quotedPhrase(q) ?? plainWords(q)).split(' ').map(termForm).filter(Boolean);

/** Which query term a page word is (Pagefind matches stems and prefixes: "tons" finds "ton", "harmon" finds "harmonious"); -1 for none. */
function termOf(word: string | undefined, terms: readonly string[]): number {
  const w = termForm(word ?? '');
  if (!w) return -1;
  const exact = terms.indexOf(w);
  if (exact >= 0) return exact;
  return terms.findIndex((t) => (t.length >= 3 && w.startsWith(t)) || (w.length >= 3 && t.startsWith(w)));
}

/** How close together "all words close together" are: no more than this many other words among them. */
const CLOSE = 5;

export function locatedMatch(words: readonly string[], locations: readonly number[], terms: readonly string[]): LocatedMatch {
  const hits = [...new Set(locations)]
    .sort((a, b) => a - b)
    .map((at) => ({ at, term: termOf(words[at], terms) }))
    .filter((h) => h.term >= 0);
  const first = hits[0];
  if (!first || terms.length === 0) return { strength: 0, start: first?.at ?? 0, end: first?.at ?? 0 };
  // The phrase: the query's words at consecutive positions, in order.
  for (const { at } of hits)
    if (terms.every((term, i) => termOf(words[at + i], [term]) === 0)) return { strength: 3, start: at, end: at + terms.length - 1 };
  // The shortest run of matched words that holds every term.
  const wanted = new Set(terms.map((_, i) => i));
  let best: { start: number; end: number } | undefined;
  for (let i = 0; i < hits.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < hits.length; j++) {
      seen.add(hits[j]!.term);
      if ([...wanted].every((t) => seen.has(t))) {
        const span = { start: hits[i]!.at, end: hits[j]!.at };
        if (!best || span.end - span.start < best.end - best.start) best = span;
        break;
      }
    }
  }
  if (best) return { strength: best.end - best.start + 1 <= terms.length + CLOSE ? 2 : 1, ...best };
  return { strength: 0, start: first.at, end: first.at };
}

/**
 * An excerpt of `length` words centred on the match, within [from, to) (the deep link's own text),
 * HTML-escaped with <mark> around the matched words, as Pagefind writes its excerpts.
 */
export function centredExcerpt(
  words: readonly string[],
  match: LocatedMatch,
  marked: ReadonlySet<number>,
  from: number,
  to: number,
  length = 30,
): string {
  const centre = Math.floor((match.start + match.end) / 2);
  const start = Math.max(from, Math.min(centre - Math.floor(length / 2), to - length));
  const end = Math.min(to, start + length);
  return words
    .slice(start, end)
    .map((word, i) => (marked.has(start + i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
}

/**
 * The deep links of a page, ranked by where their matched words stand (the phrase, then all words
 * close together, then all words, then some; page order among equals), each with its excerpt
 * centred on its best match; for a quoted query, only those that hold the phrase. `content` is
 * the page's text as Pagefind indexed it (its `locations` count its words).
 */
export function rankDeepLinks<T extends LocatedSubResult>(subs: readonly T[], content: string, q: string): (T & { match: LocatedMatch })[] {
  const words = content.split(/\s+/);
  const terms = queryTerms(q);
  const starts = subs.map((s) => s.anchor?.location ?? 0);
  const scored = subs.map((sub, i) => {
    const match = locatedMatch(words, sub.locations, terms);
    const from = starts[i] ?? 0;
    const to = Math.min(...starts.filter((s) => s > from), words.length);
    const excerpt = sub.locations.length > 0 ? centredExcerpt(words, match, new Set(sub.locations), from, to) : sub.excerpt;
    return { sub: { ...sub, excerpt, match }, i };
  });
  const kept = quotedPhrase(q) ? scored.filter((s) => s.sub.match.strength === 3) : scored;
  return kept.sort((a, b) => b.sub.match.strength - a.sub.match.strength || a.i - b.i).map((s) => s.sub);
}
