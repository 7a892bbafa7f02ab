import { isBlank, type Document } from './document.js';
import { oleTruncated } from './word/ole.js';

/** Document formats read by a reader of their own from the bytes, rather than decoded as text. */
export type BinaryFormat = 'pdf' | 'docx' | 'doc';

/** Why a document could not be read, in words for the user. */
export class DocumentError extends Error {}

const DOC_DAMAGED = 'Word 97-2003 文件（.doc/.wps）已损坏或无法解析';

/**
 * Reads a binary document in this thread, each format's reader loaded with its first file. A
 * runner over untrusted files calls this in a child process instead (src/run/sandbox.ts).
 */
export async function readBinary(format: BinaryFormat, bytes: Uint8Array): Promise<Document> {
  if (format === 'pdf') {
    const { pdfToDocument, PdfError } = await import('./pdf/index.js');
    try {
      return await pdfToDocument(bytes);
    } catch (error) {
      throw error instanceof PdfError ? new DocumentError(error.message) : error;
    }
  }
  if (format === 'docx') return (await import('./word/docx.js')).docxToDocument(bytes);
  const { docToDocument, FibError } = await import('./word/doc.js');
  let document: Document;
  try {
    document = await docToDocument(bytes);
  } catch (error) {
    if (oleTruncated(bytes)) throw new DocumentError('Word 97-2003 文件（.doc/.wps）不完整：文件被截断');
    throw new DocumentError(error instanceof FibError ? `${DOC_DAMAGED}：${error.message}` : DOC_DAMAGED);
  }
  if (isBlank(document)) throw new DocumentError('Word 97-2003 文件（.doc/.wps）中读不出正文：文件已损坏，或正文是空的');
  return document;
}
