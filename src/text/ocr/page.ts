import { latticeCells, type CellBox } from '../pdf/lattice.js';
import type { PdfPage, TextRun } from '../pdf/load.js';
import { readCell, readLines } from './engine.js';
import { inkOf, isBilevel, otsu, skewOf, softened, turned, type Raster } from './raster.js';
import { rasterRules } from './ruling.js';
import { markOf } from './marks.js';
import { mendLabel } from './vocabulary.js';

/**
 * A page known only as a picture (a scan, a table pasted in as an image) read as the PDF reader
 * reads a page: its ruling lines found in the pixels, each cell of its tables read on its own,
 * the text around them read as lines; every run marked with tesseract's confidence. The PDF
 * reader's lattice and layout then make the document, as for any PDF.
 */

/** How far inside its lines a cell is read, in points: the ruling's ink (0.5–1.5 pt in a scan) must not be read as a 1 or a |. */
const INSET = 1.5;
/** White added round a cell's ink, in pixels before enlarging: tesseract reads text that touches the edge badly. */
const MARGIN = 8;
/** A cell with fewer dark pixels than this is empty (specks of a scan). */
const MIN_INK = 12;
/** A dash or a slash told by its shape alone is as sure as a clear figure. */
const MARK_CONFIDENCE = 90;
/** A skew below this, in degrees, is left as it is. */
const LEAST_SKEW = 0.1;

const CJK_GAP = /(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])/g;

/** Tesseract's text without the spaces it puts between Chinese characters, a number without its wrap (103\n3). */
export function cleanText(text: string): string {
  const trimmed = text.trim();
  if (/^[-+]?[\d\s.,]+$/.test(trimmed)) return trimmed.replace(/\s+/g, '');
  return trimmed.replace(CJK_GAP, '').replace(/\s+/g, ' ');
}

/** The resolution tesseract reads best at: a cell of a coarser scan is enlarged to it (a lone 1 at 150 dpi comes back as 相). */
const READ_DPI = 300;
/** Ink in groups of fewer pixels than this, at READ_DPI, is a speck of the scan (a full stop is about forty). */
const SPECK = 12;

/** Ink pixels (at or below `threshold`) in groups smaller than `least` made paper: a scan's dust. */
function despeckle(grey: Uint8Array, width: number, threshold: number, least: number): void {
  const seen = new Uint8Array(grey.length);
  const group: number[] = [];
  for (let start = 0; start < grey.length; start++) {
    if (grey[start]! > threshold || seen[start]) continue;
    group.length = 0;
    group.push(start);
    seen[start] = 1;
    for (let k = 0; k < group.length; k++) {
      const at = group[k]!;
      const x = at % width;
      for (const next of [at - width - 1, at - width, at - width + 1, at - 1, at + 1, at + width - 1, at + width, at + width + 1]) {
        if (next < 0 || next >= grey.length || Math.abs((next % width) - x) > 1 || seen[next] || grey[next]! > threshold) continue;
        seen[next] = 1;
        group.push(next);
      }
    }
    if (group.length < least) for (const at of group) grey[at] = 255;
  }
}

/**
 * A cell's picture as tesseract reads it best: the box inset from its lines, paper made white
 * (a scan's grain reads as strokes) and ink left grey (black and white alone breaks a
 * character's thin strokes), specks taken out, cut to its ink with a white margin and enlarged
 * to READ_DPI; null for a box with no ink. Returns the resolution it is at.
 */
