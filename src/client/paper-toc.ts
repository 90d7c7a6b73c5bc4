/**
 * "On this page" follows the reader on a paper page. Its entries there are the page's paragraphs
 * and tables (src/routeData.ts), not headings, and Starlight's script follows headings only: for
 * anything else it marks the title ("Overview"), however far the reader has scrolled. Here each
 * list (the sidebar's and the phone's) is told, whenever Starlight would set its current entry
 * and whenever the page scrolls, the entry of the last listed element whose top has passed the
 * line Starlight itself watches (below the header and the phone's "On this page" bar), or where a
 * link to it puts it.
 */

type Toc = HTMLElement & { current: HTMLAnchorElement };

/** The `current` setter of the list's own class (the phone's also writes the entry's name into its bar). */
function currentSetter(toc: Toc): ((link: HTMLAnchorElement) => void) | undefined {
  for (let proto = Object.getPrototypeOf(toc) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'current');
    if (descriptor?.set) return (link) => descriptor.set?.call(toc, link);
  }
  return undefined;
}

function follow(toc: Toc): void {
  const set = currentSetter(toc);
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.flatMap((link) => {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    return target ? [{ link, target }] : [];
  });
  if (!set || !links[0] || targets.length === 0) return;
  // Starlight's line, or where a jump to an anchor puts its target (below Starlight's scroll padding), whichever is lower.
  const line = () =>
    Math.max(
      (document.querySelector('header')?.getBoundingClientRect().height ?? 0) +
        (toc.querySelector('summary')?.getBoundingClientRect().height ?? 0) +
        32,
      (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + 2,
    );
  const currentLink = () => {
    const at = line();
    let current = links[0]!;
    for (const { link, target } of targets) if (target.getBoundingClientRect().top <= at) current = link;
    return current;
  };
  // Starlight's own updates are answered with the entry the reader is at.
  Object.defineProperty(toc, 'current', { configurable: true, set: () => set(currentLink()) });
  let frame = 0;
  const update = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => set(currentLink()));
  };
  window.addEventListener('scroll', update, { passive: true });
  window.addEventListener('resize', update, { passive: true });
  update();
}

/** Makes both lists follow the paragraphs (a paper page's, whose entries are paragraphs and tables). */
export function followParagraphs(): void {
  for (const name of ['starlight-toc', 'mobile-starlight-toc'])
    void customElements.whenDefined(name).then(() => {
      for (const toc of document.querySelectorAll<Toc>(name)) follow(toc);
    });
}
