import type { Block, Split } from './blocks.js';
import { columnOf } from './columns.js';
import type { Cell } from './lines.js';
import { ROW_NUMBER } from '../normalise.js';

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
 * A block's lines as rows of cells: labels, then one cell per column, blank where nothing
 * stands. A row with no number is written once, its wrapped label joined, every cell blank;
 * its other lines are null.
 */
export function tableRows(block: Block): Map<Split, string[] | null> {
  const out = new Map<Split, string[] | null>();
  const blank = Array<string>(block.columns.length).fill('');
  for (const row of blankRows(block)) {
    // The first line's cells stay apart (a character of side text is not part of the label); wrapped lines continue the last.
    const labels = texts(row[0]!.labels);
    labels[labels.length - 1] += texts(row.slice(1).flatMap((line) => line.labels)).join('');
    out.set(row[0]!, [...labels, ...blank]);
    for (const line of row.slice(1)) out.set(line, null);
  }
  for (const line of block.rows) {
    if (out.has(line)) continue;
    const slots = [...blank];
    for (const cell of line.values) {
      const at = columnOf(block.columns, cell);
      slots[at] = slots[at] ? `${slots[at]} ${cell.text}` : cell.text;
    }
    out.set(line, [...texts(line.labels), ...(line.values.length > 0 ? slots : [])]);
  }
  return out;
}
