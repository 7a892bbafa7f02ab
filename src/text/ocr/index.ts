import type { Document } from '../document.js';
import { pagesToDocument } from '../pdf/index.js';
import { OcrError } from './error.js';
import { decodeImage } from './image.js';
import { ocrPage } from './page.js';

export { ocrPage } from './page.js';
export { stopEngine } from './engine.js';

/** A page's width in points where a picture does not say its size: A4, as reports are printed. */
const A4_WIDTH = 595.3;

/** A picture of a table or a page (PNG, JPEG) read by OCR into a document, as one page of a PDF. */
export async function imageToDocument(bytes: Uint8Array): Promise<Document> {
  let raster;
  try {
    raster = decodeImage(bytes).raster;
  } catch {
    throw new OcrError('图片已损坏、过大或无法解码');
  }
  const page = await ocrPage(raster, A4_WIDTH / raster.width);
  return { ...pagesToDocument([page]), ocr: { pages: 1 } };
}
