/**
 * <search-page>: runs Pagefind (the index Starlight builds) for the query and filters in the URL,
 * shows filter counts and results whose sub-results link to the paragraph (with the part, the
 * point and the journal page), keeps the state in the URL (typing replaces the entry, a submitted
 * search or a filter change adds one, so the back button steps through searches) and announces
 * the number of results.
 */
import type { FilterName } from '../lib/search/filters.ts';
import { quotedPhrase, rankDeepLinks } from '../lib/search/ranking.ts';
import { escapeHtml } from '../lib/site/escape-html.ts';
import { loadPagefind, type Pagefind, type PagefindData, type PagefindSubResult } from './pagefind-loader.ts';
import type { CitedPlace } from '../lib/search/citation-query.ts';
import { citedPlaces } from './cited-places.ts';
import { highlightUrl, pagefindFilterOption, readSearchState, sameState, searchStateQuery, type SearchState } from '../lib/search/state.ts';
import { nameKey, type NameMatch } from '../lib/search/names.ts';
import { matchNote, namedBy, suggestionsFor, suggestionsLine } from './search-names.ts';

type Labels = Record<FilterName, Record<string, string>>;
const MAX_RESULTS = 20;
const MAX_SUB_RESULTS = 3;
/** The "type" filter's value of the paper's pages (src/lib/search/facets.ts). */
const PAPER_TYPE = 'paper';
/** How many results of a search for the printed name another name stands for are added. */
const MAX_PRINTED_RESULTS = 10;

interface Ranked {
  data: PagefindData;
  links: PagefindSubResult[];
}

/** True when a word of the query (of four letters or more) stands whole in none of the results: Pagefind found only words it begins, or stems. */
function aWordIsMissing(loaded: readonly PagefindData[], q: string): boolean {
  const held = new Set(loaded.flatMap((data) => data.content.split(/\s+/).map(nameKey)));
  return q
    .split(/\s+/)
    .map(nameKey)
    .some((word) => word.length >= 4 && !held.has(word));
}

let filterIndex: Promise<Pagefind> | undefined;
/** Pagefind with its filter index loaded, after which every search reports its counts per filter value. */
function loadFilterIndex(): Promise<Pagefind> {
  filterIndex ??= loadPagefind().then(async (module) => (await module.filters(), module));
  return filterIndex;
}

class SearchPage extends HTMLElement {
  #labels: Labels = JSON.parse(this.dataset['labels'] ?? '{}') as Labels;
  #form = this.querySelector<HTMLFormElement>('[data-search-form]')!;
  #input = this.querySelector<HTMLInputElement>('#search-q')!;
  #status = this.querySelector<HTMLElement>('[data-search-status]')!;
  #suggest = this.querySelector<HTMLElement>('[data-search-suggest]')!;
  #results = this.querySelector<HTMLOListElement>('[data-search-results]')!;
  #run = 0;
  #typing: number | undefined;
  /** Ends every listener this element added (its own and the window's) when it leaves the page. */
  #listening: AbortController | undefined;

