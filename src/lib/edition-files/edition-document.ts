/**
 * The edition as one document for the take-along files (PDF, EPUB): read from the built linear
 * view (/paper/full/) and the references page, so that every form of the edition is a view of the
 * same rendered content, never a second copy of the text. Keeps the author's words, the editorial
 * headings, notes and tables as the site shows them; drops what only works in a browser (charts,
 * forms, Cite and ¶ controls, scripts); writes each paragraph's id where it begins; turns links
 * to other pages of the site into addresses of the published web edition, and links within the
 * document into links to places in the file.
 */
import type * as cheerio from 'cheerio/slim';
import { loadHtml } from '../site/html-tree.ts';
import type { Element } from 'domhandler';
import { NOT_AUTHOR_TEXT, PAGE_MARKER } from '../paper/edition-marks.ts';

export interface EditionHeading {
  id: string;
  /** The heading as printed in the file, without its editorial tag. */
  text: string;
  depth: 2 | 3;
  editorial: boolean;
}

export interface EditionChapter {
  /** The chapter's headings: its own first ("I. China’s Strategic Interests…"), then its points'. */
  headings: EditionHeading[];
  /** The chapter's HTML: its sections, cleaned. */
  html: string;
}

export interface EditionPageStart {
  page: number;
  /** The id of the page marker in the document ("page-34"); the first page begins at the first chapter. */
  id: string;
}

export interface EditionDocument {
  chapters: EditionChapter[];
  /** Journal pages in order, where each begins. */
  pages: EditionPageStart[];
  /** The references note (the list is not in the source), as the references page gives it. */
  references: { title: string; html: string };
  /** The text of a paragraph, editorial insertions removed. */
  paragraphText: (id: string) => string | undefined;
}

/** What stays in a browser: removed from the take-along files. */
const BROWSER_ONLY = [
  'script',
  'template',
  'form',
  'details',
  'figure.data-chart',
  'div.editorial-chart',
  'a.permalink',
  'a.cite-paragraph',
  'button.quote-paragraph',
];

/**
 * Words only a screen reader hears (`.sr-only`, hidden by the site's styles) become their element's
 * accessible name: a data note's mark "†1" is announced "see data note 1" in the PDF and the EPUB too.
 */
function srOnlyToLabels($: cheerio.CheerioAPI, scope: cheerio.Cheerio<Element>): void {
  scope.find('.sr-only').each((_, el) => {
    const parent = $(el).parent();
    if (!parent.attr('aria-label')) parent.attr('aria-label', $(el).text().trim());
    $(el).remove();
  });
}

/**
 * @param linearHtml  dist/paper/full/index.html
 * @param referencesHtml  dist/paper/references/index.html
 * @param webAddress  the published address of a site path as the built pages write it (base included)
 * @param firstPage  the article's first journal page, which begins where the document does
 */
export function editionDocument(
  linearHtml: string,
  referencesHtml: string,
  webAddress: (href: string) => string,
  firstPage: number,
): EditionDocument {
  const $ = loadHtml(linearHtml);
  const main = $('.sl-markdown-content').first();
  if (main.length === 0) throw new Error('the linear view has no content area (.sl-markdown-content)');
  main.find(BROWSER_ONLY.join(',')).remove();
  srOnlyToLabels($, main);
  const refs = loadHtml(referencesHtml);
  const refMain = refs('.sl-markdown-content').first();
  refMain.find(BROWSER_ONLY.join(',')).remove();
  srOnlyToLabels(refs, refMain);

  // Ids that stand in the file: links to them stay links within it.
  const localIds = new Set([...main.find('[id]').toArray(), ...refMain.find('[id]').toArray()].map((el) => $(el).attr('id')!));
  localIds.add('references');
  const relink = (root: cheerio.CheerioAPI, scope: cheerio.Cheerio<Element>) =>
    scope.find('a[href]').each((_, el) => {
      const href = root(el).attr('href')!;
      const hash = href.includes('#') ? href.slice(href.indexOf('#') + 1) : '';
      if (href.startsWith('#') && localIds.has(hash)) return;
      if (/\/paper\/references\/(#|$)/.test(href)) root(el).attr('href', `#${hash || 'references'}`);
      else if (hash && localIds.has(hash) && /\/paper\//.test(href)) root(el).attr('href', `#${hash}`);
      else if (!/^[a-z]+:/.test(href)) root(el).attr('href', webAddress(href));
    });
  relink($, main);
  relink(refs, refMain);

  // Each paragraph says its id where it begins, a link to the paragraph in the web edition (its
  // section's page, whose address the section's heading links, with the paragraph's anchor).
  main.find('p.para[id]').each((_, el) => {
    const id = $(el).attr('id')!;
    const section = $(el).closest('section.linear-section').children('h2, h3').first().find('a').attr('href');
    const href = section ? ` href="${section.replace(/#.*$/, '')}#${id}"` : '';
    $(el).prepend(`<a class="para-id"${href} data-editorial="">¶ ${id}</a> `);
  });

  // The article's first page begins with its first section: no marker is printed there on the site.
  main
    .find('section.linear-section')
    .first()
    .children('h2, h3')
    .first()
    .after(
      `<p class="page-first"><span class="page-marker" id="page-${firstPage}" data-page="${firstPage}" data-basis="metadata" data-editorial="" title="Journal page ${firstPage}, the article’s first page, begins here"></span></p>`,
    );
  // A page start reads "[p. 34]", or "[p. 34 inferred]": brackets set it apart from the text in a file.
  const pages: EditionPageStart[] = [];
  main.find(PAGE_MARKER).each((_, el) => {
    const page = Number($(el).attr('data-page'));
    const inferred = $(el).attr('data-basis') === 'layout';
    pages.push({ page, id: $(el).attr('id')! });
    $(el).html(`[p. ${page}${inferred ? ' <span class="page-marker-inferred">inferred</span>' : ''}]`);
  });

  // A page start between blocks (before a table) stands on a line of its own that keeps with what follows.
  main.find('section.linear-section > .page-marker').each((_, el) => {
    $(el).wrap('<p class="page-start-line"></p>');
  });

  // An editorial heading says so under it: the heading itself (and so a PDF's outline) holds its words only.
  main.find('h2 > .editorial-tag, h3 > .editorial-tag').each((_, el) => {
    const heading = $(el).parent();
    $(el).remove();
    heading.after('<p class="heading-note" data-editorial=""><span class="editorial-tag">editorial heading</span></p>');
  });

  const chapters: EditionChapter[] = [];
  main.children('section.linear-section').each((_, section) => {
    const heading = $(section).children('h2, h3').first();
    const depth = heading.is('h2') ? 2 : 3;
    const entry: EditionHeading = {
      id: heading.attr('id')!,
      text: heading.text().trim(),
      depth,
      editorial: heading.next().is('.heading-note'),
    };
    if (depth === 2 || chapters.length === 0) chapters.push({ headings: [], html: '' });
    const chapter = chapters.at(-1)!;
    chapter.headings.push(entry);
    chapter.html += $.html(section);
  });

  const paragraphText = (id: string) => {
    const p = main.find(`p.para[id="${id}"]`).first();
    if (p.length === 0) return undefined;
    const copy = p.clone();
    copy.find(NOT_AUTHOR_TEXT).remove();
    return copy.text().replace(/\s+/g, ' ').trim();
  };

  refMain.find('.editorial-badge').remove();
  return {
    chapters,
    pages,
    references: { title: refs('h1').first().text().trim(), html: refMain.html() ?? '' },
    paragraphText,
  };
}
