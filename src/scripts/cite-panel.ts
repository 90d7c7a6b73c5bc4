/**
 * <cite-panel>: shows the copy buttons, re-renders the citations with the reader's access
 * date when the panel opens, copies a citation with an announced confirmation, and opens the
 * same panel in a dialog for a paragraph from its Cite button (next to the ¶ permalink).
 */
import { announce, copyToClipboard } from './announce.ts';
import type { CitationTarget } from '../lib/citation.ts';
import type { CiteContext } from './cite-render.ts';

function contextOf(panel: Element): CiteContext {
  const script = panel.querySelector('script[data-cite-context]');
  return JSON.parse(script?.textContent ?? '{}') as CiteContext;
}

class CitePanel extends HTMLElement {
  #rendered = '';

  connectedCallback(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button.cite-copy')) button.hidden = false;
    const details = this.parentElement?.closest('details');
    if (details) details.addEventListener('toggle', () => details.open && void this.refresh());
    if (!details || details.open) void this.refresh();
  }

  get target(): CitationTarget {
    return JSON.parse(this.dataset['target'] ?? '{}') as CitationTarget;
  }

  /** Renders the citations for the reader's day (once per target). */
  async refresh(): Promise<void> {
    const key = this.dataset['target'] ?? '';
    if (this.#rendered === key) return;
    this.#rendered = key;
    this.setAttribute('aria-busy', 'true');
    const { renderPanel, today } = await import('./cite-render.ts');
    renderPanel(this, contextOf(this), this.target, today());
    this.removeAttribute('aria-busy');
    this.dataset['ready'] = '';
  }
}

if (!customElements.get('cite-panel')) customElements.define('cite-panel', CitePanel);

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.cite-copy');
  if (!button) return;
  const panel = button.closest<CitePanel>('cite-panel');
  await panel?.refresh();
  const what = button.getAttribute('aria-label')?.replace(/^Copy /, '') ?? 'citation';
  let copied: boolean;
  if (button.dataset['copy'] === 'reference') {
    const reference = button.closest('.cite-style')?.querySelector<HTMLElement>('[data-cite-reference]');
    copied = await copyToClipboard(reference?.dataset['text'] ?? '', reference?.innerHTML);
  } else {
    copied = await copyToClipboard(button.closest('.cite-format')?.querySelector('[data-cite-data]')?.textContent ?? '');
  }
  announce(copied ? `${what} copied to the clipboard` : `Could not copy the ${what}: select the text and copy it`, copied ? 'Citation copied' : 'Could not copy');
  if (copied) {
    button.textContent = 'Copied';
    window.setTimeout(() => (button.textContent = 'Copy'), 2500);
  }
});

function citeDialog(): HTMLDialogElement {
  let dialog = document.getElementById('cite-dialog') as HTMLDialogElement | null;
  if (dialog) return dialog;
  dialog = document.createElement('dialog');
  dialog.id = 'cite-dialog';
  dialog.className = 'cite-dialog';
  dialog.setAttribute('aria-labelledby', 'cite-dialog-title');
  dialog.setAttribute('data-pagefind-ignore', '');
  dialog.innerHTML =
    '<div class="cite-dialog-head"><h2 id="cite-dialog-title"></h2><button type="button" class="cite-dialog-close">Close</button></div><div class="cite-dialog-body"></div>';
  dialog.querySelector('.cite-dialog-close')?.addEventListener('click', () => dialog?.close());
  dialog.addEventListener('click', (e) => e.target === dialog && dialog?.close());
  document.body.append(dialog);
  return dialog;
}

/** Opens the Cite panel for one paragraph: the page's panel, cloned, for the paragraph's target. */
function openParagraphCitation(button: HTMLButtonElement): void {
  const source = document.querySelector<CitePanel>('cite-panel');
  const id = button.dataset['citeFor'];
  if (!source || !id) return;
  const target = contextOf(source).paragraphs.find((p) => p.id === id);
  if (!target) return;
  const dialog = citeDialog();
  const panel = source.cloneNode(true) as CitePanel;
  panel.removeAttribute('data-ready');
  for (const element of panel.querySelectorAll('[id]')) element.id = `${element.id}-dialog`;
  for (const element of panel.querySelectorAll('[aria-labelledby]')) element.setAttribute('aria-labelledby', `${element.getAttribute('aria-labelledby')}-dialog`);
  panel.dataset['target'] = JSON.stringify(target);
  const title = dialog.querySelector('#cite-dialog-title');
  if (title) title.textContent = `Cite paragraph ${id} (journal ${button.dataset['pages'] ?? ''})`;
  dialog.querySelector('.cite-dialog-body')?.replaceChildren(panel);
  dialog.addEventListener('close', () => button.focus(), { once: true });
  dialog.showModal();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button.cite-paragraph')) button.hidden = false;
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.cite-paragraph');
  if (button) openParagraphCitation(button);
});
