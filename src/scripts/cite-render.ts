/**
 * Fills a Cite panel in the browser: the same items and formats as the build
 * (src/lib/citation.ts, src/lib/citation-formats.ts), with the reader's access date and the
 * address the reader sees. Loaded on demand: citation-js and the styles are a separate chunk.
 */
import { cslItem, inTextLocator, type CitationTarget, type CitedWork } from '../lib/citation.ts';
import { DATA_FORMATS, formatAllStyles, formatData } from '../lib/citation-formats.ts';
import type { ArticleMeta } from '../lib/paper-meta.ts';
import type { Edition } from '../schemas/paper-meta.ts';
import { BASE_PATH } from '../lib/site-url.ts';

export interface CiteContext {
  meta: ArticleMeta;
  edition: Edition;
  paragraphs: CitationTarget[];
}

/** The reader's day as YYYY-MM-DD, in their own time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function renderPanel(panel: HTMLElement, context: CiteContext, target: CitationTarget, accessed: string): void {
  const edition = { ...context.edition, url: new URL(BASE_PATH, window.location.origin).href };
  for (const section of panel.querySelectorAll<HTMLElement>('[data-work]')) {
    const work = section.dataset['work'] as CitedWork;
    const item = cslItem(context.meta, edition, target, work, accessed);
    for (const s of formatAllStyles(item, inTextLocator(target, work))) {
      const row = section.querySelector(`[data-style="${s.style}"]`);
      const reference = row?.querySelector<HTMLElement>('[data-cite-reference]');
      if (reference) {
        reference.innerHTML = s.html;
        reference.dataset['text'] = s.text;
      }
      const inText = row?.querySelector('[data-cite-intext]');
      if (inText) inText.textContent = s.inText;
    }
    const note = section.querySelector<HTMLElement>('[data-cite-note]');
    if (note) {
      note.hidden = !item.note;
      const text = note.querySelector('[data-cite-note-text]');
      if (text) text.textContent = item.note ?? '';
    }
    for (const format of DATA_FORMATS) {
      const box = section.querySelector(`[data-format="${format.id}"]`);
      const text = formatData([item], format.id);
      const code = box?.querySelector('[data-cite-data]');
      if (code) code.textContent = text;
      const download = box?.querySelector<HTMLAnchorElement>('[data-cite-download]');
      // Sections and the paper have static files; a paragraph's file is made here.
      if (download && target.kind === 'paragraph') {
        download.href = URL.createObjectURL(new Blob([text], { type: format.mediaType }));
        download.download = `${target.id}-${work}.${format.extension}`;
      }
    }
  }
  const accessedLine = panel.querySelector('[data-cite-accessed]');
  if (accessedLine) accessedLine.textContent = `Web edition citations give today, ${accessed}, as the day you accessed the page.`;
}
