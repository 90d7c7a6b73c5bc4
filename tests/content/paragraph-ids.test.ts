/** Paragraph ids: unique, the same on section pages and in the linear view, and pinned to their sentences. */
import { describe, expect, it } from 'vitest';
import { normalizeForComparison, proseBlocks } from '../../src/lib/paper/source-text.ts';
import { builtPages, loadPage, sectionPages, source } from '../support/built-site.ts';
import { NOT_AUTHOR_TEXT } from '../../src/lib/paper/edition-marks.ts';

/** A pinned sample: these ids are cited from outside and must keep pointing at these sentences. */
const PINNED: Record<string, { page: string; begins: string }> = {
  'abstract-02': { page: '/paper/abstract/', begins: 'Keywords: China, Central Asia, national interests' },
  'i-1-02': { page: '/paper/i-interests/1-border-security/', begins: 'During the late 1990s, extremist forces in Central Asia' },
  'ii-2-01': { page: '/paper/ii-principles/2-mutual-respect/', begins: 'The second is to adhere to the principle that countries, no matter big or small' },
  'iii-2-02': { page: '/paper/iii-policy-tools/2-good-neighborly-relations/', begins: 'In 2005, China-Kazakhstan relations rose from a friendly and cooperative partnership' },
  'iii-4-05': { page: '/paper/iii-policy-tools/4-energy-cooperation/', begins: 'Secondly, pipeline transportation cooperation has made breakthrough progress.' },
  'iii-5-01': { page: '/paper/iii-policy-tools/5-development-assistance/', begins: 'The fourth is to provide development assistance to Central Asian countries' },
  'iv-3-01': { page: '/paper/iv-future-trends/3-soft-power/', begins: 'The third is to exert the influence of soft power' },
};

const idsOn = (path: string) => loadPage(path)('[data-paragraph]').toArray().map((el) => el.attribs['id'] ?? '');
const textOf = (path: string, id: string) => {
  const $ = loadPage(path);
  const p = $(`[id="${id}"]`);
  p.find(NOT_AUTHOR_TEXT).remove();
  return normalizeForComparison(p.text());
};

describe('paragraph identity', () => {
  it('no page has an element id twice', () => {
    for (const page of builtPages()) {
      const ids = loadPage(page)('[id]').toArray().map((el) => el.attribs['id']);
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes, page).toEqual([]);
    }
  });

  it('each paragraph id stands on exactly one section page, and once in the linear view, in the same order', () => {
    const onSections = sectionPages().flatMap(idsOn);
    const linear = idsOn('/paper/full/');
    expect(new Set(onSections).size).toBe(onSections.length);
    expect([...linear].sort()).toEqual([...onSections].sort());
    // at least one paragraph per printed paragraph (the four part headings are not paragraphs)
    expect(linear.length).toBeGreaterThanOrEqual(proseBlocks(source()).length - 4);
  });

  it('ids follow the part-point-paragraph shape', () => {
    for (const id of idsOn('/paper/full/')) expect(id).toMatch(/^(abstract|intro|(i|ii|iii|iv)-\d+)-\d{2}$/);
  });

  it.each(Object.entries(PINNED))('%s still points at its sentence, on its page and in the linear view', (id, { page, begins }) => {
    expect(textOf(page, id).slice(0, begins.length)).toBe(begins);
    expect(textOf('/paper/full/', id)).toBe(textOf(page, id));
  });
});
