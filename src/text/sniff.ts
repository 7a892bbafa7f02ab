import type { BinaryFormat } from './binary.js';
import { looksBinary } from './decode.js';
import { oleTruncated } from './word/ole.js';

/** What a file's bytes say it is: a document format we read, one we do not (named), one cut short (why), or text. */
export type Sniffed = { read: BinaryFormat } | { unread: string } | { damaged: string } | null;

const startsWith = (bytes: Uint8Array, magic: string): boolean => [...magic].every((ch, i) => bytes[i] === ch.charCodeAt(0));
/** Whether an ASCII name (a ZIP entry) or its UTF-16 form (an OLE stream) occurs in the bytes. */
const holds = (bytes: Uint8Array, name: string, utf16 = false): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, utf16 ? 'utf16le' : 'latin1'));

const OLE_MAGIC = '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1';

/** Office files are containers: a ZIP (.docx, .xlsx, .ofd) or an OLE file (.doc, .wps, .xls); their entries say which. */
function container(bytes: Uint8Array): Sniffed {
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

const IMAGES: readonly [string, string][] = [
  ['\u0089PNG', 'PNG 图片'],
  ['\u00ff\u00d8\u00ff', 'JPEG 图片'],
  ['GIF8', 'GIF 图片'],
  ['II*\u0000', 'TIFF 图片'],
  ['MM\u0000*', 'TIFF 图片'],
];

/**
 * The document format the bytes are in, if they are in one read by a reader of its own: what a
 * runner asks of every file (is this a PDF or Word file?) without sniffing a text for binary bytes.
 */
export function documentFormat(bytes: Uint8Array): BinaryFormat | null {
  if (startsWith(bytes, '%PDF')) return 'pdf';
  if (!startsWith(bytes, 'PK\u0003\u0004') && !startsWith(bytes, OLE_MAGIC)) return null;
  const office = container(bytes);
  return office && 'read' in office ? office.read : null;
}

/** Sniffed from the bytes, never from the file's name. Plain bytes that are no text are `unread` with no name. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, '%PDF')) return { read: 'pdf' };
  const office = container(bytes);
  if (office) return office;
  for (const [magic, name] of IMAGES) if (startsWith(bytes, magic)) return { unread: name };
  return looksBinary(bytes) ? { unread: '' } : null;
}
