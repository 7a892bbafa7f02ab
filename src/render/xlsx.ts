import writeXlsxFile from 'write-excel-file/node';
import { cellValue } from './csv.js';
import type { Value } from './tabular.js';

/** The sheets' names as an evaluator reads them. */
const NAMES = { reports: '报告', findings: '发现', cells: '单元格' } as const;

/** Columns as wide as their text (a Chinese character two units), within reason: a name cut short in a cell is no use. */
function widths(rows: readonly Value[][]): { width: number }[] {
  const width = (value: Value): number => [...String(value ?? '')].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  return (rows[0] ?? []).map((_, i) => ({ width: Math.min(60, Math.max(6, ...rows.slice(0, 500).map((row) => width(row[i] ?? null) + 1))) }));
}

/** An .xlsx workbook of the run: one sheet of reports, one of findings, one of every cell (a header row each). */
export async function writeWorkbook(path: string, sheets: Record<keyof typeof NAMES, Value[][]>): Promise<void> {
  const data = (Object.keys(NAMES) as (keyof typeof NAMES)[]).map((key) => ({
    sheet: NAMES[key],
    columns: widths(sheets[key]),
    // A blank cell is null; the rest are strings or numbers, which Excel keeps apart.
    data: sheets[key].map((row) => row.map((value) => cellValue(value))),
  }));
  await writeXlsxFile(data).toFile(path);
}
