/**
 * The edition as one TEI P5 document, from the same edition document as the PDF and the EPUB (the
 * built linear view) and the knowledge base's entity files: a header that describes the article
 * (authors and DOI said to be absent, never guessed) and this edition (version, editorial
 * decisions, history); the abstract and keywords in `front`; a `div` per part and point, a `p` per
 * paragraph with the site's id, a `pb` at every journal page start (`@type` "printed" or
 * "inferred"); tables as `table`/`row`/`cell`, Figure 1 as a `figure`; reference markers as `ref`;
 * every entity mention the site links as `placeName`, `orgName` or `name` pointing into `standOff`'s
 * lists; editorial headings, notes and data notes with `@resp="#edition"`.
 */
import type * as cheerio from 'cheerio/slim';
import { loadHtml } from '../site/html-tree.ts';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { EditionDocument } from './edition-document.ts';
import { articleLocator, type EditionFileMeta } from './print-document.ts';
import type { KbEntity } from '../knowledge/entities.ts';
import {
  TEI_LISTS,
  ENTITY_KIND_LIST,
  entityPath,
  isEntityCollection,
  kindOf,
  type EntityCollection,
  type EntityData,
} from '../knowledge/kinds.ts';
import { escapeHtml } from '../site/escape-html.ts';

const RESP = 'resp="#edition"';
/** A value of `@type`: one token ("mining and metals" → "mining-and-metals"). */
const token = (value: string) => value.trim().replace(/\s+/g, '-');

export const entityXmlId = (collection: string, id: string) => `${collection}-${id}`;

/** A journal page start: "printed" (a running head prints it), "inferred" (from the layout), or the article's first page. */
function pb($: cheerio.CheerioAPI, el: Element): string {
  const basis = $(el).attr('data-basis');
  const type = basis === 'layout' ? 'inferred' : basis === 'running-head' ? 'printed' : 'first-page';
  return `<pb n="${$(el).attr('data-page')}" type="${type}"/>`;
}

/** Inline HTML (a paragraph, a cell, a note) as TEI. */
function inline($: cheerio.CheerioAPI, nodes: AnyNode[]): string {
  return nodes
    .map((node) => {
      if (isText(node)) return escapeHtml(node.data);
      if (!isTag(node)) return '';
      const el = $(node);
      if (el.is('.para-id, .heading-note, .editorial-tag, .editorial-label')) return '';
      if (el.is('.page-marker')) return pb($, node);
      if (el.is('a.entity-link')) {
        const [collection = '', id = ''] = (el.attr('data-entity') ?? '').split('/');
        if (!isEntityCollection(collection)) throw new Error(`TEI: a link to an entity of no known kind: "${el.attr('data-entity')}"`);
        const { element, type } = kindOf(collection).tei.mention;
        return `<${element}${type ? ` type="${type}"` : ''} ref="#${entityXmlId(collection, id)}">${inline($, node.children)}</${element}>`;
      }
      if (el.is('sup.ref')) {
        const n = /\d+/.exec(el.text())![0];
        return `<ref type="bibl" target="#ref-${n}">${escapeHtml(el.text())}</ref>`;
      }
      if (el.is('a.data-note-ref')) return `<ref type="note" target="${escapeHtml(el.attr('href')!)}">${escapeHtml(el.text())}</ref>`;
      if (el.is('.truncated')) return `<gap reason="cut-off-in-source" ${RESP}/>`;
      if (el.is('[data-editorial]')) return `<note type="editorial" ${RESP}>${inline($, node.children).trim()}</note>`;
      if (el.is('em, i')) return `<hi rend="italic">${inline($, node.children)}</hi>`;
      if (el.is('strong, b')) return `<hi rend="bold">${inline($, node.children)}</hi>`;
      return inline($, node.children);
    })
    .join('');
}

