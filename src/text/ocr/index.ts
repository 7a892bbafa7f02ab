import type { Document } from '../document.js';
import { pagesToDocument } from '../pdf/index.js';
import type { PdfPage } from '../pdf/load.js';
import { OcrError } from './error.js';
import { decodeImage } from './image.js';
import { ocrPage } from './page.js';
import { framed, type Raster } from './raster.js';

export { ocrPage } from './page.js';
export { stopEngine } from './engine.js';

/** A page's width in points where a picture does not say its size: A4, as reports are printed. */
const A4_WIDTH = 595.3;
/** The margin given to a picture, as a share of its longer side: room for a turn of 2° and more. */
const MARGIN_SHARE = 0.02;

/**
 * A picture of a table or of pages (PNG, JPEG, a TIFF of many pages) read by OCR into a document,
 * as a PDF of its pages would be; `onPage` is told before each page.
 */
export async function imageToDocument(bytes: Uint8Array, onPage: () => void = () => {}): Promise<Document> {
  let rasters: Raster[];
  try {
    rasters = decodeImage(bytes);
  } catch {
    throw new OcrError('图片已损坏、过大或无法解码');
  }
  const pages: PdfPage[] = [];
  for (const raster of rasters) {
    onPage();
    // A picture of a table is often cut at its border: a margin keeps the border when the picture is turned level.
    const picture = framed(raster, Math.ceil(Math.max(raster.width, raster.height) * MARGIN_SHARE));
    pages.push(await ocrPage(picture, A4_WIDTH / picture.width));
  }
  return { ...pagesToDocument(pages), ocr: { pages: pages.length } };
}
