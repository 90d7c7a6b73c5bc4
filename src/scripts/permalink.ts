/**
 * The paragraph permalink control (¶): on click or Enter it copies the paragraph's URL,
 * moves the address bar to it, highlights the paragraph and announces the result.
 * Without JavaScript the control is a plain link to the paragraph.
 */

function liveRegion(): HTMLElement {
  let region = document.getElementById('permalink-status');
  if (!region) {
    region = document.createElement('div');
    region.id = 'permalink-status';
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    document.body.append(region);
  }
  return region;
}

function toast(message: string): void {
  let box = document.getElementById('permalink-toast');
  if (!box) {
    box = document.createElement('div');
    box.id = 'permalink-toast';
    box.setAttribute('aria-hidden', 'true');
    document.body.append(box);
  }
  box.textContent = message;
  box.dataset['visible'] = '';
  window.setTimeout(() => delete box.dataset['visible'], 2500);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.permalink');
  if (!link) return;
  const paragraph = link.closest<HTMLElement>('[data-paragraph]');
  if (!paragraph) return;
  event.preventDefault();
  const url = new URL(`#${paragraph.id}`, window.location.href).href;
  history.replaceState(null, '', `#${paragraph.id}`);
  for (const old of document.querySelectorAll('[data-highlighted]')) old.removeAttribute('data-highlighted');
  paragraph.setAttribute('data-highlighted', '');
  const copied = await copy(url);
  const pages = paragraph.dataset['pageLabel'] ?? '';
  const message = copied
    ? `Link to paragraph ${paragraph.id} (${pages}) copied to the clipboard`
    : `Could not copy. The link to paragraph ${paragraph.id} is now in the address bar: ${url}`;
  liveRegion().textContent = message;
  toast(copied ? 'Link copied' : 'Link in the address bar');
});
