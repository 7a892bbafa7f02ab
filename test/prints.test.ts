import { describe, expect, it } from 'vitest';
import { textPrints } from '../src/prose/prints.js';
import { cell, type Document } from '../src/text/document.js';

const text = (t: string): Document => ({ blocks: [{ kind: 'text', text: t }], pages: 0 });
const hashes = (d: Document): number[] => textPrints(d).sentences.map(([hash]) => hash);

describe('textPrints', () => {
  it('prints each sentence once, whatever the line wraps and spaces inside it', () => {
    const wrapped = textPrints(text('本机关坚持以公开为常态，\n不公开为例外，扎实推进政务公开。下一 句也在这里，写得足够长一些。'));
    const plain = textPrints(text('本机关坚持以公开为常态，不公开为例外，扎实推进政务公开。下一句也在这里，写得足够长一些。'));
    expect(wrapped.sentences).toHaveLength(2);
    expect(wrapped).toEqual(plain);
    expect(plain.characters).toBe(plain.sentences.reduce((sum, [, length]) => sum + length, 0));
  });

  it('leaves out short sentences, tables run together as text, and the cells of tables', () => {
    expect(hashes(text('特此报告。一、总体情况'))).toEqual([]);
    expect(hashes(text('本年新收申请 12 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20。'))).toEqual([]);
    const table: Document = { blocks: [{ kind: 'table', rows: [[cell('本机关坚持以公开为常态，不公开为例外。')]] }], pages: 0 };
    expect(hashes(table)).toEqual([]);
  });

  it('drops heading lines and a plain text’s table labels before a sentence, and tells its section', () => {
    const printed = textPrints(text('二、主动公开政府信息情况\n信息内容\n规章\n本年度，我局主动公开政府信息，涵盖机构职能、政策文件等内容。'));
    const alone = textPrints(text('本年度，我局主动公开政府信息，涵盖机构职能、政策文件等内容。'));
    expect(printed.sentences).toEqual([[alone.sentences[0]![0], alone.sentences[0]![1], 2]]);
    expect(alone.sentences[0]![2]).toBe(0);
  });
});
