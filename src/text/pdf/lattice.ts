import { rawCellKind } from '../cell.js';
import { joinWrapped } from './paragraphs.js';
import type { TextRun } from './load.js';
import type { Rule, Rules } from './ruling.js';

/**
 * Ruled tables read by their drawn grid (the "lattice" way): rows and columns from the ruling
 * lines, cells merged where an inner line is missing, each text run put in the cell whose box
 * holds it. The official form boxes every cell, so this settles what text positions cannot: a
 * 总计 on another baseline than its row, a label wrapped over three lines, columns left blank.
 */

/**
 * A ruled table as rows of cell texts, the way the web-page reader writes a table: a cell merged
 * across stands once, a cell merged down stands in its first row and leaves an empty cell in the
 * rows below, an empty cell is ''.
 */
export interface LatticeTable {
  /** The page it starts on and the page it ends on (a table joined over pages). */
  page: number;
  endPage: number;
  /** Top edge on its first page and bottom edge on its last, in points from the page's foot. */
  top: number;
  bottom: number;
  /** Where the column lines stand, left to right. */
  edges: number[];
  rows: string[][];
  /** Each cell's OCR confidence (0–100), row by row as `rows`; null for a cell not read by OCR. Absent for a PDF's own text. */
  confidence?: (number | null)[][];
}

/** Lines nearer than this, in points, are one line (Word draws double and overlapping borders). */
const SAME_LINE = 2.5;
/** Lines whose ends come this near meet. */
const REACH = 2.5;

/** Lines at one position joined where they overlap or touch. */
function joined(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const groups: Rule[][] = [];
  for (const rule of sorted) {
    const group = groups.at(-1);
    if (group && rule.at - group[0]!.at <= SAME_LINE) group.push(rule);
    else groups.push([rule]);
  }
  const out: Rule[] = [];
  for (const group of groups) {
    const at = group.reduce((sum, r) => sum + r.at, 0) / group.length;
    const spans = group.map((r) => ({ from: r.from, to: r.to })).sort((a, b) => a.from - b.from);
    let current = { ...spans[0]!, at };
    for (const span of spans.slice(1)) {
      if (span.from <= current.to + REACH) current.to = Math.max(current.to, span.to);
      else {
        out.push(current);
        current = { ...span, at };
      }
    }
    out.push(current);
  }
  return out;
}

/** Sets that join, without recursion (a chain of 12,000 lines overflowed the stack). */
class UnionFind {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    for (let at = i; this.parent[at] !== root;) [at, this.parent[at]] = [this.parent[at]!, root];
    return root;
  }

  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** The first index of a sorted list whose key is at least `value`. */
function lowerBound<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(sorted[middle]!) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many line pairs a page's frames may compare: a real form draws a few hundred lines; a
 * drawing with more crossings than this is no table to read by its grid, and is left to the
 * text-position reader.
 */
const MAX_CROSSINGS = 2_000_000;

/**
 * Sets of lines that touch one another: each is one table's frame. Upright lines sorted by x, so
 * that each level line meets only those within its reach; null for a drawing too dense to be a table.
 */
function frames(level: readonly Rule[], upright: readonly Rule[]): { level: Rule[]; upright: Rule[] }[] | null {
  const byX = upright.map((rule, index) => ({ rule, index })).sort((a, b) => a.rule.at - b.rule.at);
  const sets = new UnionFind(level.length + upright.length);
  let compared = 0;
  for (const [i, h] of level.entries()) {
    for (let j = lowerBound(byX, h.from - REACH, (u) => u.rule.at); j < byX.length && byX[j]!.rule.at <= h.to + REACH; j++) {
      if (++compared > MAX_CROSSINGS) return null;
      const v = byX[j]!;
      if (h.at >= v.rule.from - REACH && h.at <= v.rule.to + REACH) sets.join(i, level.length + v.index);
    }
  }
  const groups = new Map<number, { level: Rule[]; upright: Rule[] }>();
  const groupOf = (i: number) => groups.get(sets.find(i)) ?? groups.set(sets.find(i), { level: [], upright: [] }).get(sets.find(i))!;
  level.forEach((h, i) => groupOf(i).level.push(h));
  upright.forEach((v, j) => groupOf(level.length + j).upright.push(v));
  return [...groups.values()];
}

