/**
 * Tells the reader what just happened: a polite live region for screen readers and a short
 * visible toast. Used by the permalink control and the Cite panel.
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

/** Announces `message` to screen readers and shows `short` on screen. */
export function announce(message: string, short: string): void {
  liveRegion().textContent = message;
  toast(short);
}

/** Copies text (and, where the browser allows, HTML) to the clipboard; false when it cannot. */
export async function copyToClipboard(text: string, html?: string): Promise<boolean> {
  try {
    if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
      ]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    return true;
  } catch {
    return false;
  }
}
