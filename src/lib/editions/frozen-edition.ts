/**
 * An archived edition read back from its TEI (editions/<version>/…tei.xml): the page that shows it
 * at its lasting address (/editions/<version>/) and what the editions are compared by. One walk
 * over the TEI's `text` gives both: the HTML (each part and point a section with its heading, each
 * paragraph with its id as its anchor, every journal page start where it stands, printed or
 * inferred, the tables and Figure 1 with their notes, the editorial notes marked as editorial) and
 * the pieces a comparison needs (the author's words in order, each paragraph, page start, heading
 * and editorial note with where it stands). Pure: it gets the TEI as text.
 */
import * as cheerio from 'cheerio';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { sha256 } from './archive.ts';
import { escapeHtml } from '../site/escape-html.ts';

/** A journal page start: the page, how its start is known, and the paragraph (or table) it stands in, after how many of the author's characters. */
export interface FrozenPageStart {
  readonly page: number;
  readonly type: string;
  readonly at: string;
  readonly offset: number;
}

/** An editorial note (or data note), with the id of what it belongs to. */
export interface FrozenNote {
  readonly at: string;
  readonly text: string;
}

export interface FrozenHeading {
  readonly id: string;
  /** 2 for a part, 3 for a point. */
  readonly level: number;
  readonly text: string;
  readonly editorial: boolean;
}

/** One of the author's paragraphs as the edition shows it. */
export interface FrozenParagraph {
  readonly id: string;
  /** The author's words, page starts left out, whitespace as one space. */
  readonly text: string;
  /** The paragraph's content as HTML (page markers included). */
  readonly html: string;
}

export interface FrozenEdition {
  readonly version: string;
  readonly date: string;
  /** The text's title as the TEI header gives it, and the source it describes. */
  readonly title: string;
  readonly source: string;
  /** The edition's own entry of changes (TEI revisionDesc). */
  readonly changes: readonly string[];
  /** The body and back as HTML, for the frozen page. */
  readonly html: string;
  /** Every id the HTML holds (the addresses the frozen page publishes). */
  readonly ids: readonly string[];
  readonly headings: readonly FrozenHeading[];
  readonly paragraphs: readonly FrozenParagraph[];
  readonly pageStarts: readonly FrozenPageStart[];
  readonly notes: readonly FrozenNote[];
  /** The author's words in order (printed headings, paragraphs, tables' titles and cells), one block a line. */
  readonly authorText: string;
  /** SHA-256 of `authorText`: the same in every edition while the author's words are. */
  readonly fingerprint: string;
}

/** The place in the current edition an id of the frozen one stands at, if it still does. */
export type CurrentPlace = (id: string) => string | undefined;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const pageMarkerId = (n: string) => `page-${n}`;

class Walker {
  readonly ids: string[] = [];
  readonly headings: FrozenHeading[] = [];
  readonly paragraphs: FrozenParagraph[] = [];
  readonly pageStarts: FrozenPageStart[] = [];
  readonly notes: FrozenNote[] = [];
  readonly authorBlocks: string[] = [];
  /** The id of the last element with an id passed, for notes and page starts. */
  private at = '';
  /** The author's characters of the current block so far (a page start's offset). */
  private written = '';

  private readonly $: cheerio.CheerioAPI;
  private readonly currentPlace: CurrentPlace;

  constructor($: cheerio.CheerioAPI, currentPlace: CurrentPlace) {
    this.$ = $;
    this.currentPlace = currentPlace;
  }

  private id(el: Element): string | undefined {
    const id = el.attribs['xml:id'];
    if (id) {
      this.ids.push(id);
      this.at = id;
    }
    return id;
  }

  private idAttr(id: string | undefined) {
    return id ? ` id="${escapeHtml(id)}"` : '';
  }

