import { readLattice, type LatticeTable } from './lattice.js';
import { layoutText } from './layout.js';
import { pdfLines } from './lines.js';
import { readPdf } from './load.js';

export { PdfError } from './load.js';

export interface PdfText {
  text: string;
  pages: number;
}

/**
 * A PDF's text with its tables as rows of cells: ruled tables read by their drawn grid, the
 * rest by the positions of the text. Empty text when no page has a text layer (a scan).
 */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const pages = await readPdf(bytes);
  const tables: LatticeTable[] = [];
  const unruled = pages.map((page, number) => {
    const { tables: found, rest } = readLattice(page.rules, page.runs, number);
    tables.push(...found);
    return { ...page, runs: rest };
  });
  const lines = pdfLines(unruled);
  return { text: lines.length === 0 && tables.length === 0 ? '' : layoutText(lines, tables), pages: pages.length };
}
