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

/** A1-style name of a column (0 → A, 26 → AA). */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * write-excel-file has no filter of its own: this feature puts Excel's filter buttons on each
 * sheet's header row (an `autoFilter` over its used range, which comes right after its data).
 */
function headerFilters(sheets: readonly Value[][][]) {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml: string, _options: unknown, { sheetIndex }: { sheetIndex: number }) => {
            const rows = sheets[sheetIndex] ?? [];
            const width = rows[0]?.length ?? 0;
            if (width === 0) return xml;
            return xml.replace('</sheetData>', `</sheetData><autoFilter ref="A1:${columnName(width - 1)}${Math.max(rows.length, 1)}"/>`);
          },
        },
      },
    },
  };
}

/** An .xlsx workbook of the run: one sheet of reports, one of findings, one of every cell, each with a bold, frozen, filtered header. */
export async function writeWorkbook(path: string, sheets: Record<keyof typeof NAMES, Value[][]>): Promise<void> {
  const keys = Object.keys(NAMES) as (keyof typeof NAMES)[];
  const data = keys.map((key) => ({
    sheet: NAMES[key],
    columns: widths(sheets[key]),
    stickyRowsCount: 1,
    // A blank cell is null; the rest are strings or numbers, which Excel keeps apart. The header is bold.
    data: sheets[key].map((row, i) =>
      row.map((value) => (i === 0 ? { value: String(cellValue(value) ?? ''), fontWeight: 'bold' as const } : cellValue(value))),
    ),
  }));
  await writeXlsxFile(data, { features: [headerFilters(keys.map((key) => sheets[key]))] }).toFile(path);
}
