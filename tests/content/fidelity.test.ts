/**
 * Every sentence of the source outside the tables appears in the built paper, and in source
 * order in the linear view. Only whitespace, line-break hyphenation and quote styles are normalised.
 */
import { describe, expect, it } from 'vitest';
import { normalizeForComparison } from '../../src/lib/paper/source-text.ts';
import { loadPage, paperText, sectionPages, sentencesNotInOrder, sourceSentences } from '../support/built-site.ts';

const expected = sourceSentences();

describe('the built site keeps every word of the author', () => {
  it('finds a few hundred sentences in the source (the splitter works)', () => {
    expect(expected.length).toBeGreaterThan(300);
  });

  it('has every sentence on the section pages', () => {
    const site = normalizeForComparison(
      sectionPages()
        .map((p) => `${loadPage(p)('h1').first().text()} ${paperText(p)}`)
        .join(' '),
    );
    const missing = expected.filter((s) => !site.includes(s));
    expect(missing).toEqual([]);
  });

  it('has every sentence in the linear view, in source order', () => {
    expect(sentencesNotInOrder(paperText('/paper/full/'))).toEqual([]);
  });
});