/** A table of the paper: label rows, then rows of cells; spans as `rows`/`cols`. */
function table($: cheerio.CheerioAPI, figure: Element): string {
  const id = $(figure).attr('id')!;
  const caption = $(figure).find('caption').first();
  const head = inline($, caption.contents().toArray()).replace(/\s+/g, ' ').trim();
  const rows = $(figure)
    .find('tr')
    .toArray()
    .map((tr) => {
      const label = $(tr).parent().is('thead');
      const cells = $(tr)
        .children('th, td')
        .toArray()
        .map((cell) => {
          const spans = ['rowspan', 'colspan']
            .map((a) => [a === 'rowspan' ? 'rows' : 'cols', $(cell).attr(a)] as const)
            .filter(([, v]) => v && v !== '1')
            .map(([name, v]) => ` ${name}="${v}"`)
            .join('');
          const role = label || $(cell).is('th') ? ' role="label"' : '';
          return `<cell${role}${spans}>${inline($, cell.children).replace(/\s+/g, ' ').trim()}</cell>`;
        });
      return `<row${label ? ' role="label"' : ''}>${cells.join('')}</row>`;
    });
  const source = $(figure).find('.table-source').first();
  const notes = $(figure)
    .find('.table-notes > p')
    .toArray()
    .map((p) => {
      const noteId = $(p).attr('id');
      const type = $(p).is('.data-note') ? 'data' : 'editorial';
      return `<note type="${type}" ${RESP}${noteId ? ` xml:id="${noteId}"` : ''}>${inline($, p.children).trim()}</note>`;
    });
  const sourceNote = source.length ? `<note type="source">${inline($, source.contents().toArray()).trim()}</note>` : '';
  const body = `<head>${head}</head>${rows.join('')}`;
  if (id.startsWith('figure-'))
    return `<figure xml:id="${id}"><head>${head}</head><table>${rows.join('')}</table>${sourceNote}${notes.join('')}</figure>`;
  return `<table xml:id="${id}">${body}</table>${sourceNote}${notes.join('')}`;
}

/** A section's content after its heading. */
function blocks($: cheerio.CheerioAPI, section: Element): string {
  return $(section)
    .children()
    .toArray()
    .map((el) => {
      const child = $(el);
      if (child.is('h2, h3, .heading-note')) return '';
      if (child.is('p.para')) return `<p xml:id="${child.attr('id')}">${inline($, el.children).trim()}</p>`;
      if (child.is('p.page-first, p.page-start-line, .page-marker')) return inline($, [el]);
      if (child.is('p.printed-ordinal-line'))
        return `<note type="editorial" subtype="printed-ordinal" ${RESP}>${inline($, el.children).trim()}</note>`;
      if (child.is('div.editorial-note'))
        return `<note type="editorial" ${RESP}>${inline($, child.find('p').contents().toArray()).trim()}</note>`;
      if (child.is('figure.data-table')) return table($, el);
      throw new Error(
        `the TEI has no rule for <${el.tagName} class="${child.attr('class') ?? ''}"> in section ${$(section).attr('aria-labelledby')}`,
      );
    })
    .join('\n');
}

function head(text: string, editorial: boolean): string {
  return editorial ? `<head type="editorial" ${RESP}>${escapeHtml(text)}</head>` : `<head>${escapeHtml(text)}</head>`;
}

function textPart(doc: EditionDocument): { front: string; body: string; refs: number[] } {
  const front: string[] = [];
  const body: string[] = [];
  let open = false;
  const refs = new Set<number>();
  for (const chapter of doc.chapters) {
    const $ = loadHtml(chapter.html);
    $('sup.ref').each((_, el) => void refs.add(Number(/\d+/.exec($(el).text())![0])));
    for (const section of $('section.linear-section').toArray()) {
      const heading = chapter.headings.find((h) => h.id === $(section).children('h2, h3').first().attr('id'))!;
      const content = `${head(heading.text, heading.editorial)}\n${blocks($, section)}`;
      if (heading.id === 'abstract') {
        front.push(`<div type="abstract" xml:id="abstract">\n${content}\n</div>`);
        continue;
      }
      if (heading.depth === 2) {
        if (open) body.push('</div>');
        const type = heading.id === 'introduction' ? 'introduction' : 'part';
        body.push(`<div type="${type}" xml:id="${heading.id}">\n${content}`);
        open = true;
      } else {
        body.push(`<div type="point" xml:id="${heading.id}">\n${content}\n</div>`);
      }
    }
  }
  if (open) body.push('</div>');
  return { front: front.join('\n'), body: body.join('\n'), refs: [...refs].sort((a, b) => a - b) };
}

