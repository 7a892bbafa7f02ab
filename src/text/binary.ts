import type { PdfText } from './pdf/index.js';
import { oleTruncated } from './word/ole.js';

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
  if (format === 'docx') return { text: await (await import('./word/docx.js')).docxToText(bytes), pages: 0 };
  let text: string;
  try {
    text = await (await import('./word/doc.js')).docToText(bytes);
  } catch {
    throw new DocumentError(oleTruncated(bytes) ? 'Word 97-2003 文件（.doc/.wps）不完整：文件被截断' : 'Word 97-2003 文件（.doc/.wps）已损坏或无法解析');
  }
  // word-extractor gives nothing, without a word, for a file whose text it cannot find (a length past the file's end).
  if (text.trim() === '') throw new DocumentError('Word 97-2003 文件（.doc/.wps）中读不出正文：文件已损坏，或正文是空的');
  return { text, pages: 0 };
}
