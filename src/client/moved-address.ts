/**
 * An address an earlier edition published whose id now stands elsewhere (content/address-moves.yaml):
 * when the page has no element with the address's id, the moves (/editions/moves.json, fetched only
 * then) say where it went, and the reader is taken there. Without JavaScript the page still opens.
 */
import { sitePath } from '../lib/site/site-url.ts';

const id = decodeURIComponent(window.location.hash.slice(1));
if (id && !document.getElementById(id)) {
  void fetch(sitePath('/editions/moves.json'))
    .then((r): Promise<Record<string, string>> | Record<string, string> => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}))
    .then((moves) => {
      const to = moves[`${window.location.pathname}#${id}`];
      if (to) window.location.replace(to);
    })
    .catch(() => undefined);
}
