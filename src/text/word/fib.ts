/**
 * The parts of a Word 97-2003 file's File Information Block ([MS-DOC] 2.5) that locate its
 * text and paragraph properties. Offsets into the variable-length FIB are computed from its
 * own counts, as files of later Word versions carry longer arrays.
 */
export interface Fib {
  /** Characters of the main document; headers, notes and text boxes follow them. */
  ccpText: number;
  /** Which of the two table streams holds the structures below. */
  tableStream: '0Table' | '1Table';
  clx: { offset: number; length: number };
  plcfBtePapx: { offset: number; length: number };
}

/** Why the file cannot be read, for a DocumentError. */
export class FibError extends Error {}

const WORD_97_IDENT = 0xa5ec;
/** Word 97 and later (nFib 0x00C1 and up); Word 6 and 95 files are of another format. */
const MIN_NFIB = 0x0065;
const FLAG_ENCRYPTED = 0x0100;
const FLAG_TABLE_1 = 0x0200;
const CCP_TEXT = 3;
const PLCF_BTE_PAPX = 13;
const CLX = 33;

export function readFib(word: Uint8Array): Fib {
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (word.length < 0x22 || view.getUint16(0, true) !== WORD_97_IDENT) throw new FibError('不是 Word 97-2003 文件');
  if (view.getUint16(2, true) < MIN_NFIB) throw new FibError('Word 6.0/95 格式，请另存为 .docx 或 PDF');
  const flags = view.getUint16(0x0a, true);
  if (flags & FLAG_ENCRYPTED) throw new FibError('文件已加密');
  // FibBase (32 bytes), then three arrays each preceded by its length: words, longs, offset/length pairs.
  const csw = view.getUint16(0x20, true);
  const longs = 0x22 + csw * 2 + 2;
  if (longs + (CCP_TEXT + 1) * 4 > word.length) throw new FibError('文件头不完整');
  const cslw = view.getUint16(longs - 2, true);
  const pairs = longs + cslw * 4 + 2;
  if (pairs + (CLX + 1) * 8 > word.length) throw new FibError('文件头不完整');
  const pair = (index: number) => ({ offset: view.getUint32(pairs + index * 8, true), length: view.getUint32(pairs + index * 8 + 4, true) });
  return {
    ccpText: view.getInt32(longs + CCP_TEXT * 4, true),
    tableStream: flags & FLAG_TABLE_1 ? '1Table' : '0Table',
    clx: pair(CLX),
    plcfBtePapx: pair(PLCF_BTE_PAPX),
  };
}
