import { isUnsure, type Document, type TableBlock } from '../text/document.js';
import { tableLine } from '../text/table-line.js';

/**
 * The report as the table stage reads it: a line for each line of running text and for each
 * row of a table. A table's row keeps its cells; its text (cells between bars) is only for
 * what reads text: headings, the title, prose, people. (Lines are strings, the cells kept
 * apart by line number: a text of millions of lines costs no object per line.)
 */
export interface ReportLines {
  texts: string[];
  /** The cells of each line that is a table row, as its reader found them; other lines get theirs from their layout. */
  cells: ReadonlyMap<number, readonly string[]>;
  /**
   * The cells OCR was unsure of, by line and then by cell: each cell's place among the
   * document's unsure cells in reading order, as ocrReading lists them, so that the table stage
   * can say which row and column took each.
   */
  unsure: ReadonlyMap<number, ReadonlyMap<number, number>>;
}

/** A table's rows of cells, and for each row the unsure cells' places among the document's (by cell index). */
interface CellRows {
  rows: string[][];
  unsure: Map<number, number>[];
  /** The place the next table's first unsure cell takes. */
  next: number;
}

/** Slots one table's spans may fill (see cellRowsOf). */
const MAX_SLOTS = 100_000;
/** A slot covered by a cell merged across: nothing is written for it. */
const ACROSS = null;

/**
 * A table's rows as the cells in each, spans laid out on a grid so that each cell finds its
 * true column: a cell merged down (rowspan) leaves an empty cell in the rows below, as in seed
 * 001, while a cell merged across (colspan) is written once: pages merge value cells across
 * (本年新公开数量 over two columns) and the number must not be followed by blanks that read as
 * null cells. Past MAX_SLOTS (a report's largest table fills about a thousand) cells stand in
 * one slot each.
 */
function cellRowsOf(table: TableBlock, unsureSoFar: number): CellRows {
  const grid: (string | null)[][] = [];
  const ordinals: (number | undefined)[][] = [];
  let ordinal = unsureSoFar;
  const { rows } = table;
  let slots = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = (grid[r] ??= []);
    let col = 0;
    for (const source of rows[r]!) {
      const { text, colSpan, rowSpan } = source;
      while (row[col] !== undefined) col++;
      if (isUnsure(source)) (ordinals[r] ??= [])[col] = ordinal++;
      // A cell merged down reaches no further than the table's last row, as browsers draw it.
      let down = Math.min(rowSpan, rows.length - r);
      let across = colSpan;
      if (slots + down * across > MAX_SLOTS) down = across = 1;
      slots += down * across;
      for (let dr = 0; dr < down; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < across; dc++) target[col + dc] = dc > 0 ? ACROSS : dr === 0 ? text : '';
      }
      col += across;
    }
  }
  const unsure: Map<number, number>[] = [];
  const cellRows = grid.map((row, r) => {
    const cells: string[] = [];
    const places = new Map<number, number>();
    for (let i = 0; i < row.length; i++) {
      if (row[i] === ACROSS) continue;
      const place = ordinals[r]?.[i];
      if (place !== undefined) places.set(cells.length, place);
      cells.push(row[i] ?? '');
    }
    unsure.push(places);
    return cells;
  });
  return { rows: cellRows, unsure, next: ordinal };
}

/** Every line of the document, tables as rows of cells. */
export function reportLines(document: Document): ReportLines {
  let texts: string[] = [];
  const cells = new Map<number, readonly string[]>();
  const unsure = new Map<number, ReadonlyMap<number, number>>();
  let unsureSoFar = 0;
  for (const block of document.blocks) {
    if (block.kind === 'text') {
      const lines = block.text.split('\n');
      // One at a time: spread as arguments, a million lines would overflow the call stack.
      if (texts.length === 0) texts = lines;
      else for (const text of lines) texts.push(text);
    } else {
      const table = cellRowsOf(block, unsureSoFar);
      table.rows.forEach((row, r) => {
        const places = table.unsure[r]!;
        if (places.size > 0) unsure.set(texts.length, places);
        cells.set(texts.length, row);
        texts.push(tableLine(row));
      });
      unsureSoFar = table.next;
    }
  }
  return { texts, cells, unsure };
}

/** The document as text for people: running text, and each table row as its cells between bars. */
export const renderDocument = (document: Document): string => `${reportLines(document).texts.join('\n')}\n`;
