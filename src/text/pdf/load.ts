import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OcrError } from '../ocr/error.js';
import { greyOf as pixelsToGrey, type Raster } from '../ocr/raster.js';
import { runCompiled } from './compiled.js';
import { onPage, rulesOf, type Rules } from './ruling.js';

/** A run of text as the PDF placed it: left edge, baseline, width and font size in points. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** Tesseract's confidence (0–100) in a run read from a picture by OCR; absent for a PDF's own text. */
  confidence?: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
  /** The ruling lines drawn on the page: where a table is ruled, its grid. */
  rules: Rules;
}

/** Why a PDF could not be opened, in words for the user. */
export class PdfError extends Error {}

export interface PdfOptions {
  /** Read pages with no text (a scan's) from their pictures by OCR. */
  ocr?: boolean;
  /** Told before each page is read by OCR: a runner gives each such page time of its own. */
  onOcrPage?: () => void;
}

/** A picture as pdfjs decodes it: grey in bits (kind 1, 1 white), RGB (2) or RGBA (3) bytes. */
interface PdfImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** A decoded picture as grey pixels (a seal's red as paper, see ocr/image.ts). */
function greyOf({ width, height, kind, data }: PdfImage): Raster {
  const grey = new Uint8Array(width * height);
  if (kind === 1) {
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) grey[y * width + x] = data[y * rowBytes + (x >> 3)]! & (0x80 >> (x & 7)) ? 255 : 0;
    return { width, height, grey };
  }
  return pixelsToGrey(data, width, height, kind === 2 ? 3 : 4);
}

type PdfPageProxy = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

/** The largest picture a page paints (a scan's page is one), decoded by pdfjs; null for a page without one. */
async function pagePicture(page: PdfPageProxy, OPS: PdfJs['OPS']): Promise<Raster | null> {
  const list = await page.getOperatorList();
  let largest: PdfImage | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    if (list.fnArray[i] !== OPS.paintImageXObject) continue;
    const id = (list.argsArray[i] as [string])[0];
    const objects = id.startsWith('g_') ? page.commonObjs : page.objs;
    const image = await new Promise<PdfImage | null>((resolve) => objects.get(id, (data: unknown) => resolve((data as PdfImage | null) ?? null)));
    if (image?.data && (!largest || image.width * image.height > largest.width * largest.height)) largest = image;
  }
  return largest && greyOf(largest);
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
/** pdfjs's two halves as scripts/patch-pdfjs.js writes them (patches/pdfjs-dist.patch): src/ and dist/ are both three folders down. */
const PATCHED = new URL('../../../vendor/pdfjs/', import.meta.url);
export const TEXT_ONLY_WORKER = new URL('pdf.worker.mjs', PATCHED);
export const TEXT_ONLY_DISPLAY = new URL('pdf.mjs', PATCHED);
const PDFJS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
/** pdfjs loaded, and whether its worker is the build's, which sends a page's drawing with its text. */
interface Loaded {
  pdfjs: PdfJs;
  drawsWithText: boolean;
}
let loading: Promise<Loaded> | null = null;
/** pdfjs reads the CMaps of non-embedded Chinese fonts (STSong-Light, UniGB-UCS2-H) from its own package. */
let folders: { cMapUrl: string; standardFontDataUrl: string } | null = null;

function packageFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

/**
 * pdfjs wants a DOMMatrix at load time, which Node lacks; without the optional native canvas
 * package pdfjs would have none, and reading text and drawing operators needs no more than a
 * plain one. Without that package pdfjs also warns on stderr while it loads, before any
 * verbosity can be set, about drawing it will never be asked to do: those warnings are dropped.
 * What loading leaves in the host process is put back as it was (see keepNatives, forgetGlobals).
 */
