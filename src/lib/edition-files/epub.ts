/**
 * The edition as an EPUB 3: a title page, the text in reading order (one XHTML document per
 * part), the references note; a navigation document with the contents, a page-list of the
 * journal's pages (each page start an `epub:type="pagebreak"`, `role="doc-pagebreak"`, the
 * inferred ones said so in the text) and landmarks; the printed journal named as the page-list's
 * source; accessibility metadata. JSZip writes the container (the `mimetype` entry first and
 * stored, as OCF requires); the package document, navigation and XHTML are written here, because
 * no packaging library writes a page-list or accessibility metadata.
 */
import { loadHtml } from '../site/html-tree.ts';
import JSZip from 'jszip';
import { v5 as uuidV5 } from 'uuid';
import type { EditionDocument } from './edition-document.ts';
import { articleLocator, editionLine, titlePageHtml, type EditionFileMeta } from './print-document.ts';
import { escapeHtml } from '../site/escape-html.ts';

/** The edition's identifier: the same for every build and version of this online edition. */
export const EPUB_IDENTIFIER = `urn:uuid:${uuidV5('china-strategy-toward-central-asia/online-edition', uuidV5.URL)}`;

interface ContentDocument {
  file: string;
  title: string;
  body: string;
}

/** HTML (as the site renders it) to the XHTML of an EPUB content document, links within the book resolved to their file. */
function toXhtml(html: string, fileOf: ReadonlyMap<string, string>, file: string): string {
  const $ = loadHtml(html);
  $('[data-pagefind-title], [data-pagefind-weight], [data-pagefind-ignore]').each((_, el) => {
    for (const name of Object.keys(el.attribs)) if (name.startsWith('data-pagefind')) $(el).removeAttr(name);
  });
  $('.page-marker[data-page]').each((_, el) => {
    const page = $(el).attr('data-page')!;
    const inferred = $(el).attr('data-basis') === 'layout';
    $(el)
      .attr('epub:type', 'pagebreak')
      .attr('role', 'doc-pagebreak')
      .attr('aria-label', inferred ? `${page} (inferred)` : page);
  });
  $('a[href^="#"]').each((_, el) => {
    const id = $(el).attr('href')!.slice(1);
    const target = fileOf.get(id);
    if (target && target !== file) $(el).attr('href', `${target}#${id}`);
  });
  return $.xml();
}

const xhtmlPage = (title: string, lang: string, body: string, bodyType = 'bodymatter') => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}">
<head>
<meta charset="UTF-8" />
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" type="text/css" href="edition.css" />
</head>
<body epub:type="${bodyType}">
${body}
</body>
</html>
`;

export async function epubPackage(doc: EditionDocument, meta: EditionFileMeta, css: string): Promise<Uint8Array> {
  const { article, edition } = meta;
  const lang = article.language;
  const chapters: ContentDocument[] = doc.chapters.map((c, i) => ({
    file: `text-${String(i + 1).padStart(2, '0')}.xhtml`,
    title: c.headings[0]!.text,
    body: c.html,
  }));
  const references: ContentDocument = {
    file: 'references.xhtml',
    title: doc.references.title,
    body: `<section class="references" id="references" aria-labelledby="references-title" data-editorial=""><h2 id="references-title">${escapeHtml(doc.references.title)}</h2><p class="heading-note"><span class="editorial-tag">editorial page</span></p>${doc.references.html}</section>`,
  };
  const documents = [...chapters, references];

  // Where each id stands, so that a link within the book names its file.
  const fileOf = new Map<string, string>();
  for (const d of documents) for (const [, id] of d.body.matchAll(/\sid="([^"]+)"/g)) fileOf.set(id!, d.file);

  const titlePage = xhtmlPage(article.title, lang, titlePageHtml(meta, 'EPUB'), 'frontmatter');
  const toc = doc.chapters
    .map((c) => {
      const [head, ...points] = c.headings;
      const file = fileOf.get(head!.id);
      const sub = points.length
        ? `<ol>${points.map((h) => `<li><a href="${file}#${h.id}">${escapeHtml(h.text)}</a></li>`).join('')}</ol>`
        : '';
      return `<li><a href="${file}#${head!.id}">${escapeHtml(head!.text)}</a>${sub}</li>`;
    })
    .join('\n');
  const pageList = doc.pages.map((p) => `<li><a href="${fileOf.get(p.id)}#${p.id}">${p.page}</a></li>`).join('\n');
  const nav = xhtmlPage(
    'Contents',
    lang,
    `<nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-title">
