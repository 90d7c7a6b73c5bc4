/**
 * <cite-panel>: the Cite panel's citations are rendered at build time on each citation page
 * (/cite/<id>/, src/components/cite/CitePanel.astro); this writes today's date into the web
 * edition's access-date slots and the reader's address where it differs from the build's, shows
 * the copy buttons and copies with an announced confirmation. It fetches a citation page's panel
 * into the Cite disclosure under a page's title when it opens, and into a dialog from a
 * paragraph's Cite link; a page loads it only then (src/client/cite-loader.ts). No citation
 * formatting happens here.
 */
import { announce, copyToClipboard } from './announce.ts';
import { fillAccessDate, type DateForm } from '../lib/cite/access-date.ts';
import { BASE_PATH } from '../lib/site/site-url.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Replaces the build's address with the reader's in the text of `root`. */
function readdress(root: Element, from: string, to: string): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeValue?.includes(from)) node.nodeValue = node.nodeValue.replaceAll(from, to);
}

class CitePanel extends HTMLElement {
  connectedCallback(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button.cite-copy')) button.hidden = false;
    const details = this.parentElement?.closest('details');
    if (details) details.addEventListener('toggle', () => details.open && this.fill());
    if (!details || details.open) this.fill();
  }

  /** Today's date in every access-date slot, the address the reader is on; once. */
  fill(): void {
    if (this.dataset['ready'] !== undefined) return;
    const now = new Date();
    const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
    for (const slot of this.querySelectorAll<HTMLElement>('[data-access-slot]')) {
      const text = fillAccessDate(slot.dataset['template'] ?? '', JSON.parse(slot.dataset['dateForm'] ?? '{}') as DateForm, today);
      if (slot.dataset['accessSlot'] === 'html') slot.innerHTML = text;
      else slot.textContent = text;
    }
    const built = this.dataset['editionUrl'];
    const here = new URL(BASE_PATH, window.location.origin).href;
    if (built && built !== here)
      for (const element of this.querySelectorAll('[data-cite-reference], [data-cite-data], [data-cite-address]'))
        readdress(element, built, here);
    const line = this.querySelector('[data-cite-accessed]');
    if (line)
      line.textContent = `Web edition citations give today, ${today.year}-${pad(today.month)}-${pad(today.day)}, as the day you accessed the page.`;
    this.dataset['ready'] = '';
  }
}

if (!customElements.get('cite-panel')) customElements.define('cite-panel', CitePanel);

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.cite-copy');
  if (!button) return;
  button.closest<CitePanel>('cite-panel')?.fill();
  const what = button.getAttribute('aria-label')?.replace(/^Copy /, '') ?? 'citation';
  let copied: boolean;
  if (button.dataset['copy'] === 'reference') {
    const reference = button.closest('.cite-style')?.querySelector<HTMLElement>('[data-cite-reference]');
    copied = await copyToClipboard(reference?.textContent?.trim() ?? '', reference?.innerHTML);
  } else {
    copied = await copyToClipboard(button.closest('.cite-format')?.querySelector('[data-cite-data]')?.textContent ?? '');
  }
  announce(
    copied ? `${what} copied to the clipboard` : `Could not copy the ${what}: select the text and copy it`,
    copied ? 'Citation copied' : 'Could not copy',
  );
  if (copied) {
    // The visible word changes for a moment; the accessible name keeps holding it (WCAG 2.5.3).
    const label = button.getAttribute('aria-label') ?? '';
    button.textContent = 'Copied';
    button.setAttribute('aria-label', label.replace(/^Copy /, 'Copied '));
    window.setTimeout(() => {
      button.textContent = 'Copy';
      button.setAttribute('aria-label', label);
    }, 2500);
  }
});

export function citeDialog(): HTMLDialogElement {
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

/** A citation page (/cite/<id>/), fetched and parsed; undefined if it cannot be had. */
export async function fetchCitationPage(href: string): Promise<Document | undefined> {
  try {
    const response = await fetch(href);
    return response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html') : undefined;
  } catch {
    return undefined;
  }
}

/** The Cite panel of a citation page, fetched; undefined if it cannot be had. */
async function fetchPanel(href: string): Promise<Element | undefined> {
  const panel = (await fetchCitationPage(href))?.querySelector('details.cite-panel cite-panel');
  return panel ? document.adoptNode(panel) : undefined;
}

/** A Cite disclosure, open: the citation page's panel in place of the link to it, once. */
export async function fillDisclosure(details: HTMLDetailsElement): Promise<void> {
  if (!details.open || details.querySelector('cite-panel') || details.dataset['loading'] !== undefined) return;
  details.dataset['loading'] = '';
  const panel = await fetchPanel(details.dataset['citeSrc'] ?? '');
  if (panel) details.querySelector('.cite-elsewhere')?.replaceWith(panel);
  delete details.dataset['loading'];
}

/** Opens a paragraph's Cite panel in a dialog: the panel of its citation page, fetched. */
export async function openParagraphCitation(link: HTMLAnchorElement): Promise<void> {
  const panel = await fetchPanel(link.href);
  if (!panel) {
    window.location.href = link.href;
    return;
  }
  const dialog = citeDialog();
  const title = dialog.querySelector('#cite-dialog-title');
  if (title) title.textContent = `Cite paragraph ${link.dataset['citeFor'] ?? ''} (journal ${link.dataset['pages'] ?? ''})`;
  dialog.querySelector('.cite-dialog-body')?.replaceChildren(panel);
  dialog.addEventListener('close', () => link.focus(), { once: true });
  dialog.showModal();
}
