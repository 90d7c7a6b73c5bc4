/**
 * The header's search dialog (Starlight's, src/components/starlight/Search.astro): its button's
 * name and word breaks, a box that holds what is typed before Pagefind's box appears, the place a
 * paragraph id, table label or journal page names, names first, and the link to the search page.
 */
import { sitePath } from '../lib/site/site-url.ts';

// Starlight's inline script has already written the platform's shortcut (Ctrl or ⌘) into the kbd.
for (const button of document.querySelectorAll<HTMLButtonElement>('site-search button[data-open-modal]')) {
  const keys = [...button.querySelectorAll('kbd kbd')];
  const shortcut = keys.map((k) => k.textContent?.trim()).join(' ');
  button.setAttribute('aria-label', shortcut ? `Search ${shortcut}` : 'Search');
  // Word breaks between "Search", "Ctrl" and "K" (the flex layout ignores them), so that the
  // visible text reads "Search Ctrl K" as the name does, not "SearchCtrlK".
  for (const element of [button.querySelector('span'), ...keys.slice(0, -1)]) element?.after(' ');
}

/**
 * The dialog opened (Ctrl+K right at page load) before Pagefind's interface has put its search
 * box in it: Starlight then focuses nothing in the dialog, and the reader's typing would go to
 * the first link. A box of ours stands in, focused, and hands what was typed to Pagefind's box
 * (with an input event, so that the search runs) as soon as that box appears.
 */
function holdEarlyTyping(dialog: HTMLDialogElement): void {
  const results = dialog.querySelector<HTMLElement>('#starlight__search');
  if (!results) return;
  const pagefindBox = () => results.querySelector<HTMLInputElement>('input');
  new MutationObserver(() => {
    if (!dialog.open || pagefindBox() || dialog.querySelector('.search-early-input')) return;
    const early = document.createElement('input');
    early.type = 'search';
    early.className = 'search-early-input';
    early.setAttribute('aria-label', 'Search');
    early.placeholder = 'Search';
    results.before(early);
    early.focus();
    const handOver = new MutationObserver(() => {
      const box = pagefindBox();
      if (!box) return;
      handOver.disconnect();
      const hadFocus = document.activeElement === early;
      if (early.value) {
        box.value = early.value;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }
      early.remove();
      if (hadFocus) box.focus();
    });
    handOver.observe(results, { childList: true, subtree: true });
  }).observe(dialog, { attributes: true, attributeFilter: ['open'] });
}

for (const dialog of document.querySelectorAll<HTMLDialogElement>('site-search dialog')) {
  holdEarlyTyping(dialog);
  // A paragraph id, a table or figure label or a journal page: what it names, above the results.
  const cited = document.createElement('p');
  cited.className = 'search-cited';
  cited.hidden = true;
  dialog.querySelector('#starlight__search')?.before(cited);
  let asked = 0;
  dialog.addEventListener('input', async (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'search' && input.type !== 'text') return;
    const run = ++asked;
    // Loaded when the reader first types here, so that a page that is only read carries none of it.
    const [place] = await (await import('./cited-places.ts')).citedPlaces(input.value);
    if (run !== asked) return;
    cited.hidden = !place;
    cited.replaceChildren();
    if (!place) return;
    const link = document.createElement('a');
    link.href = place.href;
    link.textContent = place.title;
    cited.append('Go to ', link);
  });

  // A name puts its entity first; a query that finds nothing is offered the nearest names. The
  // code and the names list load when the reader first types here (src/client/dialog-names.ts).
  dialog.addEventListener('input', (event) => void import('./dialog-names.ts').then(({ showNames }) => showNames(dialog, event)), {
    once: true,
  });

  const link = document.createElement('a');
  link.className = 'full-search-link';
  link.href = sitePath('/search/');
  link.textContent = 'Open the search page, with filters by type, part, country, agreement kind and decade';
  (dialog.querySelector('.dialog-frame') ?? dialog).append(link);
  dialog.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'search' || input.type === 'text')
      link.href = sitePath(input.value.trim() ? `/search/?q=${encodeURIComponent(input.value.trim())}` : '/search/');
  });
}
