import { pdfLines } from './lines.js';
import { layoutText } from './layout.js';
import { readPdf } from './load.js';

export { PdfError } from './load.js';

export interface PdfText {
  text: string;
  pages: number;
}

/** A PDF's text with its tables as tab-separated rows; empty text when no page has a text layer (a scan). */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const pages = await readPdf(bytes);
  const lines = pdfLines(pages);
  return { text: lines.length === 0 ? '' : layoutText(lines), pages: pages.length };
}