<h1 id="toc-title">Contents</h1>
<ol>
<li><a href="title.xhtml">Title page</a></li>
${toc}
<li><a href="references.xhtml#references">${escapeHtml(doc.references.title)}</a></li>
</ol>
</nav>
<nav epub:type="page-list" role="doc-pagelist" id="page-list" aria-labelledby="page-list-title" hidden="hidden">
<h2 id="page-list-title">Journal pages (${escapeHtml(article.journal.title)}, ${escapeHtml(articleLocator(article))})</h2>
<ol>
${pageList}
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-title" hidden="hidden">
<h2 id="landmarks-title">Landmarks</h2>
<ol>
<li><a epub:type="titlepage" href="title.xhtml">Title page</a></li>
<li><a epub:type="toc" href="nav.xhtml#toc">Contents</a></li>
<li><a epub:type="bodymatter" href="${chapters[0]!.file}">Text</a></li>
</ol>
</nav>`,
    'frontmatter',
  );

  const modified = `${edition.date}T00:00:00Z`;
  const source = `${article.journal.title}, ${articleLocator(article)}`;
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="${lang}" prefix="a11y: http://www.idpf.org/epub/vocab/package/a11y/#">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="pub-id">${EPUB_IDENTIFIER}</dc:identifier>
<dc:title id="title">${escapeHtml(`${article.title}: an online edition`)}</dc:title>
<dc:language>${lang}</dc:language>
<dc:date>${edition.date}</dc:date>
<dc:source id="print-source">${escapeHtml(source)}</dc:source>
<meta refines="#print-source" property="source-of">pagination</meta>
<dc:description>${escapeHtml(article.abstract)}</dc:description>
${article.keywords.map((k) => `<dc:subject>${escapeHtml(k)}</dc:subject>`).join('\n')}
<meta property="dcterms:modified">${modified}</meta>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessModeSufficient">textual</meta>
<meta property="schema:accessibilityFeature">printPageNumbers</meta>
<meta property="schema:accessibilityFeature">tableOfContents</meta>
<meta property="schema:accessibilityFeature">structuralNavigation</meta>
<meta property="schema:accessibilityFeature">readingOrder</meta>
<meta property="schema:accessibilityFeature">displayTransformability</meta>
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary">${escapeHtml(
    'Text, headings and tables in reading order, with a table of contents and the page numbers of the printed journal (a page-list; page starts after page 26 are inferred from the layout of the source text and marked so). Tables have captions and header cells; charts of the web edition are given as their tables. Links lead to the web edition.',
  )}</meta>
<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>
<meta property="a11y:certifiedBy">${escapeHtml(edition.title)}</meta>
<meta property="dcterms:bibliographicCitation">${escapeHtml(`${article.title}. ${source}`)}</meta>
<meta property="belongs-to-collection" id="edition">${escapeHtml(editionLine(edition))}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="css" href="edition.css" media-type="text/css"/>
<item id="title-page" href="title.xhtml" media-type="application/xhtml+xml"/>
${documents.map((d, i) => `<item id="doc-${i + 1}" href="${d.file}" media-type="application/xhtml+xml"/>`).join('\n')}
</manifest>
<spine>
<itemref idref="title-page"/>
<itemref idref="nav"/>
${documents.map((_, i) => `<itemref idref="doc-${i + 1}"/>`).join('\n')}
</spine>
</package>
`;

  const date = new Date(modified);
  // Every entry dated with the edition and no folder entries (JSZip would date those now), so that
  // two builds of one edition make the same file.
  const entry = { date, createFolders: false };
  const zip = new JSZip();
  zip.file('mimetype', 'application/epub+zip', { ...entry, compression: 'STORE' });
  zip.file(
    'META-INF/container.xml',
    `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`,
    entry,
  );
  zip.file('EPUB/package.opf', opf, entry);
  zip.file('EPUB/nav.xhtml', nav, entry);
  zip.file('EPUB/edition.css', css, entry);
  zip.file('EPUB/title.xhtml', titlePage, entry);
  for (const d of documents) zip.file(`EPUB/${d.file}`, xhtmlPage(d.title, lang, toXhtml(d.body, fileOf, d.file)), entry);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
