import type { BinaryFormat } from './readers.js';
import { looksBinary } from './decode.js';
import { looksLikeHtml } from './html-sniff.js';
import { oleTruncated } from './word/ole.js';

/**
 * What a file's bytes say it is: a document format read by a reader of its own, a web page or
 * text (both decoded first), a format we do not read (named), or one cut short (why).
 */
export type Sniffed = { read: BinaryFormat } | { read: 'html' | 'text' } | { unread: string } | { damaged: string };

const startsWith = (bytes: Uint8Array, magic: string): boolean => [...magic].every((ch, i) => bytes[i] === ch.charCodeAt(0));
/** Whether an ASCII name (a ZIP entry) or its UTF-16 form (an OLE stream) occurs in the bytes. */
const holds = (bytes: Uint8Array, name: string, utf16 = false): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, utf16 ? 'utf16le' : 'latin1'));

const OLE_MAGIC = '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1';

/** Office files are containers: a ZIP (.docx, .xlsx, .ofd) or an OLE file (.doc, .wps, .xls); their entries say which. */
function container(bytes: Uint8Array): Sniffed | null {
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    if (holds(bytes, 'word/document.xml')) return { read: 'docx' };
    if (holds(bytes, 'xl/workbook')) return { unread: 'Excel 表格（.xlsx）' };
    if (holds(bytes, 'OFD.xml')) return { unread: 'OFD 版式文件' };
    return { unread: 'ZIP 压缩包' };
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    if (holds(bytes, 'WordDocument', true)) return { read: 'doc' };
    if (holds(bytes, 'Workbook', true) || holds(bytes, 'Book', true)) return { unread: 'Excel 97-2003 表格（.xls）' };
    // Its directory, which names what it holds, is usually near the end: a file cut short loses it.
    if (oleTruncated(bytes)) return { damaged: 'Office 97-2003 文件（.doc/.wps/.xls）不完整：文件被截断，无法读出' };
    return { unread: 'Office 97-2003 文件' };
  }
  return null;
}

/** Pictures OCR reads (a table pasted in as a picture, a scanned page, a scanner's TIFF of pages). */
const PICTURES: readonly string[] = ['\u0089PNG', '\u00ff\u00d8\u00ff', 'II*\u0000', 'MM\u0000*'];
const IMAGES: readonly [string, string][] = [['GIF8', 'GIF 图片']];

/** Bytes looked at to tell a web page: as many as looksLikeHtml reads characters (its tags are one byte each). */
const HEAD = 4096;

/**
 * The start of a text as ASCII: a web page's tags are ASCII in every encoding these reports
 * come in, and in UTF-16 they are the same bytes with a NUL beside each. Other characters come
 * out as noise, which no tag pattern matches.
 */
function asciiHead(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD)).toString('latin1');
  const ascii = head.includes('\0') ? head.replace(/\0/g, '') : head;
  return ascii.replace(/^(?:\u00ef\u00bb\u00bf|\u00ff\u00fe|\u00fe\u00ff)/, '');
}

/** The one place a file's format is decided: from its bytes, never from its name. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, '%PDF')) return { read: 'pdf' };
  const office = container(bytes);
  if (office) return office;
  if (PICTURES.some((magic) => startsWith(bytes, magic))) return { read: 'image' };
  for (const [magic, name] of IMAGES) if (startsWith(bytes, magic)) return { unread: name };
  if (looksBinary(bytes)) return { unread: '' };
  return { read: looksLikeHtml(asciiHead(bytes)) ? 'html' : 'text' };
}

/** What a file's first 8 bytes promise before the rest is read: a PDF, an Office container (perhaps a Word file), or neither. */
export function documentByHead(head: Uint8Array): 'pdf' | 'office' | null {
  if (startsWith(head, '%PDF')) return 'pdf';
  return startsWith(head, 'PK\u0003\u0004') || startsWith(head, OLE_MAGIC) ? 'office' : null;
}

/**
 * The binary document format the bytes are in, if any, told by sniff's own first tests: what a
 * runner asks of every file (is this a PDF or a Word file?) without a text's bytes being counted.
 */
export function binaryFormat(bytes: Uint8Array): BinaryFormat | null {
  const head = documentByHead(bytes);
  if (head === 'pdf') return 'pdf';
  if (PICTURES.some((magic) => startsWith(bytes, magic))) return 'image';
  const office = head === 'office' ? container(bytes) : null;
  return office && 'read' in office ? (office.read as BinaryFormat) : null;
}
