/**
 * The paragraph permalink control (¶): on click or Enter it copies the paragraph's URL,
 * moves the address bar to it, highlights the paragraph and announces the result.
 * Without JavaScript the control is a plain link to the paragraph.
 */
import { announce, copyToClipboard } from './announce.ts';

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
  const copied = await copyToClipboard(url);
  const pages = paragraph.dataset['pageLabel'] ?? '';
  announce(
    copied
      ? `Link to paragraph ${paragraph.id} (${pages}) copied to the clipboard`
      : `Could not copy. The link to paragraph ${paragraph.id} is now in the address bar: ${url}`,
    copied ? 'Link copied' : 'Link in the address bar',
  );
});
