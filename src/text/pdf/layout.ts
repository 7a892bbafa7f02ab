import { findBlocks, split, type Split } from './blocks.js';
import { joinContinued } from './continued.js';
import type { LatticeTable } from './lattice.js';
import type { Line } from './lines.js';
import { joinParagraphs, plainLine, type Printed, type PrintedRow } from './paragraphs.js';
import { tableRows } from './table-rows.js';
import { cell, type Block, type Document, type TableCell } from '../document.js';

/** Whether a ruled table stands above a line in reading order. */
const before = (table: LatticeTable, line: Line): boolean => table.page < line.page || (table.page === line.page && table.top > line.y);
/** Whether a line stands between the end of one table and the start of the next. */
const between = (line: Line, a: LatticeTable, b: LatticeTable): boolean =>
  (line.page > a.endPage || (line.page === a.endPage && line.y < a.bottom)) && (line.page < b.page || (line.page === b.page && line.y > b.top));

const ruledRows = (table: LatticeTable): Printed[] =>
  table.rows.map((cells, i) => {
    const confidence = table.confidence?.[i];
    return { row: { cells, table, page: table.page, ...(confidence ? { confidence } : {}) }, plain: false };
  });

/** A row's cells, each with its OCR confidence where it has one. */
const rowCells = ({ cells, confidence }: PrintedRow): TableCell[] =>
  cells.map((text, i) => {
    const read = confidence?.[i];
    return read === undefined || read === null ? cell(text) : { ...cell(text), confidence: read };
  });

/** Printed lines in order as blocks: the rows of each table together, the lines between them as running text. */
function blocksOf(printed: readonly Printed[]): Block[] {
  const blocks: Block[] = [];
  let table: object | null = null;
  for (const entry of printed) {
    const last = blocks.at(-1);
    if ('row' in entry) {
      if (last?.kind === 'table' && table === entry.row.table) last.rows.push(rowCells(entry.row));
      else blocks.push({ kind: 'table', rows: [rowCells(entry.row)], page: entry.row.page });
      table = entry.row.table;
    } else {
      if (last?.kind === 'text') last.text += `\n${entry.text}`;
      else blocks.push({ kind: 'text', text: entry.text });
      table = null;
    }
  }
  return blocks;
}

/**
 * A PDF's text in reading order: ruled tables as rows of their cells, tables told by text
 * positions as rows with a cell for every column, and the running text.
 */
export function layoutDocument(lines: readonly Line[], ruled: readonly LatticeTable[], pages: number): Document {
  const splits = lines.filter((l) => l.cells.length > 0).map(split);
  const owners = findBlocks(splits);
  const rendered = new Map<Split, readonly string[] | null>();
  for (const block of new Set(owners.values())) for (const [line, cells] of tableRows(block)) rendered.set(line, cells);
  const inOrder = [...ruled].sort((a, b) => a.page - b.page || b.top - a.top);
  const tables = joinContinued(inOrder, (a, b) => !lines.some((line) => between(line, a, b)));
  const out: Printed[] = [];
  for (const s of splits) {
    while (tables.length > 0 && before(tables[0]!, s.line)) out.push(...ruledRows(tables.shift()!));
    const block = owners.get(s);
    if (block) {
      const cells = rendered.get(s);
      if (cells) out.push({ row: { cells, table: block, page: s.line.page }, plain: false });
      continue;
    }
    const text = plainLine(s.line);
    out.push(text.includes('\t') ? { text, plain: false } : { text, plain: true, line: s.line });
  }
  for (const table of tables) out.push(...ruledRows(table));
  return { blocks: blocksOf(joinParagraphs(out)), pages };
}
