import { cell, type Block, type Document, type TableCell } from '../document.js';
import { FibError, readFib, type Fib } from './fib.js';

export { FibError };
import { ParagraphPlaces, type ParagraphPlace, type RowCell } from './papx.js';
import { characters, readPieces } from './pieces.js';

/**
 * Word 97-2003 files (.doc, and WPS 文字's .wps, the same format) read from their own
 * structure: the text from the piece table, and for every paragraph or cell mark the paragraph
 * properties that say whether it ends a cell, a row (the table terminating paragraph) or a
 * paragraph of running text. So a blank cell is a blank cell in its own column, and a cell's
 * text stays one cell whatever it holds.
 */

const PARAGRAPH_MARK = 0x0d;
const CELL_MARK = 0x07;
const PAGE_BREAK = 0x0c;
const LINE_BREAK = 0x0b;
const FIELD_BEGIN = 0x13;
const FIELD_SEPARATOR = 0x14;
const FIELD_END = 0x15;
/** Characters that stand for objects (pictures, note references, drawn shapes): no text. */
const OBJECTS = new Set([0x01, 0x02, 0x03, 0x04, 0x05, 0x08]);
const NON_BREAKING_HYPHEN = 0x1e;
const OPTIONAL_HYPHEN = 0x1f;
/** Row edges this close, in twips, are one column edge (rows of one table are drawn a twip apart). */
const EDGE_TOLERANCE = 20;

/** A cell read so far: its text, and where its row's properties put it. */
interface PendingCell {
  cell: TableCell;
  left: number;
  right: number;
}

/** Builds a table row by row, joining merged cells as their rows' properties say. */
class TableBuilder {
  readonly rows: PendingCell[][] = [];
  /** The cell each column edge last started, for cells merged down into it. */
  private readonly above = new Map<number, PendingCell>();

  addRow(texts: readonly string[], props: readonly RowCell[] | null): void {
    const row: PendingCell[] = [];
    texts.forEach((text, i) => {
      const prop = props?.[i];
      const previous = row.at(-1);
      if (prop?.mergedLeft && previous) {
        previous.right = prop.right;
        if (text !== '') previous.cell.text = previous.cell.text === '' ? text : `${previous.cell.text} ${text}`;
        return;
      }
      const up = prop?.mergedUp ? this.above.get(prop.left) : undefined;
      if (up) {
        up.cell.rowSpan++;
        return;
      }
      const pending = { cell: cell(text), left: prop?.left ?? NaN, right: prop?.right ?? NaN };
      if (prop) this.above.set(prop.left, pending);
      row.push(pending);
    });
    this.rows.push(row);
  }

  /** The table, each cell spanning the column edges that fall within it. */
  block(): Block {
    const edges = [...new Set(this.rows.flat().flatMap((p) => [p.left, p.right]))].filter(Number.isFinite).sort((a, b) => a - b);
    const columns = edges.filter((edge, i) => i === 0 || edge - edges[i - 1]! > EDGE_TOLERANCE);
    for (const { cell: c, left, right } of this.rows.flat()) {
      if (!Number.isFinite(left)) continue;
      c.colSpan = Math.max(1, columns.filter((edge) => edge > left + EDGE_TOLERANCE && edge <= right + EDGE_TOLERANCE).length);
    }
    return { kind: 'table', rows: this.rows.map((row) => row.map((p) => p.cell)) };
  }
}

/** Text within a cell on one line: its paragraphs and line breaks become spaces. */
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

/** The document's blocks as its marks end paragraphs, cells and rows. */
class Blocks {
  readonly blocks: Block[] = [];
  private lines: string[] = [];
  private table: TableBuilder | null = null;
  private cells: string[] = [];

  /**
   * A paragraph, cell or row mark and the text it ends. False when it ends a paragraph within a
   * cell, or a cell of a table nested in one: the cell goes on.
   */
  mark(code: number, place: ParagraphPlace, text: string): boolean {
    if (place.depth === 0) this.paragraph(text);
    else if (place.depth > 1 || (!place.rowEnd && code !== CELL_MARK)) return false;
    else if (place.rowEnd) this.rowEnd(place.cells);
    else this.cell(text);
    return true;
  }

  /** A paragraph of running text (a line break in it starts a line). */
  paragraph(text: string): void {
    if (this.table) this.blocks.push(this.table.block());
    this.table = null;
    // One at a time: spread as arguments, a paragraph of a million breaks would overflow the call stack.
    for (const line of text.split('\n')) this.lines.push(line);
  }

  private cell(text: string): void {
    this.endText();
    this.cells.push(oneLine(text));
  }

  private rowEnd(props: readonly RowCell[] | null): void {
    this.endText();
    (this.table ??= new TableBuilder()).addRow(this.cells, props);
    this.cells = [];
  }

  finish(): Block[] {
    if (this.table) this.blocks.push(this.table.block());
    this.endText();
    return this.blocks;
  }

  private endText(): void {
    if (this.lines.length > 0) this.blocks.push({ kind: 'text', text: this.lines.join('\n') });
    this.lines = [];
  }
}

/** What a character of the text stands for in running text; null for none (an object, an optional hyphen). */
function printed(code: number): string | null {
  if (OBJECTS.has(code) || code === OPTIONAL_HYPHEN) return null;
  if (code === LINE_BREAK) return '\n';
  return code === NON_BREAKING_HYPHEN ? '-' : String.fromCharCode(code);
}

function documentOf(word: Uint8Array, fib: Fib, table: Uint8Array, data: Uint8Array | null): Document {
  const pieces = readPieces(table, fib.clx.offset, fib.clx.length);
  const places = new ParagraphPlaces(word, table, data, fib.plcfBtePapx.offset, fib.plcfBtePapx.length);
  const blocks = new Blocks();
  let text = '';
  // Each field open: true while its code is read (dropped), false once its result begins (kept).
  const fields: boolean[] = [];
  for (const { code, fc } of characters(word, pieces, fib.ccpText)) {
    if (code === FIELD_BEGIN) fields.push(true);
    else if (code === FIELD_SEPARATOR && fields.length > 0) fields[fields.length - 1] = false;
    else if (code === FIELD_END) fields.pop();
    else if (code === PARAGRAPH_MARK || code === CELL_MARK || code === PAGE_BREAK) {
      // Within a cell, a paragraph's end is a space of the cell's text.
      text = blocks.mark(code, places.at(fc), text) ? '' : `${text}\n`;
    } else if (!fields.includes(true)) text += printed(code) ?? '';
  }
  if (text !== '') blocks.paragraph(text);
  return { blocks: blocks.finish(), pages: 0 };
}

/** The streams of an OLE compound file that hold a Word document. */
export async function docToDocument(bytes: Uint8Array): Promise<Document> {
  const { default: CFB } = await import('cfb');
  const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
  const stream = (name: string): Uint8Array | null => {
    const content = CFB.find(container, name)?.content;
    // cfb gives a Buffer in Node (a Uint8Array: no copy), an array of numbers elsewhere.
    return content ? (content instanceof Uint8Array ? content : Uint8Array.from(content as ArrayLike<number>)) : null;
  };
  const word = stream('WordDocument');
  if (!word) throw new FibError('没有 WordDocument 流');
  const fib = readFib(word);
  const table = stream(fib.tableStream);
  if (!table) throw new FibError(`没有 ${fib.tableStream} 流`);
  return documentOf(word, fib, table, stream('Data'));
}