/** Positions of lines, nearby ones as one, in order. */
function boundaries(positions: readonly number[]): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const p of sorted) {
    if (out.length > 0 && p - out.at(-1)!.at(-1)! <= SAME_LINE) out.at(-1)!.push(p);
    else out.push([p]);
  }
  return out.map((group) => group.reduce((a, b) => a + b, 0) / group.length);
}

/** The lines drawn at each boundary, found once, so that each cell asks only its own boundary's few lines. */
function linesAt(rules: readonly Rule[], boundaries: readonly number[]): Rule[][] {
  const sorted = [...rules].sort((a, b) => a.at - b.at);
  return boundaries.map((at) =>
    sorted.slice(
      lowerBound(sorted, at - SAME_LINE, (r) => r.at),
      lowerBound(sorted, at + SAME_LINE + 1e-9, (r) => r.at),
    ),
  );
}

const drawnAt = (rules: readonly Rule[], along: number): boolean => rules.some((r) => r.from - REACH <= along && along <= r.to + REACH);

/** A grid of more cells than this is no report's table (the official form's largest has ~250). */
const MAX_CELLS = 20_000;

/** Cells of a frame: slots between neighbouring boundaries, merged where no line divides them; null for a grid too large to be a table. */
function gridOf(frame: { level: Rule[]; upright: Rule[] }): { xs: number[]; ys: number[]; owner: number[][] } | null {
  // A table drawn without outer side lines still reaches as far as its level lines do, and the other way round.
  const xs = boundaries([...frame.upright.map((r) => r.at), ...frame.level.flatMap((r) => [r.from, r.to])]);
  const ys = boundaries([...frame.level.map((r) => r.at), ...frame.upright.flatMap((r) => [r.from, r.to])]).reverse();
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  if (rows * columns > MAX_CELLS) return null;
  const uprightAt = linesAt(frame.upright, xs);
  const levelAt = linesAt(frame.level, ys);
  const cells = new UnionFind(rows * columns);
  for (let r = 0; r < rows; r++) {
    const middleY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < columns; c++) {
      const middleX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < columns && !drawnAt(uprightAt[c + 1]!, middleY)) cells.join(r * columns + c + 1, r * columns + c);
      if (r + 1 < rows && !drawnAt(levelAt[r + 1]!, middleX)) cells.join((r + 1) * columns + c, r * columns + c);
    }
  }
  return { xs, ys, owner: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cells.find(r * columns + c))) };
}

/** Runs whose baselines are this near, in font sizes, share a line of the cell. */
const SAME_BASELINE = 0.4;

/** A cell's runs as its text: lines top to bottom, each left to right; a wrapped word or number is joined again. */
function cellText(runs: readonly TextRun[]): string {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - run.y) < Math.min(line[0]!.size, run.size) * SAME_BASELINE) line.push(run);
    else lines.push([run]);
  }
  let text = '';
  for (const line of lines) {
    const part = line
      .sort((a, b) => a.x - b.x)
      .map((r) => r.text)
      .join('')
      .trim();
    text = joinWrapped(text, part);
  }
  return text.replace(/\s+/g, ' ');
}

/** Where a run stands: the middle of its width, a third of the way up its letters. */
const anchor = (run: TextRun): [number, number] => [run.x + run.width / 2, run.y + run.size / 3];

/** The least confidence of a cell's runs read by OCR; null where none was. */
function cellConfidence(runs: readonly TextRun[]): number | null {
  const read = runs.flatMap((run) => (run.confidence === undefined ? [] : [run.confidence]));
  return read.length > 0 ? Math.min(...read) : null;
}

/** A cell as written in its row, with the first grid column it covers. */
interface Written {
  text: string;
  column: number;
  confidence: number | null;
}

/** Each grid row's cells: a cell merged across written once, one merged down from above as ''. */
function rowsOf(owner: readonly (readonly number[])[], cells: readonly TextRun[][]): Written[][] {
  const started = new Set<number>();
  return owner.map((slots) => {
    const row: Written[] = [];
    slots.forEach((id, column) => {
      if (column > 0 && slots[column - 1] === id) return;
      const merged = started.has(id);
      row.push({ text: merged ? '' : cellText(cells[id]!), column, confidence: merged ? null : cellConfidence(cells[id]!) });
    });
    slots.forEach((id) => started.add(id));
    return row;
  });
}

