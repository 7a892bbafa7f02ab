import { FibError } from './fib.js';

/**
 * A Word 97 file's text is stored in pieces ([MS-DOC] 2.9.177 Pcd): each a run of character
 * positions whose characters lie at a byte offset of the WordDocument stream, as UTF-16 or,
 * for "compressed" pieces, one byte a character.
 */
export interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  compressed: boolean;
}

const CLXT_PRC = 0x01;
const CLXT_PCDT = 0x02;
const FC_COMPRESSED = 0x40000000;
const PCD_SIZE = 8;

/** The piece table from the Clx ([MS-DOC] 2.9.38): property runs (Prc) first, then the PlcPcd. */
export function readPieces(table: Uint8Array, offset: number, length: number): Piece[] {
  if (offset + length > table.length) throw new FibError('文本位置表超出文件末尾');
  const view = new DataView(table.buffer, table.byteOffset + offset, length);
  let at = 0;
  while (at < length && view.getUint8(at) === CLXT_PRC) at += 3 + view.getInt16(at + 1, true);
  if (at + 5 > length || view.getUint8(at) !== CLXT_PCDT) throw new FibError('找不到文本位置表');
  const size = view.getUint32(at + 1, true);
  const start = at + 5;
  if (start + size > length || size < 4) throw new FibError('文本位置表不完整');
  const count = (size - 4) / (4 + PCD_SIZE);
  if (!Number.isInteger(count)) throw new FibError('文本位置表不完整');
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const raw = view.getUint32(start + (count + 1) * 4 + i * PCD_SIZE + 2, true);
    const compressed = (raw & FC_COMPRESSED) !== 0;
    const fc = raw & ~FC_COMPRESSED & 0x7fffffff;
    pieces.push({ cpStart: view.getUint32(start + i * 4, true), cpEnd: view.getUint32(start + (i + 1) * 4, true), fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}

/** Bytes 0x80–0x9F of a compressed piece stand for these characters ([MS-DOC] 2.4.1); others are Latin-1. */
const COMPRESSED_HIGH: Record<number, number> = {
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9f: 0x0178,
};

/** One character of the text and the byte offset it is stored at (which its paragraph's properties are found by). */
export interface StoredChar {
  code: number;
  fc: number;
}

/** The characters from position 0 up to `end`, in order, with where each is stored. */
export function* characters(word: Uint8Array, pieces: readonly Piece[], end: number): Generator<StoredChar> {
  // A text cannot hold more characters than its stream has bytes: pieces that say otherwise (overlapping, hostile) stop there.
  let left = word.length;
  for (const piece of pieces) {
    const last = Math.min(piece.cpEnd, end);
    for (let cp = piece.cpStart; cp < last; cp++) {
      if (left-- === 0) return;
      const i = cp - piece.cpStart;
      if (piece.compressed) {
        const fc = piece.fc + i;
        if (fc >= word.length) return;
        const byte = word[fc]!;
        yield { code: COMPRESSED_HIGH[byte] ?? byte, fc };
      } else {
        const fc = piece.fc + i * 2;
        if (fc + 1 >= word.length) return;
        yield { code: word[fc]! | (word[fc + 1]! << 8), fc };
      }
    }
  }
}
