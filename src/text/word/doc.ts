import { rawCellKind } from '../cell.js';

/**
 * Word 97-2003 files (.doc, and WPS 文字's .wps, the same format): word-extractor gives the text
 * with each table cell ended by a tab, but a row's end is only one more tab, so a table's rows
 * run together on one line. They are told apart again by their shape: a row is its labels, then
 * its values; a label that comes after a value or an empty cell starts the next row (a group
 * label and its row label, 三、本年度办理结果 （三）不予公开 1.属于国家秘密, stand side by side), and
 * a value after a header row (four labels or more, no value: table 四's 结果维持 … 总计) starts
 * the row of values under it. The empty cells a row end leaves behind stay after the row's
 * values, where the grid stage takes no more of them than the row has columns.
 */

type Kind = 'text' | 'value' | 'empty';

const kindOf = (cell: string): Kind => {
  const text = cell.trim();
  if (text === '') return 'empty';
  const kind = rawCellKind(text);
  return kind === 'number' || kind === 'null' ? 'value' : 'text';
};

/** Labels a row needs, with no value among them, to be a header row. */
const HEADER_LABELS = 4;

/** The rows of one line of tab-ended cells. */
export function rowsOfCells(cells: readonly string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let labels = 0;
  let values = 0;
  let afterLabel = false;
  for (const cell of cells) {
    const kind = kindOf(cell);
    const nextLabel = kind === 'text' && labels > 0 && afterLabel;
    const underHeader = kind === 'value' && labels >= HEADER_LABELS && values === 0;
    if (nextLabel || underHeader) {
      rows.push(row);
      row = [];
      labels = values = 0;
    }
    row.push(cell.trim());
    if (kind === 'text') labels++;
    if (kind === 'value') values++;
    afterLabel = labels > 0 && kind !== 'text';
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** A paragraph break inside a cell (商业⏎企业) is no line break of the document. */
const IN_CELL_BREAK = /(?<=[^\t\n])\n(?=[^\t\n])(?=[^\n]*\t)/g;

export async function docToText(bytes: Uint8Array): Promise<string> {
  const { default: WordExtractor } = await import('word-extractor');
  const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const lines: string[] = [];
  for (const line of document.getBody().replace(IN_CELL_BREAK, '').split('\n')) {
    if (!line.includes('\t')) {
      lines.push(line);
      continue;
    }
    // Each cell ends with a tab: the text after the last one is no cell.
    const cells = line.split('\t');
    const after = cells.pop()!;
    for (const row of rowsOfCells(cells)) lines.push(row.join('\t'));
    if (after.trim() !== '') lines.push(after);
  }
  return `${lines.join('\n')}\n`;
}
