/**
 * What a page with Cite controls loads up front: nothing but the listeners that fetch the Cite
 * panel's script (src/client/cite-panel.ts) when a reader first opens a Cite disclosure or
 * follows a paragraph's Cite link, so a page that is only read carries none of it.
 */
import { withPanelStyles } from './stylesheet.ts';

/** The panel's code and its stylesheet, fetched together on first use. */
const panelScript = () => withPanelStyles(() => import('./cite-panel.ts'));

for (const details of document.querySelectorAll<HTMLDetailsElement>('details.cite-panel[data-cite-src]')) {
  details.addEventListener('toggle', () => {
    if (details.open) void panelScript().then((panel) => panel.fillDisclosure(details));
  });
  // Opened before this script ran (a restored page): filled now.
  if (details.open) void panelScript().then((panel) => panel.fillDisclosure(details));
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.cite-paragraph');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  void panelScript().then(
    (panel) => panel.openParagraphCitation(link),
    () => (window.location.href = link.href),
  );
});
