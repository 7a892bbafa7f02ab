/**
 * What every reader hands on: the report as blocks in reading order, running text and tables
 * of cells. A reader that knows a table's cells (a web page, a Word file, a ruled PDF grid)
 * gives them as cells; only running text is read for tables by its layout, later.
 */
export interface TableCell {
  text: string;
  /** Columns and rows the cell covers (1 unless merged); a covered slot has no cell of its own. */
  colSpan: number;
  rowSpan: number;
  /** Tesseract's confidence (0–100) in a cell read from a picture by OCR; absent for text the file holds. */
  confidence?: number;
}

/** Running text: a line per paragraph (a plain-text file is one block of many lines). */
export interface TextBlock {
  kind: 'text';
  text: string;
}

export interface TableBlock {
  kind: 'table';
  /** Each row lists the cells that start in it, left to right. */
  rows: TableCell[][];
  /** The 0-based page the table starts on, where the format has pages. */
  page?: number;
  /** The picture of a web page it was read from by OCR, by its address as shown. */
  picture?: string;
}

export type Block = TextBlock | TableBlock;

/** A picture a web page shows where its blocks are, by the address it gives (read only by OCR, and only when the host hands its bytes). */
export interface PictureRef {
  src: string;
  /** How many blocks come before it. */
  at: number;
}

export interface Document {
  blocks: Block[];
  /** Pages of a PDF (0 for formats without pages): a PDF without text says how many it had. */
  pages: number;
  /** Pages read from pictures by OCR (a scan's pages, a picture of a table). */
  ocr?: { pages: number };
  /** Pictures a web page refers to and the document does not hold (those read by OCR are blocks now). */
  pictures?: PictureRef[];
}

/**
 * Tesseract's confidence below which a cell is not sure enough for an error to rest on. On the
 * fixture scans (scripts/ocr-accuracy.js) every figure read wrong had 16 or less; below 80 are
 * also many read right (a lone 1 often gets 0–60), which are named for a person to look at.
 */
export const OCR_SURE = 80;

/** Whether a cell was read by OCR without the confidence an error may rest on. */
export const isUnsure = (c: TableCell): boolean => c.confidence !== undefined && c.confidence < OCR_SURE;

export const cell = (text: string, colSpan = 1, rowSpan = 1): TableCell => ({ text, colSpan, rowSpan });

/** A table whose cells are each one slot (a grid read from text positions or ruling lines). */
export const plainTable = (rows: readonly (readonly string[])[], page?: number): TableBlock => ({
  kind: 'table',
  rows: rows.map((texts) => texts.map((text) => cell(text))),
  ...(page === undefined ? {} : { page }),
});

/** Whether a document holds no text at all, in running text or in any cell. */
export const isBlank = (document: Document): boolean =>
  document.blocks.every((block) => (block.kind === 'text' ? block.text.trim() === '' : block.rows.every((row) => row.every((c) => c.text.trim() === ''))));
