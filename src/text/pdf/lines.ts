import type { PdfPage, TextRun } from './load.js';

/** Text that the layout keeps together: one table cell, or a stretch of a sentence. */
export interface Cell {
  text: string;
  left: number;
  right: number;
}

/** Runs sharing a baseline, split into cells where the gap between them is wide. */
export interface Line {
  page: number;
  /** Baseline, in points from the page's foot. */
  y: number;
  size: number;
  cells: Cell[];
}

/** Baselines closer than this share a line (numbers in a larger font sit a little lower than their label). */
const SAME_LINE = 0.4;
/** A gap wider than this, in font sizes, separates cells; narrower ones are spaces or nothing. */
const CELL_GAP = 0.6;
const WORD_GAP = 0.15;

function toLines(runs: readonly TextRun[], page: number): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    // Only the last few lines can be within reach: runs come top to bottom.
    const group = groups.slice(-3).find((g) => Math.abs(g.y - run.y) < Math.min(g.size, run.size) * SAME_LINE);
    if (group) {
      group.runs.push(run);
      group.size = Math.max(group.size, run.size);
    } else groups.push({ y: run.y, size: run.size, runs: [run] });
  }
  return groups.map((g) => ({ page, y: g.y, size: g.size, cells: toCells(g.runs.sort((a, b) => a.x - b.x)) }));
}

function toCells(runs: readonly TextRun[]): Cell[] {
  const cells: Cell[] = [];
  let sizeOfLast = 0;
  for (const run of runs) {
    const last = cells.at(-1);
    const gap = last ? run.x - last.right : Infinity;
    const size = Math.min(run.size, sizeOfLast || run.size);
    if (last && gap < size * CELL_GAP) {
      last.text += (gap > size * WORD_GAP ? ' ' : '') + run.text;
      last.right = Math.max(last.right, run.x + run.width);
    } else cells.push({ text: run.text, left: run.x, right: run.x + run.width });
    sizeOfLast = run.size;
  }
  for (const cell of cells) cell.text = cell.text.trim();
  return cells;
}

/** Page numbers as printed: 3, - 3 -, —3—, 第3页, 第 3 页 共 6 页. */
const PAGE_NUMBER = /^(?:[-—–－]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*共\s*\d{1,4}\s*页)?(?:\s*[-—–－])?$|^\d{1,4}\s*\/\s*\d{1,4}$/;
const DECORATED_PAGE_NUMBER = /[-—–－第页]/;
/** The part of a page, top and foot, where running heads and page numbers stand. */
const MARGIN = 0.1;

const lineText = (line: Line): string => line.cells.map((c) => c.text).join(' ');

/**
 * Drops what the page prints rather than the report: page numbers, and running heads or
 * feet that repeat on several pages (digits aside).
 */
function withoutFurniture(pages: readonly Line[][], sizes: readonly PdfPage[]): Line[][] {
  const inMargin = (line: Line): boolean => {
    const height = sizes[line.page]!.height;
    return line.y < height * MARGIN || line.y > height * (1 - MARGIN);
  };
  const shape = (line: Line): string => lineText(line).replace(/\d+/g, '#');
  const seen = new Map<string, number>();
  for (const lines of pages) {
    for (const shapeOnPage of new Set(lines.filter(inMargin).map(shape))) seen.set(shapeOnPage, (seen.get(shapeOnPage) ?? 0) + 1);
  }
  const repeated = (line: Line): boolean => pages.length > 1 && (seen.get(shape(line)) ?? 0) >= Math.max(2, pages.length / 2);
  const content = (line: Line): Line | null => {
    if (!inMargin(line)) return line;
    if (repeated(line)) return null;
    if (line.cells.length === 1 && PAGE_NUMBER.test(line.cells[0]!.text)) return null;
    // A page number can share its baseline with table text that runs into the foot; a bare number there is the table's.
    const cells = line.cells.filter((cell) => !(DECORATED_PAGE_NUMBER.test(cell.text) && PAGE_NUMBER.test(cell.text)));
    return cells.length === 0 ? null : { ...line, cells };
  };
  return pages.map((lines) => lines.map(content).filter((line): line is Line => line !== null));
}

/** Every page's lines, top to bottom, with page furniture removed. */
export function pdfLines(pages: readonly PdfPage[]): Line[] {
  return withoutFurniture(
    pages.map((page, i) => toLines(page.runs, i)),
    pages,
  ).flat();
}