function standOff(entities: readonly KbEntity[], address: (path: string) => string): string {
  /** An entity's names, in the list's naming element: its name (`nameAttributes` on it), its printed aliases, then the other names this edition adds (`resp`). */
  const names = (tag: string, data: KbEntity['data'], nameAttributes = '') =>
    [
      `<${tag}${nameAttributes}>${escapeHtml(data.name)}</${tag}>`,
      ...data.aliases.map((a) => `<${tag} type="alias">${escapeHtml(a)}</${tag}>`),
      ...data.otherNames.map((o) => `<${tag} type="alias" ${RESP}>${escapeHtml(o.name)}</${tag}>`),
    ].join('');
  /** One entry of a kind's list: `<place xml:id="countries-kazakhstan" type="partner">` with its names, date and address. */
  const entry = <C extends EntityCollection>(collection: C, id: string, data: EntityData<C>) => {
    const { tei } = kindOf(collection);
    const date = tei.date?.(data);
    const inner = `${names(tei.name, data, tei.editorialName?.(data) ? ` type="editorial" ${RESP}` : '')}${date ? `<date when="${date}"/>` : ''}<idno type="URI">${escapeHtml(address(entityPath(collection, id)))}</idno>`;
    return `<${tei.entry} xml:id="${entityXmlId(collection, id)}" type="${token(tei.type(data))}">${tei.wrap ? `<${tei.wrap}>${inner}</${tei.wrap}>` : inner}</${tei.entry}>`;
  };
  const lists = ENTITY_KIND_LIST.toSorted((a, b) => TEI_LISTS.indexOf(a.tei.list) - TEI_LISTS.indexOf(b.tei.list)).map(
    ({ collection, tei }) => {
      const entries = entities.filter((e) => e.collection === collection).map((e) => entry(e.collection, e.id, e.data));
      return `<${tei.list} type="${collection}">\n${entries.join('\n')}\n</${tei.list}>`;
    },
  );
  return `<standOff>\n${lists.join('\n')}\n</standOff>`;
}

export interface TeiInput {
  doc: EditionDocument;
  meta: EditionFileMeta;
  entities: readonly KbEntity[];
  /** The web edition's address of a site path ("/countries/kazakhstan/"). */
  address: (path: string) => string;
  /** This file's own address. */
  self: string;
}

