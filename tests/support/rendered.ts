/**
 * What a reader sees, read from the rendered page: the layer every browser test that claims a
 * reader sees something goes through. Text as rendered (`innerText`, which leaves out what CSS
 * hides and breaks lines at blocks), visibility as the browser decides it (`checkVisibility()`,
 * opacity and `visibility` included), and boxes on screen: inside the viewport and inside every
 * box that clips them. Never `textContent`, which holds hidden text too.
 */
import { PNG } from 'pngjs';
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The element's text as rendered. */
export const shownText = (locator: Locator): Promise<string> => locator.innerText();

/** Whether a reader can see the element: rendered, not transparent or `visibility: hidden`, with a box of some size. */
export function isShown(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 0 && box.height > 0;
  });
}

/**
 * Whether `condition` becomes true within `within` ms and then holds at every reading for `holds`
 * ms more (read every animation frame): a dialog that opens and stays open, not one that flashes.
 */
export async function becomesAndStays(
  page: Page,
  condition: () => Promise<boolean>,
  { within = 5000, holds = 400 } = {},
): Promise<boolean> {
  const frame = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > within) return false;
    await frame();
  }
  const since = Date.now();
  while (Date.now() - since < holds) {
    await frame();
    if (!(await condition())) return false;
  }
  return true;
}

/** Whether the element's box lies inside the viewport (all of it). */
export function isInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  });
}

export interface Clipped {
  /** The element, as a reader would name it: tag, class and the start of its text. */
  readonly element: string;
  /** What cuts it: "viewport", the clipping box's tag and class, or "its own box". */
  readonly by: string;
}

/**
 * The elements matching `selector` whose rendered text a box cuts off: a line of text reaching
 * past the right or left edge of the viewport, of an ancestor that clips its overflow (`hidden`,
 * `clip`), or of its own box where that clips (an ellipsis). Where `scrolling` is "cuts", a
 * scroll box counts as cutting too (for what must be read without scrolling sideways: captions,
 * titles, headings, buttons); where it is "scrolls", text a reader reaches by scrolling the box
 * sideways is not cut (a wide table's cells). A select or an input is checked by its box. Text in screen-reader labels (`.sr-only`) is not shown
 * and not checked; an element the browser does not render is skipped.
 */
export function clippedTexts(page: Page, selector: string, scrolling: 'cuts' | 'scrolls' = 'cuts'): Promise<Clipped[]> {
  return page.evaluate(
    ({ selector, scrolling }) => {
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].filter((c) => !c.startsWith('astro-')).join('.')}` : ''}`;
      const overflows = (el: Element) => {
        const style = getComputedStyle(el);
        return [style.overflowX, style.overflowY];
      };
      const scrolls = (el: Element) => overflows(el).some((v) => v === 'auto' || v === 'scroll');
      const clipping = (el: Element) => overflows(el).some((v) => v === 'hidden' || v === 'clip') || (scrolling === 'cuts' && scrolls(el));
      const out: { element: string; by: string }[] = [];
      for (const el of document.querySelectorAll(selector)) {
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || el.closest('.sr-only')) continue;
        const label = `${name(el)} “${(el as HTMLElement).innerText.replace(/\s+/g, ' ').trim().slice(0, 60)}”`;
        // Its own box, where it clips: the text is wider than the box.
        if (clipping(el) && el.scrollWidth > el.clientWidth + 1) {
          out.push({ element: label, by: 'its own box' });
          continue;
        }
        // A form control shows its value in its own box, not in text nodes of its own.
        const rects: DOMRect[] = el.matches('select, input, textarea') ? [el.getBoundingClientRect()] : [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) =>
            n.parentElement?.closest('.sr-only') || !n.textContent?.trim() ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
        });
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(n);
          rects.push(...[...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0));
        }
        const boxes: { by: string; left: number; right: number }[] = [
          { by: 'viewport', left: 0, right: document.documentElement.clientWidth },
        ];
        for (let a = el.parentElement; a; a = a.parentElement) {
          // Text inside a box that scrolls is reached by scrolling it: neither it nor the viewport cuts the text.
          if (scrolling === 'scrolls' && scrolls(a)) {
            boxes.splice(0);
            break;
          }
          if (a === document.body || a === document.documentElement || !clipping(a)) continue;
          const box = a.getBoundingClientRect();
          boxes.push({ by: name(a), left: box.left + a.clientLeft, right: box.left + a.clientLeft + a.clientWidth });
        }
        const cut = boxes.find((b) => rects.some((r) => r.left < b.left - 1 || r.right > b.right + 1));
        if (cut) out.push({ element: label, by: cut.by });
      }
      return out;
    },
    { selector, scrolling },
  );
}

/** How many pixels of the element the screen paints in the highlighter colour of `::target-text` (#ffe066, src/styles/paper.css). */
export async function highlightedPixels(page: Page, selector: string): Promise<number> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i] === 0xff && png.data[i + 1] === 0xe0 && png.data[i + 2] === 0x66) n++;
  return n;
}

/**
 * Opens a passage's link (an anchor with a text fragment) in a fresh page of `context`, as a
 * reader who was sent it would: the anchor it lands on, whether the element `anchor` is in view,
 * how many of that element's pixels are highlighted, and (unless `plain` is false: undefined)
 * as many for the same address without the text directive (the paragraph alone, nothing highlighted).
 */
export async function followPassageLink(
  context: BrowserContext,
  link: string,
  anchor: string,
  { plain: withPlain = true } = {},
): Promise<{ hash: string; inView: boolean; highlighted: number; plain: number | undefined }> {
  // The browser highlights a text fragment some frames after the page loads: read until two readings agree.
  const count = async (target: Page) => {
    await target.locator(`#${anchor}`).waitFor();
    let reading = await highlightedPixels(target, `#${anchor}`);
    for (let agreeing = 0, tries = 0; agreeing < (reading > 0 ? 1 : 3) && tries < 20; tries++) {
      await target.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const next = await highlightedPixels(target, `#${anchor}`);
      agreeing = next === reading ? agreeing + 1 : 0;
      reading = next;
    }
    return reading;
  };
  const opened = await context.newPage();
  await opened.goto(link);
  const hash = await opened.evaluate(() => window.location.hash);
  const inView = await opened.locator(`#${anchor}`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
  const highlighted = await count(opened);
  await opened.close();
  if (!withPlain) return { hash, inView, highlighted, plain: undefined };
  const plainPage = await context.newPage();
  await plainPage.goto(link.includes(':~:') ? link.slice(0, link.indexOf(':~:')) : link);
  const plain = await count(plainPage);
  await plainPage.close();
  return { hash, inView, highlighted, plain };
}
