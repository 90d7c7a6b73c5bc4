/**
 * A paper page's "On this page" list names what a reader cites: after the page's title, every
 * paragraph (¶ id with its journal page) and every table and figure (its label with its page), in
 * the order they stand, each linking to it; in the desktop and the mobile list alike. The pages
 * are read off the elements themselves (data-pages), and the text is unchanged: no heading added.
 */
import { describe, expect, it } from 'vitest';
import { loadPage, sectionPages } from '../support/built-site.ts';

// The abstract, the introduction, the part overviews and the numbered points.
const PAPER_PAGES = sectionPages();

/** "p. 34" or "pp. 34–35" from data-pages="34-35". */
const pagesOf = (span: string) => {
  const [first, last] = span.split('-');
  return first === last ? `p. ${first}` : `pp. ${first}–${last}`;
};

describe('“On this page” on the paper’s section pages', () => {
  it('covers the abstract, the introduction, 4 part overviews and 20 numbered points', () => {
    expect(PAPER_PAGES.length).toBe(26);
  });

  it.each(PAPER_PAGES)('%s lists its paragraphs, tables and figures with their journal pages', (path) => {
    const $ = loadPage(path);
    const cited = $('main [data-paragraph], main figure[data-table]')
      .toArray()
      .map((el) => {
        const label = el.tagName === 'figure' ? $(el).find('.table-label').first().text().replace(/\.$/, '') : `¶ ${$(el).attr('id')}`;
        return { href: `#${$(el).attr('id')}`, text: `${label} (${pagesOf($(el).attr('data-pages')!)}` };
      });
    expect(cited.length).toBeGreaterThan(0);
    for (const toc of ['starlight-toc', 'mobile-starlight-toc']) {
      const links = $(`${toc} nav a`).toArray();
      expect($(links[0]).attr('href')).toBe('#_top');
      const listed = links.slice(1).map((a) => ({ href: $(a).attr('href'), text: $(a).text().replace(/\s+/g, ' ').trim() }));
      expect(listed.map((l) => l.href)).toEqual(cited.map((c) => c.href));
      listed.forEach((l, i) => expect(l.text.startsWith(cited[i]!.text), `${l.text} / ${cited[i]!.text}`).toBe(true));
    }
    // Only the page's title is a heading of the page; the list adds none to the text.
    expect($('main .sl-markdown-content').find('h2, h3, h4').length).toBe(0);
  });
});
