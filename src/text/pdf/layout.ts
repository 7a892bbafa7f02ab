import { findBlocks, split, type Split } from './blocks.js';
import { joinContinued } from './continued.js';
import type { LatticeTable } from './lattice.js';
import type { Line } from './lines.js';
import { joinParagraphs, plainLine, type Printed } from './paragraphs.js';
import { tableRows } from './table-rows.js';
import { tableLine } from '../table-line.js';

/** Whether a ruled table stands above a line in reading order. */
const before = (table: LatticeTable, line: Line): boolean => table.page < line.page || (table.page === line.page && table.top > line.y);
/** Whether a line stands between the end of one table and the start of the next. */
const between = (line: Line, a: LatticeTable, b: LatticeTable): boolean =>
  (line.page > a.endPage || (line.page === a.endPage && line.y < a.bottom)) && (line.page < b.page || (line.page === b.page && line.y > b.top));

const ruledRows = (table: LatticeTable): Printed[] => table.rows.map((cells) => ({ text: tableLine(cells), plain: false }));

/**
 * The text of a PDF in reading order: ruled tables as rows of their cells, tables told by text
 * positions as tab-separated rows with a cell for every column, and the running text.
 */
export function layoutText(lines: readonly Line[], ruled: readonly LatticeTable[]): string {
  const splits = lines.filter((l) => l.cells.length > 0).map(split);
  const owners = findBlocks(splits);
  const rendered = new Map<Split, string | null>();
  for (const block of new Set(owners.values())) for (const [line, text] of tableRows(block)) rendered.set(line, text);
  const inOrder = [...ruled].sort((a, b) => a.page - b.page || b.top - a.top);
  const tables = joinContinued(inOrder, (a, b) => !lines.some((line) => between(line, a, b)));
  const out: Printed[] = [];
  for (const s of splits) {
    while (tables.length > 0 && before(tables[0]!, s.line)) out.push(...ruledRows(tables.shift()!));
    const text = owners.has(s) ? rendered.get(s) : plainLine(s.line);
    if (text === null || text === undefined) continue;
    out.push(!owners.has(s) && !text.includes('\t') ? { text, plain: true, line: s.line } : { text, plain: false });
  }
  for (const table of tables) out.push(...ruledRows(table));
  return joinParagraphs(out).join('\n') + '\n';
}