async function loadPdfJs(): Promise<Loaded> {
  const globals = new Set(Object.getOwnPropertyNames(globalThis));
  if (globalThis.DOMMatrix === undefined) {
    const { default: CSSMatrix } = await import('@thednp/dommatrix');
    globalThis.DOMMatrix = CSSMatrix as unknown as typeof DOMMatrix;
  }
  const warn = console.warn;
  const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify, toString: Function.prototype.toString };
  console.warn = () => {};
  try {
    const pdfjs = await loadDisplay();
    // The worker's half, which pdfjs would load on the first document, is loaded here, so that
    // the natives are put back after both halves; pdfjs finds the module by its address.
    const worker = await loadWorker(pdfjs);
    pdfjs.GlobalWorkerOptions.workerSrc = worker;
    return { pdfjs, drawsWithText: worker === TEXT_ONLY_WORKER.href };
  } finally {
    console.warn = warn;
    keepNatives(natives);
    forgetGlobals(globals);
  }
}

/** The build's copy of the display half, which loads no canvas, from its code cache; pdfjs's own where the build did not make it. */
async function loadDisplay(): Promise<PdfJs> {
  return (runCompiled(TEXT_ONLY_DISPLAY) as unknown as PdfJs | null) ?? import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** How pdfjs finds its worker half in Node: the `pdfjsWorker` global that half sets, if there, when first asked. */
type FakeWorker = { _setupFakeWorkerGlobal: Promise<unknown> };

/**
 * The build's copy of the worker half, which does not parse font programs that the text does not
 * need and sends a page's drawing with its text; pdfjs's own where the build did not make it (an
 * install that skipped it): the same text and lines, slower. Its address, once loaded.
 */
async function loadWorker(pdfjs: PdfJs): Promise<string> {
  if (runCompiled(TEXT_ONLY_WORKER)) {
    // Asked now, while the global the script set is there (it goes with the other globals):
    // pdfjs keeps the answer, and never imports the worker by its address.
    await (pdfjs.PDFWorker as unknown as FakeWorker)._setupFakeWorkerGlobal;
    return TEXT_ONLY_WORKER.href;
  }
  const own = pathToFileURL(createRequire(import.meta.url).resolve(PDFJS_WORKER)).href;
  await import(own);
  return own;
}

/**
 * Globals that the legacy build's core-js needs once loaded: its shared store, and Iterator,
 * whose helpers pdfjs calls. The README's Library section lists them with the built-ins core-js
 * adds to (Promise.withResolvers …), which pdfjs calls too.
 */
const KEPT_GLOBALS: ReadonlySet<string> = new Set(['Iterator', '__core-js_shared__']);

/**
 * Loading sets globals for a browser that reading never uses: core-js's `self`, pdfjs's
 * `navigator`, `ImageData`, `Path2D`, `DOMMatrix`, `pdfjsLib`, the worker's `pdfjsWorker`. A
 * library user's process may take `self` or `navigator` for a browser's: they go.
 */
function forgetGlobals(before: ReadonlySet<string>): void {
  const host = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(globalThis)) if (!before.has(key) && !KEPT_GLOBALS.has(key)) delete host[key];
}

/**
 * The legacy build's core-js replaces built-ins that Node 20 has, process-wide, for edge cases
 * pdfjs never meets: Array.prototype.push (for V8 ≤ 12.1's error on a non-writable length),
 * JSON.parse and JSON.stringify (for the JSON source-text proposal), and Function.prototype.toString
 * (so that its own functions print as native). Its push is a JavaScript function that every push
 * in the process then runs through (a tenth of the time of a PDF, measured); the natives are put
 * back. What core-js adds without replacing (Promise.withResolvers, Set methods, …) stays: pdfjs
 * is written against it.
 */
function keepNatives(natives: {
  push: typeof Array.prototype.push;
  parse: typeof JSON.parse;
  stringify: typeof JSON.stringify;
  toString: typeof Function.prototype.toString;
}): void {
  const { push, parse, stringify, toString } = natives;
  Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(Function.prototype, 'toString', { value: toString, writable: true, configurable: true, enumerable: false });
  Object.assign(JSON, { parse, stringify });
}

/** The drawing operators that read the ruling lines, as pdfjs's operator list holds them. */
export interface Drawing {
  fnArray: number[];
  argsArray: unknown[];
}

/** The drawing the build's worker sends among a page's text items, as numbers (patches/pdfjs-dist.patch, getTextContent). */
const isDrawing = (item: object): item is { type: 'draw'; ops: Float64Array } => 'type' in item && item.type === 'draw';

