/**
 * The edition as one HTML document to print (the PDF): a title page, contents with page numbers,
 * the text with every paragraph id and journal page start, tables, the references note. Paged by
 * Paged.js (CSS Paged Media: running heads, page numbers, target-counter for the contents) in
 * Chromium; the styles are src/styles/print-edition.css.
 */
import { loadHtml } from '../site/html-tree.ts';
import { isTag, isText, type AnyNode } from 'domhandler';
import type { ArticleMeta } from '../paper/article-meta.ts';
import type { Edition } from '../../schemas/paper-meta.ts';
import type { EditionDocument } from './edition-document.ts';
import { escapeHtml } from '../site/escape-html.ts';

export interface EditionFileMeta {
  article: ArticleMeta;
  edition: Edition;
}

const NOT_AVAILABLE = 'not available: not in the source text';

/** "2019, vol. 12, issue 1, pp. 23–38" */
export const articleLocator = (a: Pick<ArticleMeta, 'year' | 'volume' | 'issue' | 'firstPage' | 'lastPage'>) =>
  `${a.year}, vol. ${a.volume}, issue ${a.issue}, pp. ${a.firstPage}–${a.lastPage}`;

/** "China’s strategy toward Central Asia: an online edition, version 1.3 (2026-12-02)" */
export const editionLine = (e: Pick<Edition, 'title' | 'version' | 'date'>) => `${e.title}, version ${e.version} (${e.date})`;

/** The title page's facts, shared by the PDF and the EPUB. */
export function titlePageHtml({ article, edition }: EditionFileMeta, form: 'PDF' | 'EPUB'): string {
  const authors = article.authors.length
    ? article.authors.map((a) => [a.given, a.family].filter(Boolean).join(' ')).join(', ')
    : NOT_AVAILABLE;
  return `<section class="title-page" id="title-page" aria-label="Title page">
  <p class="journal">${escapeHtml(article.journal.title)}</p>
  <h1 class="title">${escapeHtml(article.title)}</h1>
  <p class="locator">${escapeHtml(articleLocator(article))}</p>
  <dl class="title-facts">
    <dt>Author(s)</dt><dd>${escapeHtml(authors)}</dd>
    <dt>DOI</dt><dd>${escapeHtml(article.doi || NOT_AVAILABLE)}</dd>
  </dl>
  <p class="edition-line">${escapeHtml(editionLine(edition))}<br /><a href="${escapeHtml(edition.url)}">${escapeHtml(edition.url)}</a></p>
  <p class="title-note" data-editorial=""><strong>Editorial.</strong> This ${form} is a form of the online edition, made from the same content as its pages. The author’s words are kept as printed, with line-break hyphenation undone and running heads dropped. Headings, summaries and notes marked “editorial” are this edition’s. Each paragraph begins with its id (¶ iii-4-05), and each journal page is marked where it begins (p. 34); “inferred” marks a page start read from the layout of the source text, where no page number is printed. The reference list behind the markers [1]–[7] is not in the source text. Links to entities and sections lead to the web edition.</p>
</section>`;
}

/**
 * Paged.js drops text nodes that hold only white space when it lays out pages, which joins the words
 * either side of them ("pipeline D line</a> <sup>[6]" printed "D line[6]"). Each such space between
 * two elements moves into the end of the text before it, where it is not alone.
 */
export function keepSpacesBetweenElements(html: string): string {
  const $ = loadHtml(html);
  $('*')
    .contents()
    .filter((_, node) => isText(node) && /^[ \t\n]+$/.test(node.data) && !!node.prev && isTag(node.prev) && !!node.next && isTag(node.next))
    .each((_, node) => {
      let last: AnyNode | null = node.prev;
      while (last && isTag(last) && last.lastChild) last = last.lastChild;
      if (!last || !isText(last)) return;
      last.data += ' ';
      $(node).remove();
    });
  return $.html();
}

/** The whole print document. `css` and `polyfill` are the file contents to inline. */
export function printDocument(doc: EditionDocument, meta: EditionFileMeta, css: string, polyfill: string): string {
  const { article, edition } = meta;
  const contents = doc.chapters
    .flatMap((c) => c.headings)
    .map((h) => `<li class="toc-${h.depth}"><a href="#${h.id}">${escapeHtml(h.text)}</a></li>`)
    .join('\n');
  const chapters = doc.chapters.map((c) => `<div class="chapter">${keepSpacesBetweenElements(c.html)}</div>`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(article.language)}">
<head>
<meta charset="utf-8" />
<title>${escapeHtml(article.title)}: ${escapeHtml(edition.title.replace(`${article.title}: `, ''))}, version ${escapeHtml(edition.version)}</title>
<meta name="description" content="${escapeHtml(article.abstract)}" />
<meta name="keywords" content="${escapeHtml(article.keywords.join(', '))}" />
<style>${css}</style>
<script>window.PagedConfig = { auto: true, after: () => { window.__paged = true; } };</script>
<script>${polyfill}</script>
</head>
<body>
${titlePageHtml(meta, 'PDF')}
<nav class="contents" id="contents" aria-labelledby="contents-title">
<h2 id="contents-title" class="contents-title">Contents</h2>
<ol>
${contents}
<li class="toc-2"><a href="#references">${escapeHtml(doc.references.title)}</a></li>
</ol>
</nav>
<main>
${chapters}
<section class="references" id="references" aria-labelledby="references-title" data-editorial="">
<h2 id="references-title" class="linear-heading">${escapeHtml(doc.references.title)}</h2>
<p class="heading-note"><span class="editorial-tag">editorial page</span></p>
${doc.references.html}
</section>
</main>
</body>
</html>`;
}
