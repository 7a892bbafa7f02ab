import { createRequire } from 'node:module';
import type Tesseract from 'tesseract.js';
import { OcrError } from './error.js';
import type { Raster } from './raster.js';

/**
 * Tesseract (tesseract.js, WebAssembly) with the Simplified Chinese model from its npm package:
 * nothing is fetched at run time. Loaded on the first picture only, so that a run without
 * `--ocr` never loads it; one engine serves every picture of a process.
 */

/** What tesseract read in a picture: its text, and how sure it is (0–100). */
export interface Read {
  text: string;
  confidence: number;
}

/** A line of text tesseract found on a page, with its box in pixels. */
export interface ReadLine extends Read {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Tesseract's page segmentation: one block of text (a cell), or a page of it in a column (the text around the tables). */
const BLOCK = '6' as Tesseract.PSM;
const COLUMN = '4' as Tesseract.PSM;

/** A picture as tesseract takes it in memory: a PGM file (leptonica reads it with no codec). */
function pgm({ width, height, grey }: Raster): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`), grey]);
}

let engine: Promise<Tesseract.Worker> | null = null;
/**
 * Tesseract's thread keeps a process alive: it is ended once no picture has come for this long,
 * so that a library user's process exits after its last one (a run's reader child reads the next
 * file well within it, and keeps the model loaded).
 */
const IDLE_MS = 10_000;
let idle: NodeJS.Timeout | null = null;

async function start(): Promise<Tesseract.Worker> {
  try {
    const { createWorker } = await import('tesseract.js');
    const { langPath } = createRequire(import.meta.url)('@tesseract.js-data/chi_sim') as { langPath: string };
    return await createWorker('chi_sim', 1, { langPath, gzip: true, cacheMethod: 'none' });
  } catch (error) {
    throw new OcrError(`文字识别无法启动（${error instanceof Error ? error.message : String(error)}）`);
  }
}

/** The characters a number in the form's tables is written with. */
const DIGITS = '0123456789.+-';

async function recognise(picture: Raster, mode: Tesseract.PSM, dpi: number, only = ''): Promise<{ text: string; confidence: number; lines: ReadLine[] }> {
  if (idle) clearTimeout(idle);
  try {
    return await recogniseNow(picture, mode, dpi, only);
  } finally {
    idle = setTimeout(() => void stopEngine(), IDLE_MS);
    idle.unref();
  }
}

async function recogniseNow(picture: Raster, mode: Tesseract.PSM, dpi: number, only: string): Promise<{ text: string; confidence: number; lines: ReadLine[] }> {
  engine ??= start();
  const worker = await engine;
  await worker.setParameters({ tessedit_pageseg_mode: mode, user_defined_dpi: String(Math.round(dpi)), tessedit_char_whitelist: only });
  const { data } = await worker.recognize(pgm(picture), {}, { text: true, blocks: mode === COLUMN });
  const lines = (data.blocks ?? []).flatMap((block) =>
    block.paragraphs.flatMap((paragraph) =>
      paragraph.lines.map(({ text, confidence, bbox }) => ({ text, confidence, left: bbox.x0, top: bbox.y0, right: bbox.x1, bottom: bbox.y1 })),
    ),
  );
  return { text: data.text, confidence: data.confidence, lines };
}

/** Letters tesseract gives for digits. */
const LOOKALIKES: Readonly<Record<string, string>> = { I: '1', l: '1', '|': '1', 丨: '1', 工: '1', O: '0', o: '0' };

/** A cell the form leaves 不适用 (a slash, a dash, 无); a dash comes back from the Chinese model as 一. */
const NOT_APPLICABLE = /^(?:[/／\\\-—–―一]|无)$/;

/** Short labels of the form's cells, which are no number misread. */
const SHORT_LABELS: ReadonlySet<string> = new Set(['总计', '其他', '规章', '合计']);

/**
 * Whether a cell's first reading may be a number misread: at most one Chinese character (相 for
 * 1, 160相 for 1601, 103 3、 for a wrapped 1033), and a digit or no more than two characters.
 * A label has Chinese characters (1.属于国家秘密 has a digit too).
 */
function maybeNumber(text: string): boolean {
  if (SHORT_LABELS.has(text)) return false;
  const chinese = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  return chinese <= 1 && (/\d/.test(text) || text.length <= 2);
}

/**
 * One cell's picture read as a block of text. A cell whose reading may be a number misread is
 * read again as digits only, and that reading is taken where the first held anything but digits
 * (a lone 1 comes back from the Chinese model as 相 or I).
 */
export async function readCell(picture: Raster, dpi: number): Promise<Read> {
  const first = await recognise(picture, BLOCK, dpi);
  const compact = first.text.replace(/\s+/g, '');
  // The marks for 不适用 stand as read: the digits model makes a slash 1 (sure at 74).
  if (NOT_APPLICABLE.test(compact)) return { text: compact === '一' ? '—' : compact, confidence: first.confidence };
  if (!maybeNumber(compact)) return { text: first.text, confidence: first.confidence };
  const digits = await recognise(picture, BLOCK, dpi, DIGITS);
  const read = digits.text.replace(/\s+/g, '');
  if (read === '') {
    // The digits model finds nothing in a lone narrow 1 that the Chinese one reads as I or l: a
    // figure that look-alikes give is kept, as unsure as its first reading.
    const alike = [...compact].map((char) => LOOKALIKES[char] ?? char).join('');
    return { text: /^\d+$/.test(alike) ? alike : first.text, confidence: Math.min(first.confidence, digits.confidence) };
  }
  // A first reading of digits stands: the digits model agreeing makes it surer, differing (6
  // against -6) less sure. Anything else (相, 160相, 1T1) gives way to the digits.
  if (/^[-+]?[\d.]+$/.test(compact)) {
    const agree = read === compact;
    return { text: first.text, confidence: agree ? Math.max(first.confidence, digits.confidence) : Math.min(first.confidence, digits.confidence) };
  }
  return { text: digits.text, confidence: digits.confidence };
}

/** A page's picture (its tables blanked out) read as lines of text. */
export async function readLines(picture: Raster, dpi: number): Promise<ReadLine[]> {
  return (await recognise(picture, COLUMN, dpi)).lines;
}

/** Ends tesseract's thread, so that a library user's process can exit; the next picture starts it again. */
export async function stopEngine(): Promise<void> {
  if (idle) clearTimeout(idle);
  idle = null;
  const running = engine;
  engine = null;
  if (running) await (await running).terminate();
}
