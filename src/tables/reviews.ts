import type { Extracted, LocatedCell } from './extracted.js';
import type { GridRow } from '../grid/index.js';
import { fact } from '../findings/fact.js';
import type { ParsedCell } from '../text/cell.js';
import { REVIEW_CELLS as CELLS, REVIEW_FIELDS, REVIEW_GROUPS, reviewTable } from '../template/index.js';
import type { ReviewsTable } from '../types.js';

/**
 * Table 四: its headers carry no numbers, so the first fifteen cells after the heading are the
 * table, in the printed order 行政复议, 未经复议直接起诉, 复议后起诉 × 维持, 纠正, 其他, 尚未审结, 总计.
 */
export function extractReviews(grid: readonly GridRow[]): Extracted<ReviewsTable> {
  const cells = grid.flatMap((row) => row.values).slice(0, CELLS);
  // Blank cells at the end of the numbers' line are cells too (zeros left empty on a web page).
  const lastRow = grid.findLast((row) => row.values.length > 0);
  if (lastRow && cells.length < CELLS && cells.length + lastRow.blanksAfter >= CELLS)
    cells.push(...Array<ParsedCell>(CELLS - cells.length).fill({ kind: 'blank', value: null }));
  // A row of fifteen blank cells under the headers and no number at all: the table left blank (the blank form).
  if (!lastRow && grid.some((row) => row.labels.length === 0 && row.blanksAfter >= CELLS))
    cells.push(...Array<ParsedCell>(CELLS).fill({ kind: 'blank', value: null }));
  if (cells.length < CELLS) {
    const problem =
      cells.length === 0
        ? fact('structure.tableEmpty', { table: 'reviews' })
        : fact('structure.cellUnreadable', { table: 'reviews', detail: { count: cells.length, expected: CELLS } });
    return { table: null, facts: [problem] };
  }
  return { table: reviewTable(cells.map((cell) => cell.value)), facts: [], located: located(grid, cells) };
}

/**
 * The unsure cells table 四 took, by group and field. Its cells are taken by position: an unsure
 * label on a line of its numbers (a figure misread as a character) may have moved them all, and
 * is every group's.
 */
function located(grid: readonly GridRow[], cells: readonly ParsedCell[]): LocatedCell[] {
  const fields = REVIEW_FIELDS.length;
  const found: LocatedCell[] = cells.flatMap((cell, i) =>
    cell.unsure === undefined
      ? []
      : [{ ordinal: cell.unsure, table: 'reviews' as const, row: REVIEW_GROUPS[Math.floor(i / fields)]!.key, column: REVIEW_FIELDS[i % fields]!.key }],
  );
  for (const row of grid)
    if (row.values.length > 0)
      for (const ordinal of row.unsureLabels ?? [])
        found.push(...REVIEW_GROUPS.map(({ key }) => ({ ordinal, table: 'reviews' as const, row: key, column: null })));
  return found;
}
