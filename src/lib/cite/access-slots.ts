/**
 * Web-edition citations with a slot for the reader's access date (src/lib/cite/access-date.ts):
 * rendered by citation-js at build time without a date (what a reader without JavaScript, a
 * static file and a search engine get) and with a sentinel date, to learn where the style puts
 * the date and in what form. The browser only fills the slot (src/client/cite-panel.ts).
 */
import {
  SENTINEL,
  accessSlot,
  difference,
  fillAccessDate,
  learnDateForm,
  type AccessSlot,
  type DateForm,
  type Day,
  type Render,
} from './access-date.ts';
import { formatCitation, formatData, referenceHtml, type CitationStyleId, type DataFormatId } from './formats.ts';
import type { CslItem } from './csl-item.ts';
import { escapeHtml } from '../site/escape-html.ts';

const dated = (item: CslItem, date: Day): CslItem => ({ ...item, accessed: { 'date-parts': [[date.year, date.month, date.day]] } });

/** `render`, remembering each day's result: the sentinel day is asked for by the check, the date form and the slot. */
function remembered(render: Render): Render {
  const seen = new Map<string, string>();
  return (date) => {
    const key = `${date.year}-${date.month}-${date.day}`;
    let text = seen.get(key);
    if (text === undefined) seen.set(key, (text = render(date)));
    return text;
  };
}

const forms = new Map<string, DateForm>();
/** A style's or data format's date form, learnt once per build from the first item it renders. */
function dateForm(key: string, render: Render): DateForm {
  let form = forms.get(key);
  if (!form) forms.set(key, (form = learnDateForm(render)));
  return form;
}

const templates = new Map<string, { template: string; without: string }>();
/**
 * Where the access date goes in `plain`. A style puts the date of every item in the same words,
 * so the template learnt from the first item is reused when the sentinel day, filled into it,
 * is exactly what the item's dated rendering adds; otherwise it is learnt anew (four renderings).
 */
function slotFor(key: string, plain: string, render: Render, form: DateForm): AccessSlot | undefined {
  const known = templates.get(key);
  if (known) {
    const d = difference(plain, render(SENTINEL));
    if (d.a === known.without && d.b === fillAccessDate(known.template, form, SENTINEL))
      return { before: d.prefix, without: d.a, template: known.template, after: d.suffix };
  }
  const slot = accessSlot(plain, render, form);
  if (slot) templates.set(key, { template: slot.template, without: slot.without });
  return slot;
}

function slotElement(kind: 'html' | 'text', template: string, form: DateForm, without: string): string {
  return `<span class="cite-accessed-slot" data-access-slot="${kind}" data-template="${escapeHtml(template)}" data-date-form="${escapeHtml(JSON.stringify(form))}">${without}</span>`;
}

/**
 * A web-edition reference as HTML (the style's entry without a date, `plain` if the caller has
 * rendered it already) with the slot where the style puts the access date; unchanged if the style
 * prints none.
 */
export function referenceWithAccessSlot(item: CslItem, style: CitationStyleId, plain = formatCitation(item, style).html): string {
  const render = remembered((date) => referenceHtml(dated(item, date), style));
  // APA gives no access date for a web page.
  if (render(SENTINEL) === plain) return plain;
  const form = dateForm(style, render);
  const slot = slotFor(style, plain, render, form);
  if (!slot) return plain;
  if (slot.before.lastIndexOf('<') > slot.before.lastIndexOf('>'))
    throw new Error(`${style}: the access date of ${item.id} falls inside a tag`);
  return `${slot.before}${slotElement('html', slot.template, form, slot.without)}${slot.after}`;
}

/** A web-edition data format as HTML for a <code> element: the text without a date, escaped, with the slot where the access date goes. */
export function dataWithAccessSlot(item: CslItem, format: DataFormatId): string {
  const plain = formatData([item], format);
  const render = remembered((date) => formatData([dated(item, date)], format));
  if (render(SENTINEL) === plain) return escapeHtml(plain);
  const form = dateForm(format, render);
  const slot = slotFor(format, plain, render, form);
  if (!slot) return escapeHtml(plain);
  return `${escapeHtml(slot.before)}${slotElement('text', slot.template, form, escapeHtml(slot.without))}${escapeHtml(slot.after)}`;
}
