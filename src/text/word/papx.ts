import { FibError } from './fib.js';

/**
 * What a paragraph's properties say of its place in a table ([MS-DOC] 2.6.2): whether it is in
 * a table and how deep, whether its mark ends a row (the table terminating paragraph), and for
 * a row end, the row's cell edges and merge flags (sprmTDefTable).
 */
export interface ParagraphPlace {
  depth: number;
  rowEnd: boolean;
  innerRowEnd: boolean;
  cells: RowCell[] | null;
}

/** One cell of a row as its table properties define it: left and right edges in twips, merges. */
export interface RowCell {
  left: number;
  right: number;
  /** Merged into the cell to its left (Word 97's horizontal merge): no column of its own. */
  mergedLeft: boolean;
  /** Continues the cell above (vertical merge): no cell of its own. */
  mergedUp: boolean;
}

const OUTSIDE: ParagraphPlace = Object.freeze({ depth: 0, rowEnd: false, innerRowEnd: false, cells: null });

const SPRM_P_F_IN_TABLE = 0x2416;
const SPRM_P_F_TTP = 0x2417;
const SPRM_P_ITAP = 0x6649;
const SPRM_P_F_INNER_TTP = 0x244c;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_P_CHG_TABS = 0xc615;
/** Properties too long for their page, stored in the Data stream at the operand's offset. */
const SPRM_P_HUGE_PAPX = 0x6646;
const TC80_SIZE = 20;
const TC_MERGED = 0x0002;
const TC_VERT_MERGE = 0x0020;
const TC_VERT_RESTART = 0x0040;

/** Bytes of a sprm's operand at `at` (after its 2-byte code), by the size code in its top bits ([MS-DOC] 2.2.5.1). */
function operandSize(view: DataView, sprm: number, at: number): number {
  switch (sprm >>> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      if (sprm === SPRM_T_DEF_TABLE) return 1 + view.getUint16(at, true);
      if (sprm === SPRM_P_CHG_TABS && view.getUint8(at) === 255) {
        const deleted = view.getUint8(at + 1);
        return 2 + deleted * 4 + 1 + view.getUint8(at + 2 + deleted * 4) * 3;
      }
      return 1 + view.getUint8(at);
  }
}

function rowCells(view: DataView, at: number, size: number): RowCell[] {
  const count = view.getUint8(at + 2);
  const edges = at + 3;
  const tcs = edges + (count + 1) * 2;
  const cells: RowCell[] = [];
  for (let i = 0; i < count && edges + (i + 2) * 2 <= at + size; i++) {
    const tc = tcs + i * TC80_SIZE;
    const flags = tc + 2 <= at + size ? view.getUint16(tc, true) : 0;
    cells.push({
      left: view.getInt16(edges + i * 2, true),
      right: view.getInt16(edges + (i + 1) * 2, true),
      mergedLeft: (flags & TC_MERGED) !== 0,
      mergedUp: (flags & TC_VERT_MERGE) !== 0 && (flags & TC_VERT_RESTART) === 0,
    });
  }
  return cells;
}

/** The table-related properties among a paragraph's sprms. */
function placeOf(view: DataView, start: number, end: number, data: DataView | null): ParagraphPlace {
  let inTable = false;
  let depth: number | null = null;
  let rowEnd = false;
  let innerRowEnd = false;
  let cells: RowCell[] | null = null;
  for (let at = start; at + 2 < end;) {
    const sprm = view.getUint16(at, true);
    const size = operandSize(view, sprm, at + 2);
    if (at + 2 + size > end) break;
    if (sprm === SPRM_P_F_IN_TABLE) inTable = view.getUint8(at + 2) !== 0;
    else if (sprm === SPRM_P_F_TTP) rowEnd = view.getUint8(at + 2) !== 0;
    else if (sprm === SPRM_P_ITAP) depth = view.getInt32(at + 2, true);
    else if (sprm === SPRM_P_F_INNER_TTP) innerRowEnd = view.getUint8(at + 2) !== 0;
    else if (sprm === SPRM_T_DEF_TABLE) cells = rowCells(view, at + 2, size);
    else if (sprm === SPRM_P_HUGE_PAPX && data) {
      const offset = view.getUint32(at + 2, true);
      if (offset + 2 <= data.byteLength) return placeOf(data, offset + 2, Math.min(offset + 2 + data.getUint16(offset, true), data.byteLength), null);
    }
    at += 2 + size;
  }
  depth ??= inTable ? 1 : 0;
  return depth === 0 && !rowEnd ? OUTSIDE : { depth: Math.max(depth, 1), rowEnd, innerRowEnd, cells };
}

/** A run of stored text sharing one paragraph's properties. */
interface Run {
  fcStart: number;
  fcEnd: number;
  place: ParagraphPlace;
}

const PAGE = 512;
const BX_SIZE = 13;

/** The runs of one formatted disk page of paragraph properties (PapxFkp, [MS-DOC] 2.9.175). */
function pageRuns(word: Uint8Array, page: number, data: DataView | null): Run[] {
  const start = page * PAGE;
  if (start + PAGE > word.length) throw new FibError('段落属性页超出文件末尾');
  const view = new DataView(word.buffer, word.byteOffset + start, PAGE);
  const count = view.getUint8(PAGE - 1);
  if ((count + 1) * 4 + count * BX_SIZE >= PAGE) throw new FibError('段落属性页已损坏');
  const runs: Run[] = [];
  for (let i = 0; i < count; i++) {
    const offset = view.getUint8((count + 1) * 4 + i * BX_SIZE) * 2;
    let place = OUTSIDE;
    if (offset > 0 && offset < PAGE) {
      const cb = view.getUint8(offset);
      // GrpPrlAndIstd: a 2-byte style index, then the sprms.
      const [from, size] = cb === 0 ? [offset + 2, view.getUint8(offset + 1) * 2] : [offset + 1, cb * 2 - 1];
      place = placeOf(view, from + 2, Math.min(from + size, PAGE), data);
    }
    runs.push({ fcStart: view.getUint32(i * 4, true), fcEnd: view.getUint32((i + 1) * 4, true), place });
  }
  return runs;
}

/** Every paragraph's table place, looked up by the stored offset of its paragraph or cell mark. */
export class ParagraphPlaces {
  private readonly runs: Run[];

  /** `data`: the Data stream, where properties too long for their page are kept. */
  constructor(word: Uint8Array, table: Uint8Array, data: Uint8Array | null, offset: number, length: number) {
    if (offset + length > table.length) throw new FibError('段落属性表超出文件末尾');
    const count = Math.max(0, Math.floor((length - 4) / 8));
    const view = new DataView(table.buffer, table.byteOffset + offset, length);
    const dataView = data ? new DataView(data.buffer, data.byteOffset, data.byteLength) : null;
    const runs: Run[] = [];
    for (let i = 0; i < count; i++) for (const run of pageRuns(word, view.getUint32((count + 1) * 4 + i * 4, true) & 0x3fffff, dataView)) runs.push(run);
    this.runs = runs.sort((a, b) => a.fcStart - b.fcStart);
  }

  at(fc: number): ParagraphPlace {
    let low = 0;
    let high = this.runs.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const run = this.runs[mid]!;
      if (fc < run.fcStart) high = mid - 1;
      else if (fc >= run.fcEnd) low = mid + 1;
      else return run.place;
    }
    return OUTSIDE;
  }
}