export const isNumber = (text: string): boolean => rawCellKind(text) === 'number';

/**
 * Rows without the empty label cells after a row's label: where the form divides the label
 * columns (（三）不予公开 | 1.属于国家秘密) a row labelled in one of them (（六）其他处理) leaves the
 * other empty, and that empty cell is no value. Label columns are those holding the text before
 * the numbers of some row.
 */
function withoutLabelGaps(rows: readonly Written[][]): Written[][] {
  let labelColumns = 0;
  for (const row of rows) {
    const firstNumber = row.findIndex((cell) => isNumber(cell.text));
    for (const cell of row.slice(0, Math.max(firstNumber, 0))) if (cell.text !== '') labelColumns = Math.max(labelColumns, cell.column + 1);
  }
  return rows.map((row) => row.filter((cell, i) => !(cell.text === '' && cell.column < labelColumns && row.slice(0, i).some((before) => before.text !== ''))));
}

/** A table needs this many cells at least: a box around a paragraph is not one. */
const MIN_CELLS = 2;

/** A cell's box, in points from the page's foot. */
export interface CellBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The cells of every ruled table the lines draw: where a scan's cells are, to be read one by one. */
export function latticeCells(rules: Rules): CellBox[] {
  const boxes: CellBox[] = [];
  for (const frame of frames(joined(rules.level), joined(rules.upright)) ?? []) {
    if (frame.level.length < 2 || frame.upright.length < 2) continue;
    const grid = gridOf(frame);
    if (!grid) continue;
    const byOwner = new Map<number, CellBox>();
    grid.owner.forEach((slots, r) =>
      slots.forEach((id, c) => {
        const box = byOwner.get(id);
        const [left, right, top, bottom] = [grid.xs[c]!, grid.xs[c + 1]!, grid.ys[r]!, grid.ys[r + 1]!];
        if (box)
          Object.assign(box, {
            left: Math.min(box.left, left),
            right: Math.max(box.right, right),
            top: Math.max(box.top, top),
            bottom: Math.min(box.bottom, bottom),
          });
        else byOwner.set(id, { left, right, top, bottom });
      }),
    );
    if (byOwner.size >= MIN_CELLS) boxes.push(...byOwner.values());
  }
  return boxes;
}

/**
 * The ruled tables of a page and the runs outside them. Runs inside a table's frame become its
 * cells' text; the rest are left for the text-position reader.
 */
export function readLattice(rules: Rules, runs: readonly TextRun[], page: number): { tables: LatticeTable[]; rest: TextRun[] } {
  const tables: LatticeTable[] = [];
  let rest = [...runs];
  for (const frame of frames(joined(rules.level), joined(rules.upright)) ?? []) {
    if (frame.level.length < 2 || frame.upright.length < 2) continue;
    const grid = gridOf(frame);
    if (!grid) continue;
    const { xs, ys, owner } = grid;
    const ids = new Set(owner.flat());
    if (ids.size < MIN_CELLS) continue;
    const inside: TextRun[][] = Array.from({ length: owner.length * (xs.length - 1) }, () => []);
    const outside: TextRun[] = [];
    for (const run of rest) {
      const [x, y] = anchor(run);
      const column = xs.findIndex((edge, i) => i + 1 < xs.length && x >= edge && x < xs[i + 1]!);
      const row = ys.findIndex((edge, i) => i + 1 < ys.length && y <= edge && y > ys[i + 1]!);
      if (column < 0 || row < 0) outside.push(run);
      else inside[owner[row]![column]!]!.push(run);
    }
    rest = outside;
    const rows = withoutLabelGaps(rowsOf(owner, inside));
    const read = rows.some((row) => row.some((cell) => cell.confidence !== null));
    tables.push({
      page,
      endPage: page,
      top: ys[0]!,
      bottom: ys.at(-1)!,
      edges: xs,
      rows: rows.map((row) => row.map((cell) => cell.text)),
      ...(read ? { confidence: rows.map((row) => row.map((cell) => cell.confidence)) } : {}),
    });
  }
  return { tables, rest };
}
