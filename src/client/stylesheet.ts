/**
 * A stylesheet added to the page when a control first needs it (the Cite panel and dialogs, the
 * Quote control and dialog: src/styles/cite-panel.css), so that a page that is only read carries
 * none of it. Resolves when the rules apply, or when the file cannot be had (the panel then shows
 * unstyled rather than not at all). Each address is added once.
 */
import panelStyles from '../styles/cite-panel.css?url';

const added = new Map<string, Promise<void>>();

function useStylesheet(href: string): Promise<void> {
  let ready = added.get(href);
  if (!ready) {
    ready = new Promise((resolve) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => resolve(), { once: true });
      document.head.append(link);
    });
    added.set(href, ready);
  }
  return ready;
}

/** A Cite or Quote module fetched on first use together with the panels' stylesheet: the module, once both are there. */
export const withPanelStyles = <T>(load: () => Promise<T>): Promise<T> =>
  Promise.all([load(), useStylesheet(panelStyles)]).then(([module]) => module);