  /** Inline content; `author` says whether its text is the author's (it counts for offsets and the fingerprint). */
  inline(nodes: AnyNode[], author = true): string {
    return nodes
      .map((node) => {
        if (isText(node)) {
          if (author) this.written += node.data;
          return escapeHtml(node.data);
        }
        if (!isTag(node)) return '';
        const name = node.name;
        if (name === 'pb') {
          const n = node.attribs['n'] ?? '';
          const type = node.attribs['type'] ?? '';
          this.pageStarts.push({ page: Number(n), type, at: this.at, offset: squash(this.written).length });
          const id = pageMarkerId(n);
          this.ids.push(id);
          const basis = type === 'inferred' ? ' <span class="frozen-basis">inferred</span>' : type === 'first-page' ? ' <span class="frozen-basis">first page</span>' : '';
          return ` <span class="frozen-page" id="${id}" data-basis="${escapeHtml(type)}">p. ${escapeHtml(n)}${basis}</span> `;
        }
        if (name === 'note') {
          const text = squash(this.$(node).text());
          this.notes.push({ at: this.at, text });
          return ` <span class="frozen-inline-note" data-editorial>${this.inline(node.children, false)}</span>`;
        }
        if (name === 'gap') return '<span class="frozen-gap" data-editorial title="cut off in the source text">…</span>';
        if (name === 'ref') {
          const target = node.attribs['target'] ?? '';
          if (node.attribs['type'] === 'note') return `<sup><a class="frozen-note-ref" href="${escapeHtml(target)}">${this.inline(node.children, false).trim()}</a></sup>`;
          return `<a class="frozen-ref" href="${escapeHtml(target)}">${this.inline(node.children, author)}</a>`;
        }
        if (name === 'hi') {
          const tag = node.attribs['rend'] === 'bold' ? 'strong' : 'em';
          return `<${tag}>${this.inline(node.children, author)}</${tag}>`;
        }
        // Entity mentions (placeName, orgName, name, …): their words, as the edition linked them.
        return this.inline(node.children, author);
      })
      .join('');
  }

  /** An author's block: its words count from the block's start. */
  private authorBlock<T>(make: () => T): { value: T; text: string } {
    this.written = '';
    const value = make();
    const text = squash(this.written);
    if (text) this.authorBlocks.push(text);
    return { value, text };
  }

  private heading(div: Element, head: Element, level: number, id: string | undefined): string {
    const editorial = head.attribs['type'] === 'editorial' || div.attribs['resp'] === '#edition';
    const { value: inner } = editorial ? { value: this.inline(head.children, false) } : this.authorBlock(() => this.inline(head.children));
    const text = squash(this.$(head).clone().find('note').remove().end().text());
    if (id) this.headings.push({ id, level, text, editorial });
    const first = this.$(div)
      .find('p')
      .toArray()
      .find((p) => p.attribs['xml:id']);
    const current = (id && this.currentPlace(id)) ?? (first ? this.currentPlace(first.attribs['xml:id']!) : undefined);
    return `<h${level} class="frozen-heading">${inner.trim()}${editorial ? ' <span class="editorial-tag" data-editorial>editorial heading</span>' : ''}</h${level}>${
      current ? `<p class="frozen-current"><a href="${escapeHtml(current)}">This section in the current edition</a></p>` : ''
    }`;
  }

  /**
   * A table's rows, with its caption, in the site's box that scrolls sideways (`.table-scroll`:
   * focusable, named; the caption wraps within the box and stays in view), so that a wide table
   * never widens the page.
   */
  private tableBox(el: Element, name: string, caption: string, id?: string): string {
    const rows = this.$(el)
      .children('row')
      .toArray()
      .map((row) => {
        const labelRow = row.attribs['role'] === 'label';
        const cells = this.$(row)
          .children('cell')
          .toArray()
          .map((cell, i) => {
            const th = labelRow || cell.attribs['role'] === 'label';
            const scope = labelRow ? 'col' : i === 0 && th ? 'row' : undefined;
            const span = cell.attribs['cols'] ? ` colspan="${escapeHtml(cell.attribs['cols'])}"` : '';
            const inner = this.authorBlock(() => this.inline(cell.children)).value.trim();
            const tag = th ? 'th' : 'td';
            return `<${tag}${scope ? ` scope="${scope}"` : ''}${span}>${inner}</${tag}>`;
          })
          .join('');
        return `<tr>${cells}</tr>`;
      })
      .join('');
    return `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(name)}"><table${this.idAttr(id)}>${
      caption ? `<caption>${caption}</caption>` : ''
    }<tbody>${rows}</tbody></table></div>`;
  }

  /** A table's or figure's title, the author's words; and its name without the notes. */
  private caption(el: Element): { html: string; name: string } {
    const head = this.$(el).children('head').get(0);
    if (!head) return { html: '', name: 'Table' };
    const html = this.authorBlock(() => this.inline(head.children)).value.trim();
    const name = squash(this.$(head).clone().find('note').remove().end().text());
    return { html, name };
  }

  /** A table of the paper, titled by its caption. */
  private table(el: Element): string {
    const id = this.id(el);
    const { html, name } = this.caption(el);
    return this.tableBox(el, name, html, id);
  }

  /** Figure 1: its title, and the words and numbers drawn in it as a table. */
  private figure(el: Element): string {
    const id = this.id(el);
    const { html, name } = this.caption(el);
    const inner = this.$(el)
      .children()
      .toArray()
      .filter((c) => c.name !== 'head')
      .map((c) => (c.name === 'table' ? this.tableBox(c, name, '') : this.block(c, 3)))
      .join('');
    return `<figure class="frozen-figure"${this.idAttr(id)}>${html ? `<figcaption>${html}</figcaption>` : ''}${inner}</figure>`;
  }

