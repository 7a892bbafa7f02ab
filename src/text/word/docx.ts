import { htmlToText } from '../html.js';

/**
 * A Word (.docx) file's text: mammoth turns it into HTML, keeping merged cells as colspan and
 * rowspan, and the web-page reader does the rest, so that a report in the official form reads
 * exactly as its web page does. mammoth is loaded with the first Word file.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return htmlToText(value);
}