  connectedCallback(): void {
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    this.#form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        void this.#search(this.#stateFromForm(), 'push');
      },
      { signal },
    );
    this.#input.addEventListener(
      'input',
      () => {
        window.clearTimeout(this.#typing);
        this.#typing = window.setTimeout(() => void this.#search(this.#stateFromForm(), 'replace'), 250);
      },
      { signal },
    );
    for (const select of this.#selects())
      select.addEventListener('change', () => void this.#search(this.#stateFromForm(), 'push'), { signal });
    // The header has no search dialog here: Ctrl+K (⌘K), its shortcut elsewhere, comes to this box.
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
          event.preventDefault();
          this.#input.focus();
          this.#input.select();
        }
      },
      { signal },
    );
    window.addEventListener('popstate', () => void this.#search(readSearchState(new URLSearchParams(window.location.search)), 'none'), {
      signal,
    });
    void this.#search(readSearchState(new URLSearchParams(window.location.search)), 'none');
  }

  disconnectedCallback(): void {
    this.#listening?.abort();
    window.clearTimeout(this.#typing);
  }

  #selects(): HTMLSelectElement[] {
    return [...this.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  }

  #stateFromForm(): SearchState {
    const filters: Partial<Record<FilterName, string>> = {};
    for (const select of this.#selects()) if (select.value) filters[select.dataset['filter'] as FilterName] = select.value;
    return { q: this.#input.value.trim(), filters };
  }

  #label(name: FilterName, value: string): string {
    return this.#labels[name]?.[value] ?? value;
  }

  /** Fills each filter with its values and their counts for the current query; the chosen value stays. */
  #showFilters(counts: Record<string, Record<string, number>>, state: SearchState): void {
    for (const select of this.#selects()) {
      const name = select.dataset['filter'] as FilterName;
      const values = Object.entries(counts[name] ?? {}).sort(([a], [b]) => this.#label(name, a).localeCompare(this.#label(name, b)));
      const chosen = state.filters[name] ?? '';
      const any = select.options[0]!;
      select.replaceChildren(any, ...values.map(([value, count]) => new Option(`${this.#label(name, value)} (${count})`, value)));
      if (chosen && !values.some(([value]) => value === chosen)) select.add(new Option(`${this.#label(name, chosen)} (0)`, chosen));
      select.value = chosen;
    }
  }

  async #search(state: SearchState, history: 'push' | 'replace' | 'none'): Promise<void> {
    const run = ++this.#run;
    if (this.#input.value.trim() !== state.q) this.#input.value = state.q;
    const current = readSearchState(new URLSearchParams(window.location.search));
    if (history !== 'none' && !sameState(current, state)) {
      const url = `${window.location.pathname}${searchStateQuery(state)}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    const hasFilters = Object.keys(state.filters).length > 0;
    if (!state.q && !hasFilters) {
      // Said at once; the filters' values and counts follow from the filter index.
      this.#results.replaceChildren();
      this.#status.textContent = 'Type a name, a figure or a phrase from the paper, or choose a filter.';
      const engine = await loadFilterIndex();
      if (run !== this.#run) return;
      this.#showFilters(await engine.filters(), state);
      return;
    }
    // A paragraph id, a label or a page number goes first to what it names; a name, to its entity.
    const direct = citedPlaces(state.q);
    const naming = state.q ? namedBy(state.q) : Promise.resolve([]);
    // A query alone is answered before the filter index has loaded; the counts follow.
    const countsReady = filterIndex !== undefined;
    const engine = hasFilters || countsReady ? await loadFilterIndex() : await loadPagefind();
    const search = await engine.search(state.q || null, { filters: pagefindFilterOption(state) });
    if (!search || run !== this.#run) return;
    const loaded = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (run !== this.#run) return;
    const shown = this.#ranked(loaded, state.q);
    const [hits, named] = await Promise.all([direct, naming]);
    if (run !== this.#run) return;
    // The entities the query names come first (all of them where a name is shared); with filters,
    // only those the filters keep. Then the other results, then, for another name, the paper's
    // paragraphs that print the name it stands for.
    const pinned = named
      .map((match) => ({ match, result: shown.find((r) => r.data.url === match.entity.href) }))
      .filter((p) => p.result || !hasFilters);
    const pinnedUrls = new Set(pinned.map((p) => p.match.entity.href));
    const rest = shown.filter((r) => !pinnedUrls.has(r.data.url));
    const printed = await this.#printedResults(
      pinned.map((p) => p.match),
      state,
      new Set([...pinnedUrls, ...rest.map((r) => r.data.url)]),
    );
    if (run !== this.#run) return;
    const phrase = quotedPhrase(state.q);
    const count = (phrase ? shown.length : search.results.length) + pinned.filter((p) => !p.result).length;
    const suggestions =
      named.length === 0 && state.q && (count === 0 || aWordIsMissing(loaded, state.q)) ? await suggestionsFor(state.q) : [];
    if (run !== this.#run) return;
    this.#results.replaceChildren(
      ...(hits.length > 0 ? [this.#cited(hits)] : []),
      ...pinned.map((p) => this.#pinned(p.match, p.result, state.q)),
      ...rest.map((r) => this.#result(r.data, r.links, state.q)),
      ...printed.flatMap(({ of, results }) =>
        results.map((r) => this.#result(r.data, r.links, of, `Shown for “${of}”, the printed name “${state.q}” stands for.`)),
      ),
    );
    this.#suggest.replaceChildren(...(suggestions.length > 0 ? [suggestionsLine(suggestions)] : []));
    const filtersText = Object.entries(state.filters)
      .map(([name, value]) => `${this.#label(name as FilterName, value)}`)
      .join(', ');
    const more = printed
      .map(
        ({ of, results }) =>
          `, and ${results.length === 1 ? '1 result' : `${results.length} results`} for “${of}”, the name the paper prints`,
      )
      .join('');
    this.#status.textContent = `${hits.length > 0 ? 'The place cited, then ' : ''}${count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`}${state.q ? ` for “${state.q}”` : ''}${more}${filtersText ? `, filtered by ${filtersText}` : ''}${count > MAX_RESULTS ? `; the first ${MAX_RESULTS} are shown` : ''}.`;
    if (hasFilters || countsReady) {
      this.#showFilters(search.filters, state);
      return;
    }
    const counted = await (await loadFilterIndex()).search(state.q || null, { filters: pagefindFilterOption(state) });
    if (counted && run === this.#run) this.#showFilters(counted.filters, state);
  }

  /**
   * Each result's links (the page's own and its deep links) ranked by where the query's words
   * stand; the results with the best match first, Pagefind's order among equals. A quoted query
   * keeps only the results that hold the phrase.
   */
  #ranked(loaded: readonly PagefindData[], q: string): Ranked[] {
    const phrase = quotedPhrase(q);
    return loaded
      .map((data, i) => {
        const links = q ? rankDeepLinks(data.sub_results, data.content, q) : [];
        return { data, i, links: q ? links : data.sub_results, strength: links[0]?.match.strength ?? 0 };
      })
      .filter((r) => !phrase || r.links.length > 0)
      .sort((a, b) => b.strength - a.strength || a.i - b.i);
  }

  /** For a query that is another name, the results of a search for the printed name it stands for, not already shown. */
  async #printedResults(
    named: readonly NameMatch[],
    state: SearchState,
    shown: ReadonlySet<string>,
  ): Promise<{ of: string; results: Ranked[] }[]> {
    const printedNames = [...new Set(named.flatMap((m) => (m.name.of && nameKey(m.name.of) !== nameKey(state.q) ? [m.name.of] : [])))];
    // The paper's own pages: the paragraphs that print the name. None when the reader chose another type.
    if (printedNames.length === 0 || (state.filters.type && state.filters.type !== PAPER_TYPE)) return [];
    const engine = await loadPagefind();
    return Promise.all(
      printedNames.map(async (of) => {
        const search = await engine.search(of, { filters: { ...pagefindFilterOption(state), type: PAPER_TYPE } });
        const loaded = await Promise.all((search?.results ?? []).slice(0, MAX_PRINTED_RESULTS).map((r) => r.data()));
        return {
          of,
          results: this.#ranked(
            loaded.filter((d) => !shown.has(d.url)),
            of,
          ),
        };
      }),
    );
  }

  /** An entity the query names: its result (or, if the search did not list it, its title and type), with what the name is. */
  #pinned(match: NameMatch, result: Ranked | undefined, q: string): HTMLLIElement {
    const item = result
      ? this.#result(result.data, result.links, q)
      : (() => {
          const li = document.createElement('li');
          li.className = 'search-result';
          li.innerHTML = `<p class="search-result-title"><a href="${escapeHtml(match.entity.href)}">${escapeHtml(match.entity.title)}</a> <span class="search-result-type">${escapeHtml(match.entity.type)}</span></p>`;
          return li;
        })();
    item.dataset['named'] = '';
    const note = matchNote(match);
    if (note) {
      const line = document.createElement('p');
      line.className = 'search-named-note';
      line.innerHTML = note;
      item.querySelector('.search-result-title')?.after(line);
    }
    return item;
  }

  /** The place a citation query names, first; for pages, where each begins and then the paragraphs on them. */
  #cited([first, ...rest]: CitedPlace[]): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result search-result-cited';
    item.dataset['cited'] = '';
    item.innerHTML = `<p class="search-result-title"><a href="${escapeHtml(first!.href)}">${escapeHtml(first!.title)}</a> <span class="search-result-type">The place cited</span></p>`;
    if (rest.length > 0) {
      const list = document.createElement('ul');
      list.className = 'search-sub-results';
      for (const place of rest) {
        const li = document.createElement('li');
        li.innerHTML = `<a href="${escapeHtml(place.href)}">${escapeHtml(place.title)}</a>`;
        list.append(li);
      }
      item.append(list);
    }
    return item;
  }

  #result(data: PagefindData, links: readonly PagefindSubResult[], q: string, standsFor?: string): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    if (standsFor) item.dataset['standsFor'] = '';
    const types = (data.filters['type'] ?? []).map((t) => this.#label('type', t));
    const title = escapeHtml(data.meta.title ?? data.url);
    // Pagefind's excerpts are HTML-escaped text with <mark> around the matches.
    item.innerHTML = `<p class="search-result-title"><a href="${escapeHtml(highlightUrl(data.url, q, window.location.origin))}">${title}</a>${
      types.length > 0 ? ` <span class="search-result-type">${escapeHtml(types.join(', '))}</span>` : ''
    }</p>${standsFor ? `<p class="search-named-note"><span class="editorial-tag">editorial</span> ${escapeHtml(standsFor)}</p>` : ''}`;
    // Sub-results that land somewhere inside the page (a paragraph, a table, a heading), not on its
    // top, the best matches first: the phrase, then all the words close together, then all, then some.
    const subs = links.filter((s) => s.url.includes('#') && !s.url.endsWith('#_top')).slice(0, MAX_SUB_RESULTS);
    if (subs.length > 0) {
      const list = document.createElement('ul');
      list.className = 'search-sub-results';
      for (const sub of subs) {
        const li = document.createElement('li');
        li.innerHTML = `<a href="${escapeHtml(highlightUrl(sub.url, q, window.location.origin))}">${escapeHtml(sub.title)}</a><p class="search-excerpt">${sub.excerpt}</p>`;
        list.append(li);
      }
      item.append(list);
    } else {
      const excerpt = document.createElement('p');
      excerpt.className = 'search-excerpt';
      excerpt.innerHTML = data.excerpt;
      item.append(excerpt);
    }
    return item;
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