  private note(el: Element): string {
    const id = this.id(el);
    const type = el.attribs['type'] ?? '';
    const text = squash(this.$(el).text());
    const editorial = el.attribs['resp'] === '#edition';
    if (editorial) this.notes.push({ at: id ?? this.at, text });
    const label =
      type === 'data' ? 'Data note' : type === 'source' ? '' : el.attribs['subtype'] === 'printed-ordinal' ? 'Editorial' : editorial ? 'Editorial note' : '';
    const inner = type === 'source' ? this.authorBlock(() => this.inline(el.children)).value : this.inline(el.children, false);
    return `<p class="frozen-note frozen-note-${escapeHtml(type || 'plain')}"${this.idAttr(id)}${editorial ? ' data-editorial' : ''}>${
      label ? `<strong class="editorial-label">${label}.</strong> ` : ''
    }${inner.trim()}</p>`;
  }

  private paragraph(el: Element, editorial: boolean): string {
    const id = this.id(el);
    if (editorial) return `<p class="frozen-editorial" data-editorial${this.idAttr(id)}>${this.inline(el.children, false).trim()}</p>`;
    const { value: html, text } = this.authorBlock(() => this.inline(el.children));
    if (id) this.paragraphs.push({ id, text, html: html.trim() });
    const permalink = id ? `<a class="frozen-id" href="#${escapeHtml(id)}" aria-label="Paragraph ${escapeHtml(id)}">¶ ${escapeHtml(id)}</a> ` : '';
    return `<p class="frozen-paragraph"${this.idAttr(id)}>${permalink}${html.trim()}</p>`;
  }

  /** A block-level element of a div. */
  block(el: Element, level: number, editorial = false): string {
    switch (el.name) {
      case 'div': {
        const id = this.id(el);
        const ed = editorial || el.attribs['resp'] === '#edition';
        const head = this.$(el).children('head').get(0);
        const heading = head ? this.heading(el, head, level, id) : '';
        const body = this.$(el)
          .children()
          .toArray()
          .filter((c) => c.name !== 'head')
          .map((c) => this.block(c, level + 1, ed))
          .join('\n');
        return `<section class="frozen-div frozen-${escapeHtml(el.attribs['type'] ?? 'div')}"${this.idAttr(id)}>${heading}\n${body}</section>`;
      }
      case 'p':
        return this.paragraph(el, editorial);
      case 'pb':
        return `<p class="frozen-page-line">${this.inline([el])}</p>`;
      case 'note':
        return this.note(el);
      case 'table':
        return this.table(el);
      case 'figure':
        return this.figure(el);
      case 'listBibl':
        return `<ol class="frozen-bibl">${this.$(el)
          .children('bibl')
          .toArray()
          .map((b) => `<li${this.idAttr(this.id(b))} value="${escapeHtml(b.attribs['n'] ?? '')}">${this.inline(b.children, false).trim()}</li>`)
          .join('')}</ol>`;
      default:
        return this.$(el)
          .children()
          .toArray()
          .map((c) => this.block(c, level, editorial))
          .join('\n');
    }
  }
}

/** Reads an archived TEI into the frozen page's HTML and the comparable pieces. `currentPlace` links each section to where it stands now. */
export function readFrozenEdition(tei: string, currentPlace: CurrentPlace = () => undefined): FrozenEdition {
  const $ = cheerio.load(tei, { xml: true });
  const edition = $('teiHeader editionStmt edition').first();
  const version = edition.attr('n') ?? '';
  const date = edition.find('date').attr('when') ?? '';
  if (!version || !date) throw new Error('TEI: the edition statement gives no version or date (editionStmt/edition/@n, date/@when)');
  const walker = new Walker($, currentPlace);
  const parts = [...$('text > front').children().toArray(), ...$('text > body').children().toArray(), ...$('text > back').children().toArray()];
  const html = parts.map((el) => walker.block(el, 2)).join('\n');
  const authorText = walker.authorBlocks.join('\n');
  const mainTitle = squash($('titleStmt > title[type="main"]').first().text());
  const changes = $(`revisionDesc change[n="${version}"] item`)
    .toArray()
    .map((i) => squash($(i).text()));
  return {
    version,
    date,
    title: mainTitle,
    source: squash($('sourceDesc note[type="locator"]').first().text()),
    changes,
    html,
    ids: [...new Set(walker.ids)],
    headings: walker.headings,
    paragraphs: walker.paragraphs,
    pageStarts: walker.pageStarts,
    notes: walker.notes,
    authorText,
    fingerprint: sha256(authorText),
  };
}
