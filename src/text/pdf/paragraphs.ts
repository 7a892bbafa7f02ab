import type { Line } from './lines.js';

/** Cells this far apart, in font sizes, are a table's (a header row); nearer ones are words of a sentence. */
const TABLE_GAP = 2;

export function plainLine(line: Line): string {
  return line.cells.map((cell, i) => (i === 0 ? '' : cell.left - line.cells[i - 1]!.right >= line.size * TABLE_GAP ? '\t' : ' ') + cell.text).join('');
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].reduce((a, b) => (b[1] > a[1] ? b : a), [NaN, 0])[0];
}

/** A table row as a reader of the PDF found it: its cells, and the table it belongs to (rows of one table run together). */
export interface PrintedRow {
  cells: readonly string[];
  table: object;
  page: number;
  /** Each cell's OCR confidence, where the row was read from a picture. */
  confidence?: readonly (number | null)[];
}

/** A line as written out: running text (`plain`, which may continue a paragraph), a line set out as a table's, or a table's row. */
export type Printed = { text: string; plain: true; line: Line } | { text: string; plain: false } | { row: PrintedRow; plain: false };

const ASCII_END = /[A-Za-z]$/;
const ASCII_START = /^[A-Za-z]/;

/** Text wrapped onto a new line joined again: a space only between two Latin words (CJK and numbers run on). */
export const joinWrapped = (a: string, b: string): string => a + (ASCII_END.test(a) && ASCII_START.test(b) ? ' ' : '') + b;

/**
 * Sentences wrap at the right margin; a line that reaches it and a next line that starts at
 * the left margin are one paragraph (so that 受理政府 / 信息公开申请 17 件 reads as one phrase).
 */
export function joinParagraphs(lines: readonly Printed[]): Printed[] {
  // The margins of the running text: the left edge most lines start at, and how far those lines reach.
  const plain = lines.flatMap((l) => (l.plain ? [l.line.cells] : []));
  const left = mode(plain.map((cells) => Math.round(cells[0]!.left)));
  const right = Math.max(...plain.filter((cells) => Math.abs(cells[0]!.left - left) < 1).map((cells) => cells.at(-1)!.right));
  const out: Printed[] = [];
  let previous: Printed | null = null;
  for (const entry of lines) {
    const last = out.at(-1);
    const wraps =
      previous?.plain === true &&
      entry.plain &&
      last?.plain === true &&
      previous.line.cells.at(-1)!.right >= right - previous.line.size * 2 &&
      entry.line.cells[0]!.left <= left + entry.line.size / 2;
    if (wraps) out[out.length - 1] = { ...last, text: joinWrapped(last.text, entry.text) };
    else out.push(entry);
    previous = entry;
  }
  return out;
}
