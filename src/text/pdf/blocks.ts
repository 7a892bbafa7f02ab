import { rawCellKind } from '../cell.js';
import { addHeaderColumns, addToColumns, valueZone, type Column } from './columns.js';
import type { Cell, Line } from './lines.js';

/** A line split into its label cells and the value cells after them. */
export interface Split {
  line: Line;
  labels: Cell[];
  values: Cell[];
}

/** A run of table rows sharing columns, with the label-only lines among them. */
export interface Block {
  columns: Column[];
  /** Value lines and the label lines between them, in order. */
  rows: Split[];
  /** The label-only lines just above it: its header, where blank columns may be named. */
  header: Split[];
}

const isValue = (cell: Cell): boolean => {
  const kind = rawCellKind(cell.text);
  return kind === 'number' || kind === 'null';
};

/** Numbers after a label count as a row's values only past a clear gap: prose ends lines with numbers too. */
const LABEL_GAP = 1;

export function split(line: Line): Split {
  let last = line.cells.length - 1;
  while (last >= 0 && isValue(line.cells[last]!)) last--;
  const labels = line.cells.slice(0, last + 1);
  const values = line.cells.slice(last + 1);
  const gap = labels.length > 0 && values.length > 0 ? values[0]!.left - labels.at(-1)!.right : Infinity;
  return gap >= line.size * LABEL_GAP ? { line, labels, values } : { line, labels: line.cells, values: [] };
}

/** Header lines kept above a block: enough for a three-line header with wrapped column names. */
const HEADER_LINES = 8;

/**
 * Groups lines into tables: a block starts at a line with values and goes on while lines
 * with values share its columns and the lines without stay left of them (wrapped labels,
 * group labels written down the side). A line reaching into the values is a header or prose.
 */
export function findBlocks(lines: readonly Split[]): Map<Split, Block> {
  const owner = new Map<Split, Block>();
  let block: Block | null = null;
  let above: Split[] = [];
  for (const line of lines) {
    if (block) {
      const zone = valueZone(block.columns);
      // Numbers are often right-aligned: a wider one starts left of the column found so far.
      const fits = line.values.length > 0 ? line.values[0]!.right > zone : line.labels.every((c) => c.right < zone);
      if (fits) {
        block.rows.push(line);
        owner.set(line, block);
        for (const cell of line.values) addToColumns(block.columns, cell);
        continue;
      }
      block = null;
      above = [];
    }
    if (line.values.length === 0) {
      above = [...above, line].slice(-HEADER_LINES);
      continue;
    }
    const columns: Column[] = [];
    for (const cell of line.values) addToColumns(columns, cell);
    // Label lines just above that stay left of the values are the table's first rows, printed blank.
    const zone = valueZone(columns);
    let first = above.length;
    while (first > 0 && above[first - 1]!.labels.every((c) => c.right < zone)) first--;
    block = { columns, rows: [...above.slice(first), line], header: above.slice(0, first) };
    for (const row of block.rows) owner.set(row, block);
  }
  for (const found of new Set(owner.values()))
    addHeaderColumns(
      found.columns,
      found.header.map((h) => h.labels),
    );
  return owner;
}
