import { describe, expect, it } from 'vitest';
import { renderDocument } from '../src/grid/lines.js';
import { htmlToDocument } from '../src/text/html.js';

const lines = (html: string): string[] =>
  renderDocument(htmlToDocument(html))
    .split('\n')
    .filter((l) => l !== '');

describe('htmlToDocument: a saved page as lines of text and rows of cells', () => {
  it('puts each block on a line of its own and keeps inline elements on the line', () => {
    expect(lines('<div><p>一、总体<b>情况</b></p><p>本机关<a href="#">主动</a>公开<br>政府信息</p></div>')).toEqual([
      '一、总体情况',
      '本机关主动公开',
      '政府信息',
    ]);
  });

  it('leaves out what a reader does not see: head, scripts, styles, navigation, templates', () => {
    const page =
      '<html><head><title>标题</title><style>p{}</style></head><body><nav>首页 | 政务公开</nav><script>var a = "申请数量 9";</script><template><p>模板</p></template><p>正文</p></body></html>';
    expect(lines(page)).toEqual(['正文']);
  });

  it('decodes character references and folds runs of whitespace, non-breaking ones too', () => {
    expect(lines('<p>规章&nbsp;&nbsp; 与\n\t文件 &amp; &#20844;&#x5F00;</p>')).toEqual(['规章 与 文件 & 公开']);
  });

  it('writes a table row by row, cells between pipes, a bar inside a cell as a full-width bar', () => {
    expect(lines('<p>前言</p><table><tr><th>信息内容</th><th>数量</th></tr><tr><td>规章</td><td>1|2</td></tr></table><p>后记</p>')).toEqual([
      '前言',
      '| 信息内容 | 数量 |',
      '| 规章 | 1｜2 |',
      '后记',
    ]);
  });

  it('reads rows through thead, tbody and tfoot, and a cell’s paragraphs and breaks as one line', () => {
    const table =
      '<table><thead><tr><td>甲</td></tr></thead><tbody><tr><td><p>本年新收</p><p>申请数量</p></td></tr></tbody><tfoot><tr><td>合<br>计</td></tr></tfoot></table>';
    expect(lines(table)).toEqual(['| 甲 |', '| 本年新收 申请数量 |', '| 合 计 |']);
  });

  it('leaves an empty cell below a cell merged down, and writes a cell merged across once', () => {
    const table =
      '<table><tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td colspan="2">3</td></tr><tr><td>2.其他</td><td>0</td><td>1</td></tr></table>';
    expect(lines(table)).toEqual(['| （三）不予公开 | 1.属于国家秘密 | 3 |', '|  | 2.其他 | 0 | 1 |']);
  });

  it('ignores spans that are typing errors (zero, negative, not a number)', () => {
    expect(lines('<table><tr><td rowspan="0" colspan="x">a</td><td colspan="-2">b</td></tr><tr><td>c</td></tr></table>')).toEqual(['| a | b |', '| c |']);
  });

  it('keeps a table nested in a cell inside that cell, not as rows of the outer table', () => {
    const table = '<table><tr><td>外</td><td><table><tr><td>内一</td><td>内二</td></tr></table></td></tr><tr><td>下</td><td>9</td></tr></table>';
    expect(lines(table)).toEqual(['| 外 | 内一 内二 |', '| 下 | 9 |']);
  });

  it('reads cells and rows whose end tags were left out, as browsers do', () => {
    expect(lines('<table><tr><td>a<td>b<tr><td>c<td><p>d<td>e</table><p>之后</p>')).toEqual(['| a | b |', '| c | d | e |', '之后']);
  });

  it('keeps a blank last cell as a cell', () => {
    expect(lines('<table><tr><td>合计</td><td>5</td><td></td></tr></table>')).toEqual(['| 合计 | 5 |  |']);
  });

  it('reads a page cut off inside a table', () => {
    expect(lines('<p>报告</p><table><tr><td>申请数量</td><td>7')).toEqual(['报告', '| 申请数量 | 7 |']);
  });
});