function cellPicture(raster: Raster, threshold: number, box: CellBox, scale: number): { picture: Raster; dpi: number } | null {
  const inset = Math.ceil(INSET / scale);
  const left = Math.max(0, Math.round(box.left / scale) + inset);
  const right = Math.min(raster.width, Math.round(box.right / scale) - inset);
  const top = Math.max(0, Math.round(raster.height - box.top / scale) + inset);
  const bottom = Math.min(raster.height, Math.round(raster.height - box.bottom / scale) - inset);
  const [w, h] = [right - left, bottom - top];
  if (w < 4 || h < 4) return null;
  const paper = (threshold + 255) / 2;
  const cut = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const value = raster.grey[(top + y) * raster.width + left + x]!;
      cut[y * w + x] = value < paper ? value : 255;
    }
  const dpi = 72 / scale;
  const enlarge = Math.max(1, Math.round(READ_DPI / dpi));
  despeckle(cut, w, threshold, Math.max(2, Math.round(SPECK / (enlarge * enlarge))));
  let [x0, y0, x1, y1, ink] = [w, h, -1, -1, 0];
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (cut[y * w + x]! <= threshold) [x0, y0, x1, y1, ink] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y), ink + 1];
  if (ink < MIN_INK) return null;
  const [iw, ih] = [x1 - x0 + 1, y1 - y0 + 1];
  const [width, height] = [(iw + 2 * MARGIN) * enlarge, (ih + 2 * MARGIN) * enlarge];
  const grey = new Uint8Array(width * height).fill(255);
  // Enlarged smoothly (bilinear): pixels copied as blocks give a figure stepped edges, and tesseract reads a stepped 4 as 1.
  const at = (x: number, y: number): number => cut[Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))]!;
  for (let y = 0; y < ih * enlarge; y++)
    for (let x = 0; x < iw * enlarge; x++) {
      const [sx, sy] = [x0 + (x + 0.5) / enlarge - 0.5, y0 + (y + 0.5) / enlarge - 0.5];
      const [fx, fy] = [Math.floor(sx), Math.floor(sy)];
      const [dx, dy] = [sx - fx, sy - fy];
      const top = at(fx, fy) * (1 - dx) + at(fx + 1, fy) * dx;
      const bottom = at(fx, fy + 1) * (1 - dx) + at(fx + 1, fy + 1) * dx;
      grey[(y + MARGIN * enlarge) * width + x + MARGIN * enlarge] = Math.round(top * (1 - dy) + bottom * dy);
    }
  return { picture: { width, height, grey }, dpi: dpi * enlarge };
}

/** The page with its tables painted white, for the text around them. */
function withoutBoxes(raster: Raster, boxes: readonly CellBox[], scale: number): Raster {
  const grey = new Uint8Array(raster.grey);
  const pad = Math.ceil(INSET / scale);
  for (const box of boxes) {
    const [left, right] = [Math.max(0, Math.round(box.left / scale) - pad), Math.min(raster.width, Math.round(box.right / scale) + pad)];
    const [top, bottom] = [
      Math.max(0, Math.round(raster.height - box.top / scale) - pad),
      Math.min(raster.height, Math.round(raster.height - box.bottom / scale) + pad),
    ];
    for (let y = top; y < bottom; y++) grey.fill(255, y * raster.width + left, y * raster.width + right);
  }
  return { ...raster, grey };
}

/** A cell's text as one run at the middle of its box (where the lattice looks for a cell's runs). */
const cellRun = (box: CellBox, text: string, confidence: number): TextRun => ({
  text,
  x: (box.left + box.right) / 2 - 0.5,
  y: (box.top + box.bottom) / 2 - 1 / 3,
  width: 1,
  size: 1,
  confidence,
});

/** A picture of a page, `scale` points a pixel, read as a PDF page whose runs carry tesseract's confidence. */
export async function ocrPage(picture: Raster, scale: number): Promise<PdfPage> {
  const skew = skewOf(inkOf(picture));
  const straight = Math.abs(skew) >= LEAST_SKEW ? turned(picture, skew) : picture;
  const level = isBilevel(straight) ? softened(straight) : straight;
  const dpi = 72 / scale;
  const threshold = otsu(level.grey);
  const rules = rasterRules(inkOf(level), scale);
  const boxes = latticeCells(rules);
  const runs: TextRun[] = [];
  for (const box of boxes) {
    const cell = cellPicture(level, threshold, box, scale);
    if (!cell) continue;
    const mark = markOf(cell.picture, threshold);
    const { text, confidence } = mark ? { text: mark, confidence: MARK_CONFIDENCE } : await readCell(cell.picture, cell.dpi);
    // A cell can only hold one of the form's labels or a number: a label a character off is put right.
    const cleaned = mendLabel(cleanText(text));
    // Ink read as nothing is a figure unread, not a blank: it goes on, empty and as unsure as can be.
    runs.push(cellRun(box, cleaned, cleaned === '' ? 0 : confidence));
  }
  for (const line of await readLines(withoutBoxes(level, boxes, scale), dpi)) {
    const text = cleanText(line.text);
    if (text === '') continue;
    const size = (line.bottom - line.top) * scale;
    runs.push({
      text,
      x: line.left * scale,
      y: (level.height - line.bottom) * scale + size * 0.15,
      width: (line.right - line.left) * scale,
      size,
      confidence: line.confidence,
    });
  }
  return { width: level.width * scale, height: level.height * scale, runs, rules };
}
