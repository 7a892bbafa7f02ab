import type { PdfText } from './pdf/index.js';

/** Document formats read by a reader of their own, rather than decoded as text. */
export type BinaryFormat = 'pdf' | 'docx' | 'doc';

/** A binary document's text; `pages` for a PDF, whose text layer may be missing. */
export type DocumentText = PdfText;

/** Why a document could not be read, in words for the user. */
export class DocumentError extends Error {}

/**
 * Reads a binary document in this thread, each format's reader loaded with its first file. A
 * runner over untrusted files calls this in a child process instead (src/run/sandbox.ts).
 */
export async function readDocument(format: BinaryFormat, bytes: Uint8Array): Promise<DocumentText> {
  if (format === 'pdf') {
    const { pdfToText, PdfError } = await import('./pdf/index.js');
    try {
      return await pdfToText(bytes);
    } catch (error) {
      throw error instanceof PdfError ? new DocumentError(error.message) : error;
    }
  }
  try {
    const text = format === 'docx' ? await (await import('./word/docx.js')).docxToText(bytes) : await (await import('./word/doc.js')).docToText(bytes);
    return { text, pages: 0 };
  } catch {
    throw new DocumentError(format === 'docx' ? 'Word 文件（.docx）已损坏或不是 Word 文件' : 'Word 97-2003 文件（.doc/.wps）已损坏或无法解析');
  }
}
