/**
 * The ruling lines a page draws: strokes and thin filled rectangles that run level or upright,
 * in the page's own coordinates (points from its foot), as pdfjs's operator list gives them.
 */

/** A level or upright line: `at` is its y (level) or x (upright), `from`–`to` its extent along it. */
export interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface Rules {
  level: Rule[];
  upright: Rule[];
}

/** The operator codes this reading needs, by their pdfjs names. */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** pdfjs's path codes inside a constructPath's buffer. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied after `by`: the matrix of a `cm` inside the current one. */
const multiply = (by: Matrix, m: Matrix): Matrix => [
  by[0] * m[0] + by[2] * m[1],
  by[1] * m[0] + by[3] * m[1],
  by[0] * m[2] + by[2] * m[3],
  by[1] * m[2] + by[3] * m[3],
  by[0] * m[4] + by[2] * m[5] + by[4],
  by[1] * m[4] + by[3] * m[5] + by[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Off level or upright by less than this, in points, a segment still counts as level or upright. */
const SLANT = 0.5;
/** A filled rectangle no thicker than this is a line; thicker ones are shading. */
const THIN = 3;

/** The subpaths of a path buffer as lists of points in page space; curves end a subpath (no table draws them). */
function subpaths(buffer: ArrayLike<number>, ctm: Matrix): { points: [number, number][]; closed: boolean }[] {
  const out: { points: [number, number][]; closed: boolean }[] = [];
  let current: { points: [number, number][]; closed: boolean } | null = null;
  for (let i = 0; i < buffer.length;) {
    const op = buffer[i]!;
    if (op === MOVE || op === LINE) {
      if (op === MOVE || !current) out.push((current = { points: [], closed: false }));
      current.points.push(apply(ctm, buffer[i + 1]!, buffer[i + 2]!));
      i += 3;
    } else if (op === CURVE || op === QUADRATIC) {
      current = null;
      i += op === CURVE ? 7 : 5;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
      current = null;
      i += 1;
    } else break;
  }
  return out;
}

function addSegment(rules: Rules, [x1, y1]: [number, number], [x2, y2]: [number, number]): void {
  if (Math.abs(y1 - y2) <= SLANT && Math.abs(x1 - x2) > SLANT) rules.level.push({ at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
  else if (Math.abs(x1 - x2) <= SLANT && Math.abs(y1 - y2) > SLANT) rules.upright.push({ at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
}

function addStroked(rules: Rules, path: { points: [number, number][]; closed: boolean }): void {
  const { points, closed } = path;
  for (let i = 1; i < points.length; i++) addSegment(rules, points[i - 1]!, points[i]!);
  if (closed && points.length > 2) addSegment(rules, points.at(-1)!, points[0]!);
}

/** A filled shape that is a thin upright rectangle is a line along its middle (Word draws borders so). */
function addFilled(rules: Rules, { points }: { points: [number, number][] }): void {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const upright = points.every((p, i) => i === 0 || Math.abs(p[0] - points[i - 1]![0]) <= SLANT || Math.abs(p[1] - points[i - 1]![1]) <= SLANT);
  if (!upright || points.length < 2) return;
  if (top - bottom <= THIN && right - left > top - bottom) rules.level.push({ at: (top + bottom) / 2, from: left, to: right });
  else if (right - left <= THIN && top - bottom > right - left) rules.upright.push({ at: (left + right) / 2, from: bottom, to: top });
}

/** A form's matrix, which pdfjs gives as a Float32Array, or null where the form has none. */
function formMatrix(args: unknown[] | null): Matrix {
  const matrix = args?.[0] as ArrayLike<number> | null | undefined;
  return matrix?.length === 6 ? (Array.from(matrix) as Matrix) : IDENTITY;
}

/** Every ruling line a page's operator list draws. */
export function rulesOf(fnArray: ArrayLike<number>, argsArray: readonly unknown[], ops: PathOps): Rules {
  const rules: Rules = { level: [], upright: [] };
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  const stroking = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const filling = new Set([ops.fill, ops.eoFill]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      ctm = multiply(ctm, formMatrix(args));
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath && args) {
      const [paint, [buffer]] = args as [number, [ArrayLike<number> | null]];
      if (!buffer) continue;
      const closes = paint === ops.closeStroke || paint === ops.closeFillStroke || paint === ops.closeEOFillStroke;
      for (const path of subpaths(buffer, ctm)) {
        if (stroking.has(paint)) addStroked(rules, { ...path, closed: path.closed || closes });
        else if (filling.has(paint)) addFilled(rules, path);
      }
    }
  }
  return rules;
}

/** Lines wholly outside the page's box are not seen on it: a table is never drawn there (a drawing put off the page must not hide the one on it). */
export function onPage(rules: Rules, [left, bottom, right, top]: readonly [number, number, number, number]): Rules {
  const level = rules.level.filter((r) => r.at >= bottom && r.at <= top && r.to >= left && r.from <= right);
  const upright = rules.upright.filter((r) => r.at >= left && r.at <= right && r.to >= bottom && r.from <= top);
  return { level, upright };
}
