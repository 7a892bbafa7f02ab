import { isBlank, type Document } from './document.js';
import { oleTruncated } from './word/ole.js';

/** Document formats read by a reader of their own from the bytes, rather than decoded as text (a picture only with OCR). */
export type BinaryFormat = 'pdf' | 'docx' | 'doc' | 'image';

export interface ReadOptions {
  /** Read pictures, and PDF pages that are only pictures, by OCR. */
  ocr?: boolean;
  /** Told before each picture is read by OCR (a runner gives it time of its own). */
  onOcrPage?: () => void;
}

/** Why a document could not be read, in words for the user. */
export class DocumentError extends Error {}

/** A picture read by OCR; without OCR none is read (parse says that --ocr would). */
async function readPicture(bytes: Uint8Array, { ocr, onOcrPage }: ReadOptions): Promise<Document> {
  if (!ocr) return { blocks: [], pages: 1 };
  return (await import('./ocr/index.js')).imageToDocument(bytes, onOcrPage);
}

const DOC_DAMAGED = 'Word 97-2003 文件（.doc/.wps）已损坏或无法解析';

/**
 * Reads a binary document in this thread, each format's reader loaded with its first file. A
 * runner over untrusted files calls this in a child process instead (src/run/sandbox.ts).
 */
export async function readBinary(format: BinaryFormat, bytes: Uint8Array, options: ReadOptions = {}): Promise<Document> {
  if (format === 'pdf' || format === 'image') {
    const [{ pdfToDocument, PdfError }, { OcrError }] = await Promise.all([import('./pdf/index.js'), import('./ocr/error.js')]);
    try {
      return format === 'pdf' ? await pdfToDocument(bytes, options) : await readPicture(bytes, options);
    } catch (error) {
      if (error instanceof OcrError || error instanceof PdfError) throw new DocumentError(error.message);
      throw error;
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
