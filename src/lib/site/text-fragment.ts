/**
 * A text fragment directive (https://wicg.github.io/scroll-to-text-fragment/): the part after
 * "#<anchor>:~:" of a link that opens a page at some words and highlights them. The fragment itself
 * (start and end words, with prefix and suffix where the words alone are not unique) is made by
 * GoogleChromeLabs' text-fragments-polyfill; this only writes it into a URL, percent-encoding each
 * term and the characters the directive's grammar reserves ("-", ",", "&").
 */
export interface TextFragment {
  readonly textStart: string;
  readonly textEnd?: string | undefined;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
}

const encodeTerm = (term: string) => encodeURIComponent(term).replace(/[-,&]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** "text=prefix-,start,end,-suffix": the directive for `fragment`. */
export function textDirective({ textStart, textEnd, prefix, suffix }: TextFragment): string {
  const terms = [
    prefix && `${encodeTerm(prefix)}-`,
    encodeTerm(textStart),
    textEnd && encodeTerm(textEnd),
    suffix && `-${encodeTerm(suffix)}`,
  ];
  return `text=${terms.filter(Boolean).join(',')}`;
}

/** `url` (its own fragment, if any, kept as the anchor) with the directive that opens `fragment`. */
export const withTextFragment = (url: string, fragment: TextFragment) =>
  `${url}${url.includes('#') ? '' : '#'}:~:${textDirective(fragment)}`;
