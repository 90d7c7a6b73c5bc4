import { nameKey } from '../lib/search/name-key.ts';
import { matchNote, namedBy, searchHref, suggestionsFor, suggestionsLine } from './search-names.ts';

/**
 * In the search dialog: a name (printed or added: "Khorgos", "BRI") puts its entity's page first,
 * right under the box, with what the name is; a query that finds nothing is offered the nearest
 * names. Loaded by src/components/starlight/Search.astro on the reader's first keystroke in the
 * dialog (`first`, answered at once), with the names list (src/client/search-names.ts).
 */
export function showNames(dialog: HTMLDialogElement, first: Event): void {
  const results = dialog.querySelector<HTMLElement>('#starlight__search');
  if (!results) return;
  const named = document.createElement('div');
  named.className = 'search-named';
  named.dataset['searchNamed'] = '';
  named.hidden = true;
  const suggest = document.createElement('div');
  suggest.dataset['searchSuggest'] = '';
  /** Under Pagefind's box, above its results: before its drawer, where the results go. */
  const place = () => {
    const drawer = results.querySelector('.pagefind-ui__drawer');
    if (drawer && named.nextElementSibling !== suggest) drawer.before(named, suggest);
    else if (drawer && suggest.nextElementSibling !== drawer) drawer.before(named, suggest);
  };
  let asked = 0;
  let wanted: string | undefined;
  /** Offers the nearest names once Pagefind has shown that the query finds nothing. */
  const offer = async () => {
    place();
    const input = results.querySelector<HTMLInputElement>('input');
    const q = input?.value.trim() ?? '';
    // Nothing found, or a word of the query (four letters or more) that no result holds whole:
    // Pagefind also matches a word's start and stems ("uzbekistn" finds pages with "Uzbekistan"),
    // and marks in each excerpt the words it matched.
    const shown = [...results.querySelectorAll('.pagefind-ui__result')];
    const loaded = shown.length > 0 && shown.every((r) => r.querySelector('.pagefind-ui__result-link'));
    const marks = new Set([...results.querySelectorAll('.pagefind-ui__result-excerpt mark')].map((m) => nameKey(m.textContent ?? '')));
    const missing = q
      .split(/\s+/)
      .map(nameKey)
      .some((word) => word.length >= 4 && !marks.has(word));
    const none = results.querySelector('.pagefind-ui__message') && (shown.length === 0 || (loaded && missing));
    if (!q || !none || !named.hidden) {
      if (suggest.firstChild) suggest.replaceChildren();
      wanted = undefined;
      return;
    }
    if (wanted === q) return;
    wanted = q;
    const suggestions = await suggestionsFor(q);
    if (wanted !== q) return;
    suggest.replaceChildren(...(suggestions.length > 0 ? [suggestionsLine(suggestions)] : []));
    for (const a of suggest.querySelectorAll<HTMLAnchorElement>('a[data-suggestion]'))
      a.addEventListener('click', (event) => {
        if (!input) return;
        event.preventDefault();
        input.value = a.dataset['suggestion'] ?? '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.focus();
      });
  };
  // Pagefind's interface writes its results in many steps (each result's data as it arrives): the
  // offer is weighed once a frame, on what the steps have left, not once a step.
  let weighing = false;
  new MutationObserver(() => {
    if (weighing) return;
    weighing = true;
    requestAnimationFrame(() => {
      weighing = false;
      void offer();
    });
  }).observe(results, { childList: true, subtree: true, characterData: true });
  const answer = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'search' && input.type !== 'text') return;
    const run = ++asked;
    const matches = await namedBy(input.value);
    if (run !== asked) return;
    place();
    named.hidden = matches.length === 0;
    named.replaceChildren(
      ...matches.map((match) => {
        const result = document.createElement('div');
        result.className = 'search-named-result';
        const title = document.createElement('p');
        title.className = 'search-named-title';
        const link = document.createElement('a');
        link.href = match.entity.href;
        link.textContent = match.entity.title;
        const type = document.createElement('span');
        type.className = 'search-result-type';
        type.textContent = match.entity.type;
        title.append(link, ' ', type);
        result.append(title);
        const note = matchNote(match);
        if (note) {
          const what = document.createElement('p');
          what.className = 'search-named-note';
          what.innerHTML = `${note} `;
          if (match.name.of) {
            const more = document.createElement('a');
            more.href = searchHref(input.value.trim());
            more.textContent = `The paragraphs that print “${match.name.of}”`;
            what.append(more);
          }
          result.append(what);
        }
        return result;
      }),
    );
    // Which query the block answers: the reader's, once the names have loaded (and tests wait for it).
    named.dataset['for'] = input.value;
    void offer();
  };
  dialog.addEventListener('input', (event) => void answer(event));
  void answer(first);
}
