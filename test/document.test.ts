import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGridRow } from '../src/grid/index.js';
import { readDocument } from '../src/index.js';
import type { Document, TableBlock } from '../src/index.js';
import { FIXTURES, ROOT } from './helpers.js';

const read = async (file: string) => readDocument(readFileSync(join(FIXTURES, 'document', file)), { path: file });
const tables = (document: Document): TableBlock[] => document.blocks.filter((b): b is TableBlock => b.kind === 'table');
/**
 * A cell's text without its whitespace: a page and mammoth fold a tab into a space, as a browser
 * shows it, and a PDF draws it as a gap, no character at all.
 */
const texts = (table: TableBlock): string[][] => table.rows.map((row) => row.map((c) => c.text.replace(/\s+/g, '')));

describe('one document model: running text and tables of cells, from every reader', () => {
  it.each(['bars.html', 'bars.docx', 'bars.doc', 'bars.pdf'])(
    '%s: a cell holding |, ｜ or a tab stays one cell, its text kept, between the running text around it',
    { timeout: 30_000 },
    async (file) => {
      const { document, source } = await read(file);
      expect(source.format).toBe(file.split('.')[1]);
      expect(tables(document)).toHaveLength(1);
      expect(texts(tables(document)[0]!)).toEqual([
        ['甲|乙', '丙｜丁', '戊己'],
        ['1|2', '3', ''],
      ]);
      const running = document.blocks.filter((b) => b.kind === 'text').map((b) => (b.kind === 'text' ? b.text.trim() : ''));
      expect(running).toEqual(['单元格里的竖线和制表符', '表后的一段文字。']);
      expect(document.blocks.map((b) => b.kind)).toEqual(['text', 'table', 'text']);
    },
  );

  it('a .doc keeps the tab inside its cell, where the Word 97 format stores it', async () => {
    const { document } = await read('bars.doc');
    expect(tables(document)[0]!.rows[0]![2]!.text).toBe('戊\t己');
  });

  it('the grid takes a row’s cells as its reader gave them; only running text is split by its layout', () => {
    const known = toGridRow('| 行政许可｜审批 | 5 |', 0, ['行政许可|审批', '5']);
    expect(known).toMatchObject({ layout: 'cells', labels: ['行政许可|审批'] });
    expect(known.values.map((v) => v.value)).toEqual([5]);
    const split = toGridRow('行政许可|审批 | 5', 0);
    expect(split).toMatchObject({ layout: 'pipe', labels: ['行政许可', '审批'] });
  });

  it('merged cells of the official form read from a .doc carry their spans', async () => {
    const { document } = await readDocument(readFileSync(join(FIXTURES, 'parse/form-2021-blank.doc')));
    const requests = tables(document).find((t) => t.rows.some((row) => row.some((c) => c.text.startsWith('三、本年度办理结果'))))!;
    const outcomes = requests.rows.flat().find((c) => c.text.startsWith('三、本年度办理结果'))!;
    // 三、本年度办理结果 stands beside every outcome row: （一） to （七）总计, 22 rows.
    expect(outcomes.rowSpan).toBe(22);
    const newRow = requests.rows.find((row) => row[0]!.text.startsWith('一、本年新收'))!;
    expect(newRow[0]!.colSpan).toBe(3);
    // Blank zeros are blank cells in their own columns: 7 value cells after the label.
    expect(newRow.slice(1).map((c) => c.text)).toEqual(['2967', '53', '', '', '61', '4', '3085']);
  });

  it('a file is told by its bytes, never its name: a page named .txt is a page, a .html of plain text is text', async () => {
    const page = await readDocument(Buffer.from('<table><tr><td>一</td><td>2</td></tr></table>'), { path: 'a.txt' });
    const text = await readDocument(Buffer.from('一、总体情况\n本机关公开政府信息。\n'), { path: 'a.html' });
    expect([page.source.format, text.source.format]).toEqual(['html', 'text']);
    expect(tables(page.document)).toHaveLength(1);
  });
});

describe('the pipeline flows one way', () => {
  const sources = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );

  it('no reader imports from the grid or a later stage', () => {
    const later = /from '(?:\.\.\/)+(?:grid|tables|prose|rules|findings|render|run|cli|check|parse|coverage)[/.]/;
    const offending = sources('src/text').filter((file) => later.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offending).toEqual([]);
  });
});
