/**
 * What Starlight's search component gets for `@pagefind/default-ui` (astro.config.mjs points the
 * name here): Starlight constructs the interface as soon as the browser is idle, on every page; this
 * class only notes its options and fetches the interface itself (src/client/pagefind-ui-ranked.ts,
 * Pagefind's own, 26 KB gz) when the reader shows an intent to search: the pointer over the search
 * button or a touch on it, the button focused, Ctrl or ⌘ held down (Ctrl+K), or the dialog open.
 * A page that is only read never fetches it. What is typed before the interface has put its box in
 * the dialog is held and handed over (src/client/search-dialog.ts).
 */
interface PagefindUIOptions {
  element: string;
  [option: string]: unknown;
}

export class PagefindUI {
  constructor(options: PagefindUIOptions) {
    const results = document.querySelector(options.element);
    const dialog = results?.closest('dialog');
    const button = results?.closest('site-search')?.querySelector('button[data-open-modal]');
    const intents = new AbortController();
    const start = () => {
      if (intents.signal.aborted) return;
      intents.abort();
      opened.disconnect();
      void import('./pagefind-ui-ranked.ts').then(({ PagefindUI: Interface }) => new Interface(options));
    };
    const opened = new MutationObserver(() => {
      if (dialog?.open) start();
    });
    if (dialog) opened.observe(dialog, { attributes: true, attributeFilter: ['open'] });
    const { signal } = intents;
    for (const type of ['pointerenter', 'pointerdown', 'focus'] as const) button?.addEventListener(type, start, { signal });
    addEventListener('keydown', (event) => (event.key === 'Control' || event.key === 'Meta' ? start() : undefined), { signal });
    // Opened before the browser was idle (Ctrl+K at once), or the button already under the pointer or focused.
    if (dialog?.open || button?.matches(':hover, :focus')) start();
  }
}