/** The operators and arguments, as pdfjs's operator list holds them, of the numbers the worker sent. */
export function addDrawing(ops: Float64Array, OPS: PdfJs['OPS'], drawing: Drawing): void {
  for (let i = 0; i < ops.length;) {
    const fn = ops[i++]!;
    let args: unknown = null;
    if (fn === OPS.transform) {
      args = Array.from(ops.subarray(i, (i += 6)));
    } else if (fn === OPS.constructPath) {
      const paint = ops[i++]!;
      const length = ops[i++]!;
      args = [paint, [Float32Array.from(ops.subarray(i, (i += length)))], null];
    } else if (fn === OPS.paintFormXObjectBegin) {
      args = [ops[i++] === 1 ? Float32Array.from(ops.subarray(i, (i += 6))) : null, null];
    }
    drawing.fnArray.push(fn);
    drawing.argsArray.push(args);
  }
}

/**
 * A page's upright text runs (rotated ones, stamps and vertical margins, are no table's cells),
 * and the drawing operators that came with them.
 */
async function pageContent(page: PdfPageProxy, OPS: PdfJs['OPS']): Promise<{ runs: TextRun[]; drawing: Drawing }> {
  const runs: TextRun[] = [];
  const drawing: Drawing = { fnArray: [], argsArray: [] };
  for (const item of (await page.getTextContent()).items) {
    if (isDrawing(item)) addDrawing(item.ops, OPS, drawing);
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, c, d, x, y] = item.transform as number[];
    if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || a! <= 0 || d! <= 0) continue;
    runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: d! });
  }
  return { runs, drawing };
}

/** One page: its text and ruling lines, or, with `ocr`, a page with no text read from its picture. */
async function readPage(page: PdfPageProxy, { pdfjs: { OPS }, drawsWithText }: Loaded, options: PdfOptions): Promise<{ page: PdfPage; scanned: boolean }> {
  const { width, height } = page.getViewport({ scale: 1 });
  const { runs, drawing } = await pageContent(page, OPS);
  // A page with no text has no table to read: its drawing (a scan's image) is decoded only for OCR.
  const picture = runs.length === 0 && options.ocr ? await pagePicture(page, OPS) : null;
  if (picture) {
    options.onOcrPage?.();
    const { ocrPage } = await import('../ocr/page.js');
    return { page: await ocrPage(picture, width / picture.width), scanned: true };
  }
  if (runs.length === 0) return { page: { width, height, runs, rules: { level: [], upright: [] } }, scanned: false };
  const { fnArray, argsArray } = drawsWithText ? drawing : await page.getOperatorList();
  const rules = onPage(rulesOf(fnArray, argsArray, OPS), page.view as [number, number, number, number]);
  return { page: { width, height, runs, rules }, scanned: false };
}

/** pdfjs, loaded once: a reader that knows a PDF is coming loads it ahead (sandbox-child.ts). */
export function preparePdfJs(): Promise<Loaded> {
  return (loading ??= loadPdfJs());
}

/**
 * The text runs of every page; with `ocr`, a page with no text is read from its picture. pdfjs
 * is loaded on the first PDF only: it is large and most inputs are text.
 */
export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<{ pages: PdfPage[]; scanned: number }> {
  const loaded = await preparePdfJs();
  folders ??= packageFolders();
  const task = loaded.pdfjs.getDocument({
    // pdfjs may take ownership of the buffer it is given; the caller keeps its own.
    data: new Uint8Array(bytes),
    ...folders,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    throw new PdfError(name === 'PasswordException' ? 'PDF 有密码保护' : 'PDF 文件已损坏或不完整');
  }
  try {
    const pages: PdfPage[] = [];
    let scanned = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const read = await readPage(page, loaded, options);
      pages.push(read.page);
      if (read.scanned) scanned++;
      page.cleanup();
    }
    return { pages, scanned };
  } catch (error) {
    if (error instanceof OcrError) throw error;
    throw new PdfError('PDF 内容无法解析');
  } finally {
    await document.destroy();
  }
}
