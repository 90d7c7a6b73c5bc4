/**
 * The names readers type, for the search page and the search dialog: /search/names.json, fetched
 * once when a search first runs; the entities a query names exactly (src/lib/search/names.ts); and
 * the markup both show for them: the line that says which printed name another name stands for,
 * and the names offered when a search finds nothing.
 */
import { entitiesNamed, suggestNames, type NameMatch, type NamesIndex, type Suggestion } from '../lib/search/names.ts';
import { escapeHtml } from '../lib/site/escape-html.ts';
import { sitePath } from '../lib/site/site-url.ts';

let names: Promise<NamesIndex | undefined> | undefined;
export function loadNames(): Promise<NamesIndex | undefined> {
  names ??= fetch(sitePath('/search/names.json'))
    .then((response) => (response.ok ? (response.json() as Promise<NamesIndex>) : undefined))
    .catch(() => undefined);
  return names;
}

/** The entities the query names, once the names have loaded. */
export async function namedBy(q: string): Promise<NameMatch[]> {
  const index = await loadNames();
  return index ? entitiesNamed(index, q) : [];
}

/** The names nearest a query that found nothing. */
export async function suggestionsFor(q: string): Promise<Suggestion[]> {
  const index = await loadNames();
  return index ? suggestNames(index, q) : [];
}

/** The address that searches for a name on the search page. */
export const searchHref = (q: string) => sitePath(`/search/?q=${encodeURIComponent(q)}`);

/**
 * What a match says under the entity's link, as HTML: nothing for the entity's own name; for a
 * printed alias, that the paper prints it; for another name, that it is this edition's and which
 * printed name it stands for.
 */
export function matchNote(match: NameMatch): string {
  const { name, entity } = match;
  if (name.kind === 'name') return '';
  if (name.kind === 'alias') return `“${escapeHtml(name.text)}” is printed in the paper for ${escapeHtml(entity.title)}.`;
  return `<span class="editorial-tag">editorial</span> “${escapeHtml(name.text)}” (${escapeHtml(name.kind)}) stands for “${escapeHtml(name.of ?? entity.title)}”, the name the paper prints.`;
}

/** "Did you mean: Kazakhstan, Kazakh?" as links that search for each name. */
export function suggestionsLine(suggestions: readonly Suggestion[]): HTMLParagraphElement {
  const line = document.createElement('p');
  line.className = 'search-suggestions';
  line.dataset['searchSuggestions'] = '';
  line.append('Did you mean: ');
  suggestions.forEach((s, i) => {
    const link = document.createElement('a');
    link.href = searchHref(s.text);
    link.textContent = s.text;
    link.dataset['suggestion'] = s.text;
    line.append(...(i > 0 ? [', '] : []), link);
  });
  line.append('?');
  return line;
}
