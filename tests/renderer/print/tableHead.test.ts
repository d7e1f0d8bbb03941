import { describe, expect, it } from 'vitest';
import { tableHead } from '../../../renderer/src/print/html';

const cells = (markup: string) => [...markup.matchAll(/<th([^>]*)>(.*?)<\/th>/g)];

describe('tableHead: the heading row of a printed grid', () => {
  it('heads each column in order, with its width or class where given', () => {
    const head = tableHead([
      '序号',
      { label: '事项', width: '24mm' },
      { label: '项目', className: 'item' },
    ]);
    expect(head.__html).toMatch(/^<thead>\s*<tr>[\s\S]*<\/tr>\s*<\/thead>$/);
    expect(cells(head.__html).map((m) => [m[1], m[2]])).toEqual([
      ['', '序号'],
      [' style="width: 24mm"', '事项'],
      [' class="item"', '项目'],
    ]);
  });

  it('escapes a heading, as every printed text is', () => {
    expect(tableHead(['<b>x</b>']).__html).toContain('<th>&lt;b&gt;x&lt;/b&gt;</th>');
  });
});
