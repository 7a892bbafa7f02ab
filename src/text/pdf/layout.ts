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
  for (const found of new Set(owner.values())) addHeaderColumns(found.columns, found.header.map((h) => h.labels));
  return owner;
}

/** A row's number as forms print it: （六）, 四、, 3. or 3、 */
const ROW_NUMBER = /^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.]|\d+[.、])/;
/** Characters of a label written down the side (三、本年度办理结果), one or two to a line. */
const isSideText = (line: Split): boolean => line.values.length === 0 && line.labels.every((c) => [...c.text].length <= 2);
/** A label line this far from every line of numbers, in row pitches, is a row of its own with every cell blank. */
const OWN_ROW = 0.75;

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/**
 * Distance between neighbouring rows: the typical gap between lines that start a row (a
 * numbered label). The median, as a group label between rows and a label over three lines
 * make some gaps narrow or wide; leading varies too much between reports for font sizes to do.
 */
function rowPitch(block: Block): number {
  const starts = block.rows.filter((r) => r.labels.some((c) => ROW_NUMBER.test(c.text)));
  const gaps = starts.slice(1).flatMap((r, i) => (r.line.page === starts[i]!.line.page ? [starts[i]!.line.y - r.line.y] : []));
  return gaps.length === 0 ? Infinity : median(gaps);
}

/**
 * The rows of a block with no number in them: label lines a row's height away from every line
 * of numbers, the lines of one wrapped label together. Anything nearer a line of numbers is
 * part of that row's label (wrapped above or below it) or a group label beside it.
 */
function blankRows(block: Block): Split[][] {
  const pitch = rowPitch(block);
  const valueLines = block.rows.filter((r) => r.values.length > 0);
  const own = (line: Split): boolean =>
    line.values.length === 0 && valueLines.every((v) => v.line.page !== line.line.page || Math.abs(v.line.y - line.line.y) >= pitch * OWN_ROW);
  const rows: Split[][] = [];
  let previous: Split | null = null;
  for (const line of block.rows) {
    // Characters written down the side stand between rows and belong to none.
    if (isSideText(line)) continue;
    if (!own(line)) {
      previous = null;
      continue;
    }
    const numbered = line.labels.some((c) => ROW_NUMBER.test(c.text));
    const wrapped = previous !== null && !numbered && previous.line.page === line.line.page && previous.line.y - line.line.y < pitch * OWN_ROW;
    if (wrapped) rows.at(-1)!.push(line);
    else rows.push([line]);
    previous = line;
  }
  return rows;
}

const texts = (cells: readonly Cell[]): string[] => cells.map((c) => c.text);

/**
 * A block's lines as tab-separated cells: labels, then one cell per column, blank where nothing
 * stands. A row with no number is written once, its wrapped label joined, every cell blank.
 */
function tableRows(block: Block): Map<Split, string | null> {
  const out = new Map<Split, string | null>();
  const blank = Array<string>(block.columns.length).fill('');
  for (const row of blankRows(block)) {
    // The first line's cells stay apart (a character of side text is not part of the label); wrapped lines continue the last.
    const labels = texts(row[0]!.labels);
    labels[labels.length - 1] += texts(row.slice(1).flatMap((line) => line.labels)).join('');
    out.set(row[0]!, [...labels, ...blank].join('\t'));
    for (const line of row.slice(1)) out.set(line, null);
  }
  for (const line of block.rows) {
    if (out.has(line)) continue;
    const slots = [...blank];
    for (const cell of line.values) {
      const at = columnOf(block.columns, cell);
      slots[at] = slots[at] ? `${slots[at]} ${cell.text}` : cell.text;
    }
    out.set(line, [...texts(line.labels), ...(line.values.length > 0 ? slots : [])].join('\t'));
  }
  return out;
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
  const owners = findBlocks(splits);
  const rendered = new Map<Split, string | null>();
  for (const block of new Set(owners.values())) for (const [line, text] of tableRows(block)) rendered.set(line, text);
  const out: { text: string; line: Line; plain: boolean }[] = [];
  for (const s of splits) {
    const text = owners.has(s) ? rendered.get(s) : plainLine(s.line);
    if (text === null || text === undefined) continue;
    out.push({ text, line: s.line, plain: !owners.has(s) && !text.includes('\t') });
  }
  return joinParagraphs(out).join('\n') + '\n';
}
