import { parseCell } from '../cell.js';
import { addHeaderColumns, addToColumns, columnOf, valueZone, type Column } from './columns.js';
import type { Cell, Line } from './lines.js';

/** A line split into its label cells and the value cells after them. */
interface Split {
  line: Line;
  labels: Cell[];
  values: Cell[];
}

/** A run of table rows sharing columns, with the label-only lines among them. */
interface Block {
  columns: Column[];
  /** Value lines and the label lines between them, in order. */
  rows: Split[];
  /** The label-only lines just above it: its header, where blank columns may be named. */
  header: Split[];
}

const isValue = (cell: Cell): boolean => {
  const kind = parseCell(cell.text.normalize('NFKC')).kind;
  return kind === 'number' || kind === 'null';
};

/** Numbers after a label count as a row's values only past a clear gap: prose ends lines with numbers too. */
const LABEL_GAP = 1;

function split(line: Line): Split {
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
function findBlocks(lines: readonly Split[]): Map<Split, Block> {
  const owner = new Map<Split, Block>();
  let block: Block | null = null;
  let above: Split[] = [];
  for (const line of lines) {
    if (block) {
      const zone = valueZone(block.columns);
      const fits = line.values.length > 0 ? line.values[0]!.left >= zone - (block.columns[0]!.right - block.columns[0]!.left) : line.labels.every((c) => c.right < zone);
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
    block = { columns: [], rows: [line], header: above };
    for (const cell of line.values) addToColumns(block.columns, cell);
    owner.set(line, block);
  }
  for (const found of new Set(owner.values())) addHeaderColumns(found.columns, found.header.flatMap((h) => h.labels));
  return owner;
}

/** A label line this far from every row's values, in row pitches, is a row of its own with every cell blank. */
const OWN_ROW = 0.75;

/** Distance between neighbouring rows: the smallest, as rows left blank widen the others. */
function rowPitch(block: Block): number {
  const valueRows = block.rows.filter((r) => r.values.length > 0);
  const gaps = valueRows.slice(1).flatMap((r, i) => (r.line.page === valueRows[i]!.line.page ? [valueRows[i]!.line.y - r.line.y] : []));
  return gaps.length === 0 ? Infinity : Math.max(Math.min(...gaps), block.rows[0]!.line.size);
}

function isOwnRow(line: Split, block: Block): boolean {
  const near = block.rows.filter((r) => r.values.length > 0 && r.line.page === line.line.page).map((r) => Math.abs(r.line.y - line.line.y));
  return near.length > 0 && Math.min(...near) >= rowPitch(block) * OWN_ROW;
}

const texts = (cells: readonly Cell[]): string[] => cells.map((c) => c.text);

/** A table row as tab-separated cells: its labels, then one cell per column, blank where nothing stands. */
function tableRow(line: Split, block: Block): string {
  const slots = Array<string>(block.columns.length).fill('');
  if (line.values.length === 0) return isOwnRow(line, block) ? [...texts(line.labels), ...slots].join('\t') : texts(line.labels).join('\t');
  for (const cell of line.values) {
    const at = columnOf(block.columns, cell);
    slots[at] = slots[at] ? `${slots[at]} ${cell.text}` : cell.text;
  }
  return [...texts(line.labels), ...slots].join('\t');
}

/** Cells this far apart, in font sizes, are a table's (a header row); nearer ones are words of a sentence. */
const TABLE_GAP = 2;

function plainLine(line: Line): string {
  return line.cells.map((cell, i) => (i === 0 ? '' : cell.left - line.cells[i - 1]!.right >= line.size * TABLE_GAP ? '\t' : ' ') + cell.text).join('');
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].reduce((a, b) => (b[1] > a[1] ? b : a), [NaN, 0])[0];
}

const ASCII_END = /[A-Za-z]$/;
const ASCII_START = /^[A-Za-z]/;

/**
 * Sentences wrap at the right margin; a line that reaches it and a next line that starts at
 * the left margin are one paragraph (so that 受理政府 / 信息公开申请 17 件 reads as one phrase).
 */
function joinParagraphs(lines: readonly { text: string; line: Line; plain: boolean }[]): string[] {
  // The margins of the running text: the left edge most lines start at, and how far those lines reach.
  const plain = lines.filter((l) => l.plain).map((l) => l.line.cells);
  const left = mode(plain.map((cells) => Math.round(cells[0]!.left)));
  const right = Math.max(...plain.filter((cells) => Math.abs(cells[0]!.left - left) < 1).map((cells) => cells.at(-1)!.right));
  const out: string[] = [];
  let previous: { line: Line; plain: boolean } | null = null;
  for (const entry of lines) {
    const { line, plain: isPlain, text } = entry;
    const wraps = previous?.plain === true && isPlain && previous.line.cells.at(-1)!.right >= right - previous.line.size * 2 && line.cells[0]!.left <= left + line.size / 2;
    if (wraps) out[out.length - 1] += (ASCII_END.test(out.at(-1)!) && ASCII_START.test(text) ? ' ' : '') + text;
    else out.push(text);
    previous = entry;
  }
  return out;
}

/** The text of a PDF in reading order, its tables as tab-separated rows with a cell for every column. */
export function layoutText(lines: readonly Line[]): string {
  const splits = lines.filter((l) => l.cells.length > 0).map(split);
  const blocks = findBlocks(splits);
  const rendered = splits.map((s) => {
    const block = blocks.get(s);
    return block ? { text: tableRow(s, block), line: s.line, plain: false } : { text: plainLine(s.line), line: s.line, plain: !plainLine(s.line).includes('\t') };
  });
  return joinParagraphs(rendered).join('\n') + '\n';
}
