/**
 * The paper's structure: its parts in reading order, how they are labelled, and how
 * paper pages are ordered. Used by the sidebar, the linear view and the paper model.
 */

export const PARTS = [
  { key: 'front', numeral: '', label: 'Front matter', directory: 'paper' },
  { key: 'i', numeral: 'I', label: 'I. Strategic interests', directory: 'paper/i-interests' },
  { key: 'ii', numeral: 'II', label: 'II. Principles', directory: 'paper/ii-principles' },
  { key: 'iii', numeral: 'III', label: 'III. Policy tools', directory: 'paper/iii-policy-tools' },
  { key: 'iv', numeral: 'IV', label: 'IV. Future trends', directory: 'paper/iv-future-trends' },
] as const;

export type PartKey = (typeof PARTS)[number]['key'];
export const PART_KEYS = PARTS.map((p) => p.key) as [PartKey, ...PartKey[]];

export function partOf(key: PartKey) {
  const part = PARTS.find((p) => p.key === key);
  if (!part) throw new Error(`Unknown part "${key}"`);
  return part;
}

/** Where a paper page stands in the paper. */
export interface PaperPosition {
  part: PartKey;
  /** 0 for a part's overview page, 1… for its numbered points in printed order. */
  point: number;
}

/** Reading order: parts in order, then the overview, then the points. */
export function compareReadingOrder(a: PaperPosition, b: PaperPosition): number {
  return PART_KEYS.indexOf(a.part) - PART_KEYS.indexOf(b.part) || a.point - b.point;
}

/** The anchor of a part or point in the linear view, e.g. "iii" or "iii-5". */
export function sectionAnchor({ part, point }: PaperPosition): string {
  return point === 0 ? part : `${part}-${point}`;
}

/** How a section is named in citations and lists, e.g. "III.5" or "Part III". */
export function sectionNumber({ part, point }: PaperPosition): string {
  const { numeral } = partOf(part);
  if (part === 'front') return '';
  return point === 0 ? `Part ${numeral}` : `${numeral}.${point}`;
}

/** A numbered point of a part (not the front matter, not a part's overview page). */
export const isNumberedPoint = ({ part, point }: PaperPosition) => part !== 'front' && point > 0;

/**
 * How a section is named in citations and search results: "III.3 Energy cooperation" for a point;
 * a part's printed heading already has its numeral, and a front page is named by its title.
 */
export const sectionName = (title: string, position: PaperPosition) =>
  isNumberedPoint(position) ? `${sectionNumber(position)} ${title}` : title;