export function teiDocument({ doc, meta, entities, address, self }: TeiInput): string {
  const { article, edition } = meta;
  const { front, body, refs } = textPart(doc);
  const NA = 'not available: not in the source text';
  const authors = article.authors
    .map(
      (a) =>
        `<author><persName><surname>${escapeHtml(a.family)}</surname>${a.given ? `<forename>${escapeHtml(a.given)}</forename>` : ''}</persName></author>`,
    )
    .join('');
  return mergeSplitMentions(`<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="${article.language}">
<teiHeader>
<fileDesc>
<titleStmt>
<title type="main">${escapeHtml(article.title)}</title>
<title type="sub">an online edition</title>
${authors}<respStmt xml:id="edition"><resp>online edition: restructured into parts and points, paragraph ids, journal page starts, editorial headings, summaries and notes, data notes, entity links and lists</resp><name>${escapeHtml(edition.title)}</name></respStmt>
</titleStmt>
<editionStmt>
<edition n="${escapeHtml(edition.version)}">${escapeHtml(edition.title)}, version ${escapeHtml(edition.version)} <date when="${edition.date}">${edition.date}</date></edition>
</editionStmt>
<publicationStmt>
<distributor>${escapeHtml(edition.title)}</distributor>
<idno type="URI">${escapeHtml(self)}</idno>
<availability><p>The source text states no licence, and this edition gives none.</p></availability>
<date when="${edition.date}">${edition.date}</date>
<ptr target="${escapeHtml(edition.url)}"/>
</publicationStmt>
<sourceDesc>
<biblStruct type="article">
<analytic>
<title level="a">${escapeHtml(article.title)}</title>
${authors}</analytic>
<monogr>
<title level="j">${escapeHtml(article.journal.title)}</title>
<title level="j" type="printed" xml:lang="ru">${escapeHtml(article.journal.printedTitle)}</title>
${article.issn ? `<idno type="ISSN">${escapeHtml(article.issn)}</idno>\n` : ''}<imprint>
<biblScope unit="volume">${article.volume}</biblScope>
<biblScope unit="issue">${article.issue}</biblScope>
<biblScope unit="page" from="${article.firstPage}" to="${article.lastPage}">${article.firstPage}–${article.lastPage}</biblScope>
<date when="${article.year}">${article.year}</date>
</imprint>
</monogr>
${article.doi ? `<idno type="DOI">${escapeHtml(article.doi)}</idno>\n` : ''}<note type="not-available" ${RESP}>${article.authors.length ? '' : `Author(s): ${NA}. `}${article.doi ? '' : `DOI: ${NA}. `}${article.issn ? '' : `ISSN: ${NA}. `}The reference list behind the markers [1]–[7]: ${NA}.</note>
<note type="locator">${escapeHtml(`${article.journal.title}, ${articleLocator(article)}`)}</note>
</biblStruct>
</sourceDesc>
</fileDesc>
<encodingDesc>
<editorialDecl>
<normalization><p>The text is the journal’s, as extracted from its PDF. Running heads are dropped. Nothing else is changed: the author’s spelling, punctuation and wording are kept as printed, including what a reader may take for an error; where the source contradicts itself, a note says so and the printed value stands.</p></normalization>
<hyphenation eol="none"><p>Hyphenation at line ends is undone: a word divided at a line break is joined; a hyphen that belongs to the word is kept.</p></hyphenation>
<segmentation><p>Each paragraph has a stable id (<val>iii-4-05</val>: part, point, paragraph), the same as the site’s; the division of the paper into parts and points follows its printed ordinals.</p></segmentation>
<interpretation><p>Journal page starts: page ${article.firstPage} is the article’s first page (its bibliographic record); pages 24–26 begin where their running heads stand in the source (<gi>pb</gi> <att>type</att>="printed"); the starts of pages 27–${article.lastPage} are inferred from the layout of the source text (<gi>pb</gi> <att>type</att>="inferred").</p></interpretation>
<interpretation><p>Headings of the points are this edition’s (<gi>head</gi> <att>type</att>="editorial"); the part headings are the author’s. Notes, data notes, completed labels and the lists of places, organisations, agreements and projects are this edition’s (<att>resp</att>="#edition"). Mentions are tagged where the web edition links them: the first mention of each entity in each paragraph.</p></interpretation>
</editorialDecl>
</encodingDesc>
<profileDesc>
<langUsage><language ident="${article.language}">English</language></langUsage>
<textClass><keywords>${article.keywords.map((k) => `<term>${escapeHtml(k)}</term>`).join('')}</keywords></textClass>
</profileDesc>
<revisionDesc>
<listChange>
${edition.history.map((h) => `<change n="${escapeHtml(h.version)}" when="${h.date}" who="#edition"><list>${h.changes.map((c) => `<item>${escapeHtml(c)}</item>`).join('')}</list></change>`).join('\n')}
</listChange>
</revisionDesc>
</teiHeader>
${standOff(entities, address)}
<text>
<front>
${front}
</front>
<body>
${body}
</body>
<back>
<div type="references" xml:id="references" ${RESP}>
<head>${escapeHtml(doc.references.title)}</head>
<p>The paper cites its sources with the markers [1] to [7]. The text this edition is made from ends with the last paragraph of Part IV: the list of references the markers point to is not in it, and this edition does not reconstruct it.</p>
<listBibl>
${refs.map((n) => `<bibl xml:id="ref-${n}" n="${n}"><note>Reference [${n}]: ${NA}.</note></bibl>`).join('\n')}
</listBibl>
</div>
</back>
</text>
</TEI>
`);
}

/**
 * A mention that a journal page start falls inside is two links on the site (the marker between
 * them); in TEI it is one name holding the page break: `<name ref="#x">Terrorism<pb n="29"/>, …</name>`.
 */
export const mergeSplitMentions = (xml: string): string =>
  xml.replace(
    /(<(placeName|orgName|name)((?: type="[^"]*")?) ref="([^"]+)">(?:(?!<\/\2>)[\s\S])*?)<\/\2>(<pb [^>]*\/>)<\2\3 ref="\4">/g,
    '$1$5',
  );
