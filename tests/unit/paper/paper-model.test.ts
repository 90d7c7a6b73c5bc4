import { describe, expect, it } from 'vitest';
import { paperBlocks } from '../../../src/lib/paper/model.ts';

const body = (s: string) => s;

describe('the paper model', () => {
  const sources = [
    { pageId: 'a', body: body('<P id="a-01">One <Ref n={1} />.</P>\n\n<P id="a-02"><PageMarker n={24} />Two.</P>') },
    {
      pageId: 'b',
      body: body(
        '<P id="b-01">Three <PageMarker n={25} />four.</P>\n\n<PageMarker n={26} />\n\n<DataTable id="table-1" />\n\n<P id="b-02">Five.</P>',
      ),
    },
  ];

  it('assigns each paragraph and table its journal pages', () => {
    const blocks = paperBlocks(sources, 23);
    expect(blocks.map((b) => [b.id, b.pages.first, b.pages.last])).toEqual([
      ['a-01', 23, 23],
      ['a-02', 24, 24],
      ['b-01', 24, 25],
      ['table-1', 26, 26],
      ['b-02', 26, 26],
    ]);
  });

  it('keeps the author’s text with reference markers as printed', () => {
    const [first] = paperBlocks(sources, 23);
    expect(first?.text).toBe('One [1].');
    expect(first?.refs).toEqual([1]);
  });

  it('refuses a paragraph id used twice, naming the page and the id', () => {
    expect(() => paperBlocks([{ pageId: 'paper/x', body: '<P id="x-01">A</P>\n<P id="x-01">B</P>' }], 23)).toThrow(
      'Duplicate id "x-01" on paper/x',
    );
  });

  it('refuses page markers out of order, naming the page and the value', () => {
    expect(() => paperBlocks([{ pageId: 'paper/x', body: '<P id="x-01"><PageMarker n={25} />A</P>' }], 23)).toThrow(
      'Page marker 25 on paper/x follows page 23',
    );
  });
});
