import { readLattice, type LatticeTable } from './lattice.js';
import type { Document } from '../document.js';
import { layoutDocument } from './layout.js';
import { pdfLines } from './lines.js';
import { readPdf, type PdfOptions, type PdfPage } from './load.js';

export { PdfError, type PdfOptions } from './load.js';

/**
 * A PDF's text with its tables as rows of cells: ruled tables read by their drawn grid, the
 * rest by the positions of the text. No blocks when no page has a text layer (a scan).
 */
export async function pdfToDocument(bytes: Uint8Array, options: PdfOptions = {}): Promise<Document> {
  const { pages, scanned } = await readPdf(bytes, options);
  const document = pagesToDocument(pages);
  return scanned > 0 ? { ...document, ocr: { pages: scanned } } : document;
}

/** Pages as the PDF reader has them (a PDF's, or pictures read by OCR) into a document. */
export function pagesToDocument(pages: readonly PdfPage[]): Document {
  const tables: LatticeTable[] = [];
  const unruled = pages.map((page, number) => {
    const { tables: found, rest } = readLattice(page.rules, page.runs, number);
    tables.push(...found);
    return { ...page, runs: rest };
  });
  const lines = pdfLines(unruled);
  return lines.length === 0 && tables.length === 0 ? { blocks: [], pages: pages.length } : layoutDocument(lines, tables, pages.length);
}
