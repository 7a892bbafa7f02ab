import type { Raster } from './raster.js';

/**
 * The marks a form's cell holds where a figure does not apply — a dash or a slash — told by
 * their shape, which tesseract does not read: it makes a slash 1 (at 72 of 100) and a dash
 * nothing at all. A lone stroke only: a figure is never taken for one.
 */

/** A dash: this many times as wide as it is tall at least, and its box mostly ink. */
const DASH_RATIO = 2.5;
const DASH_FILL = 0.5;
/** A slash: this many times as tall as wide at least, every row's ink narrow, and leaning by this share of its height. */
const SLASH_RATIO = 1.5;
const SLASH_ROW = 0.5;
const SLASH_LEAN = 0.15;

/** The dash or slash a cell's picture holds alone, or null. */
export function markOf({ width, height, grey }: Raster, threshold: number): '—' | '/' | null {
  const rows: { y: number; from: number; to: number; ink: number }[] = [];
  for (let y = 0; y < height; y++) {
    let [from, to, ink] = [width, -1, 0];
    for (let x = 0; x < width; x++) if (grey[y * width + x]! <= threshold) [from, to, ink] = [Math.min(from, x), Math.max(to, x), ink + 1];
    if (ink > 0) rows.push({ y, from, to, ink });
  }
  if (rows.length === 0) return null;
  const [left, right] = [Math.min(...rows.map((r) => r.from)), Math.max(...rows.map((r) => r.to))];
  const [w, h] = [right - left + 1, rows.at(-1)!.y - rows[0]!.y + 1];
  // Rows with no ink inside the box: two strokes, not one.
  if (rows.length < h) return null;
  const ink = rows.reduce((sum, r) => sum + r.ink, 0);
  if (w >= DASH_RATIO * h && ink >= DASH_FILL * w * h) return '—';
  if (h < SLASH_RATIO * w || rows.some((r) => r.to - r.from + 1 > SLASH_ROW * w + 2)) return null;
  // Its top to the right of its middle, its middle to the right of its foot: a 1's flag leans the other way.
  const band = Math.max(1, Math.round(h / 5));
  const centre = (part: typeof rows): number => part.reduce((sum, r) => sum + (r.from + r.to) / 2, 0) / part.length;
  const middle = Math.floor((rows.length - band) / 2);
  const [top, mid, foot] = [centre(rows.slice(0, band)), centre(rows.slice(middle, middle + band)), centre(rows.slice(-band))];
  return top > mid && mid > foot && top - foot >= SLASH_LEAN * h ? '/' : null;
}
