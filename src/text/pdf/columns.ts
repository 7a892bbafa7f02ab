import type { Cell } from './lines.js';

/** A table column: the span its cells cover on the page. */
export interface Column {
  left: number;
  right: number;
}

const centre = (c: Column): number => (c.left + c.right) / 2;
const overlap = (a: Column, b: Column): number => Math.min(a.right, b.right) - Math.max(a.left, b.left);

/** Widens the column a cell falls in, or adds one; columns stay in page order. */
export function addToColumns(columns: Column[], cell: Cell): void {
  const hits = columns.filter((column) => overlap(column, cell) > 0);
  if (hits.length === 0) {
    columns.push({ left: cell.left, right: cell.right });
    columns.sort((a, b) => a.left - b.left);
    return;
  }
  // A cell over two columns (a number wider than its neighbours) widens the one it covers most.
  const best = hits.reduce((a, b) => (overlap(b, cell) > overlap(a, cell) ? b : a));
  best.left = Math.min(best.left, cell.left);
  best.right = Math.max(best.right, cell.right);
}

/**
 * Distance between neighbouring columns' centres; 0 for a single column. The smallest gap:
 * columns left blank make some gaps two or three times as wide.
 */
export function pitch(columns: readonly Column[]): number {
  if (columns.length < 2) return 0;
  return Math.min(...columns.slice(1).map((c, i) => centre(c) - centre(columns[i]!)));
}

/**
 * Where the values begin: text reaching past this is a header or prose, not a row label. The
 * first column's own edge, not a share of the pitch: where few columns hold numbers the pitch
 * is wide and would reach back into the labels.
 */
export function valueZone(columns: readonly Column[]): number {
  return columns[0]!.left - 1;
}

/** A header cell this far from every column's centre, in pitches, names a column of its own. */
const OWN_COLUMN = 0.75;

/** Smallest distance between the centres of cells on one line; 0 when it has fewer than two. */
function cellPitch(cells: readonly Column[]): number {
  const centres = cells.map(centre).sort((a, b) => a - b);
  return centres.length < 2 ? 0 : Math.min(...centres.slice(1).map((c, i) => c - centres[i]!));
}

/**
 * Columns a header names but no row fills (a column left blank all the way down): header
 * cells in the value zone, no wider than a column, standing apart from every column found.
 * Column names wrap and sit off-centre over narrow numbers, so nearness, not overlap, decides.
 * Where few columns hold numbers their gaps say little, so the header's last line (its
 * narrowest cells) bounds the pitch too.
 */
export function addHeaderColumns(columns: Column[], header: readonly (readonly Cell[])[]): void {
  const zone = valueZone(columns);
  const inZone = header.map((line) => line.filter((cell) => cell.left >= zone));
  const lastLine = inZone.findLast((line) => line.length >= 2) ?? [];
  const step = Math.min(...[pitch(columns), cellPitch(lastLine)].filter((p) => p > 0));
  if (!Number.isFinite(step)) return;
  for (const cell of inZone.flat()) {
    if (cell.right - cell.left > step * 1.2) continue;
    if (columns.some((column) => Math.abs(centre(column) - centre(cell)) < step * OWN_COLUMN)) continue;
    columns.push({ left: cell.left, right: cell.right });
    columns.sort((a, b) => a.left - b.left);
  }
}

/** The column a value cell stands in: the one it overlaps most, else the nearest. */
export function columnOf(columns: readonly Column[], cell: Cell): number {
  let best = 0;
  let bestScore = -Infinity;
  columns.forEach((column, i) => {
    const score = overlap(column, cell);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}
