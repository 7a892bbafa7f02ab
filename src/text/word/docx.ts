import type { Document } from '../document.js';
import { htmlToDocument } from '../html.js';
import { DocumentError } from '../readers.js';

type Mammoth = typeof import('mammoth');

/**
 * The elements mammoth needs to read a report's text and tables. When a file will not read as it
 * is, everything else (numbering, styles, smart tags, custom XML, nesting of unknown wrappers) is
 * dropped from its body, keeping the text inside: one bad part or a hostile nesting then costs
 * its formatting, not the report.
 */
const KEPT = new Set([
  'document',
  'body',
  'p',
  'pPr',
  'r',
  'rPr',
  't',
  'tab',
  'br',
  'tbl',
  'tblPr',
  'tblGrid',
  'gridCol',
  'tr',
  'trPr',
  'tc',
  'tcPr',
  'gridSpan',
  'vMerge',
  'sectPr',
]);
/** The same, tables and all: the last try, for tables nested past any reader's depth. */
const KEPT_AS_TEXT = new Set(['document', 'body', 'p', 'r', 't', 'tab', 'br']);

function plainBody(xml: string, kept: ReadonlySet<string>): string {
  // Self-closing elements of properties (numPr, pStyle …) go whole; any other tag not kept goes, its content stays.
  return xml
    .replace(/<w:(numPr|pStyle|rStyle)\b[^>]*?(?:\/>|>[\s\S]*?<\/w:\1>)/g, '')
    .replace(/<\/?([A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)\b[^>]*>/g, (tag, prefix: string | undefined, name: string) =>
      prefix === 'w:' && kept.has(name) ? tag : '',
    );
}

async function read(mammoth: Mammoth, buffer: Buffer): Promise<Document> {
  return htmlToDocument((await mammoth.convertToHtml({ buffer })).value);
}

/** The file again with its body plain and its numbering and styles parts left out. */
async function simplified(bytes: Buffer, kept: ReadonlySet<string>): Promise<Buffer | null> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const body = zip.file('word/document.xml');
  if (!body) return null;
  zip.file('word/document.xml', plainBody(await body.async('string'), kept));
  zip.remove('word/numbering.xml');
  zip.remove('word/styles.xml');
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Why a Word file could not be read at all, in words for the user. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/zip|central directory/i.test(message)) return 'Word 文件（.docx）不完整或已损坏：压缩包无法打开';
  return 'Word 文件（.docx）已损坏或不是 Word 文件';
}

/**
 * A Word (.docx) file's paragraphs and tables: mammoth turns it into HTML, keeping merged cells
 * as colspan and rowspan, and the web-page reader takes its blocks and cells, so that a report
 * in the official form reads exactly as its web page does. mammoth is loaded with the first Word file.
 */
export async function docxToDocument(bytes: Uint8Array): Promise<Document> {
  const { default: mammoth } = await import('mammoth');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return await read(mammoth, buffer);
  } catch (error) {
    for (const kept of [KEPT, KEPT_AS_TEXT]) {
      try {
        const plain = await simplified(buffer, kept);
        if (plain) return await read(mammoth, plain);
      } catch {
        // The next, plainer try.
      }
    }
    throw new DocumentError(reasonOf(error));
  }
}
