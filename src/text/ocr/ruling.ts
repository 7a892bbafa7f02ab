import type { Rule, Rules } from '../pdf/ruling.js';
import type { Ink } from './raster.js';

/**
 * A scanned table's ruling lines found in its pixels: long level runs of ink are its rows'
 * lines; upright runs that reach from one level line to another are its columns' (a character's
 * stroke never does). Given as the PDF reader gives drawn lines, in points from the page's foot,
 * so that the same lattice reader builds the cells.
 */

/**
 * A level line is at least this share of the page wide: longer than a run of characters' strokes
 * (a bold heading's reach 1/30), shorter than any line of the form's (the shortest spans two
 * columns, 1/12).
 */
const LEVEL_SHARE = 1 / 20;
/** Breaks in a line's ink up to this many pixels are noise or a faint scan, not its end. */
const GAP = 2;

interface Run {
  at: number;
  from: number;
  to: number;
  /** How thick a line is, in pixels (1 for a run). */
  thickness?: number;
}

/** Runs of ink along one row (or column) at least `min` long, bridging gaps of GAP pixels. */
function runsAlong(isInk: (i: number) => boolean, length: number, at: number, min: number, out: Run[]): void {
  let start = -1;
  let lastInk = -1;
  for (let i = 0; i <= length; i++) {
    if (i < length && isInk(i)) {
      if (start < 0 || i - lastInk > GAP + 1) {
        if (start >= 0 && lastInk - start + 1 >= min) out.push({ at, from: start, to: lastInk });
        start = i;
      }
      lastInk = i;
    }
  }
  if (start >= 0 && lastInk - start + 1 >= min) out.push({ at, from: start, to: lastInk });
}

/** Runs of neighbouring rows that overlap as one line: a line is several pixels thick. */
function thickLines(runs: readonly Run[]): Run[] {
  const open: { first: number; last: number; from: number; to: number }[] = [];
  const done: Run[] = [];
  for (const run of runs) {
    const line = open.find((l) => l.last >= run.at - 1 - GAP && l.from <= run.to && run.from <= l.to);
    if (line) Object.assign(line, { last: run.at, from: Math.min(line.from, run.from), to: Math.max(line.to, run.to) });
    else open.push({ first: run.at, last: run.at, from: run.from, to: run.to });
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i]!.last < run.at - 1 - GAP) done.push(...open.splice(i, 1).map(lineOf));
    }
  }
  return [...done, ...open.map(lineOf)];
}

const lineOf = (l: { first: number; last: number; from: number; to: number }): Run => ({
  at: (l.first + l.last) / 2,
  from: l.from,
  to: l.to,
  thickness: l.last - l.first + 1,
});

/** Beside a ruling line, a pixel or two off, is paper on at least one side for this share of its length … */
const CLEAR_SHARE = 0.8;
/** … where a run of a bold title's strokes has its characters' ink on both sides. */
function standsAlone(line: Run, inkAt: (along: number, across: number) => boolean): boolean {
  const off = Math.ceil((line.thickness ?? 1) / 2) + 2;
  const clearSide = (across: number): number => {
    let clear = 0;
    for (let along = line.from; along <= line.to; along++) if (!inkAt(along, across)) clear++;
    return clear / (line.to - line.from + 1);
  };
  return Math.max(clearSide(Math.round(line.at - off)), clearSide(Math.round(line.at + off))) >= CLEAR_SHARE;
}

/**
 * The part of an upright run from the first level line it meets to the last (within `reach`
 * pixels), where it meets two; null where it does not. A thin line a little off upright drifts
 * out of the columns its run is read along, and breaks into runs that end between lines: each
 * still reaches from line to line over some rows.
 */
function betweenLevels(run: Run, levels: readonly Run[], reach: number): Run | null {
  let [from, to, met] = [Infinity, -Infinity, 0];
  for (const l of levels) {
    if (l.at < run.from - reach || l.at > run.to + reach || run.at < l.from - reach || run.at > l.to + reach) continue;
    [from, to, met] = [Math.min(from, l.at), Math.max(to, l.at), met + 1];
  }
  return met >= 2 ? { at: run.at, from: Math.max(run.from, Math.round(from)), to: Math.min(run.to, Math.round(to)) } : null;
}

/** The ruling lines of a page's ink, in points (`scale` points a pixel) from the page's foot. */
export function rasterRules({ width, height, ink }: Ink, scale: number): Rules {
  const levelRuns: Run[] = [];
  const minLevel = Math.max(8, Math.round(width * LEVEL_SHARE));
  const inkAt = (x: number, y: number): boolean => y >= 0 && y < height && x >= 0 && x < width && ink[y * width + x] === 1;
  // A line a pixel off level steps from one row to the next: the rows either side count too.
  for (let y = 0; y < height; y++) runsAlong((x) => inkAt(x, y) || inkAt(x, y - 1) || inkAt(x, y + 1), width, y, minLevel, levelRuns);
  // A run of a bold title's strokes is as long as a short line: a line has paper beside it.
  const levels = thickLines(levelRuns).filter((line) => standsAlone(line, (x, y) => inkAt(x, y)));
  // An upright line may be as short as the thinnest row; it must meet level lines at both ends.
  const reach = Math.max(3, Math.round(1.5 / scale));
  // An upright line a pixel off upright steps from one column to the next, and must still reach
  // from line to line in one run: the ink of the columns either side counts too.
  const uprightRuns: Run[] = [];
  const minUpright = Math.max(6, Math.round(4 / scale));
  for (let x = 0; x < width; x++) runsAlong((y) => inkAt(x, y) || inkAt(x - 1, y) || inkAt(x + 1, y), height, x, minUpright, uprightRuns);
  // Runs are kept before they are joined into lines: a character's strokes beside a column's
  // line would otherwise join it, and move it.
  const spanning = uprightRuns.map((run) => betweenLevels(run, levels, reach)).filter((run) => run !== null);
  const uprights = thickLines(spanning).filter((line) => standsAlone(line, (y, x) => inkAt(x, y)));
  const level: Rule[] = levels.map((l) => ({ at: (height - l.at) * scale, from: l.from * scale, to: l.to * scale }));
  const upright: Rule[] = uprights.map((u) => ({ at: u.at * scale, from: (height - u.to) * scale, to: (height - u.from) * scale }));
  return { level, upright };
}
