import { agencyKey } from '../tables/meta.js';
import type { Cell, Report } from '../types.js';
import { packText, type PackedText } from './continuity-copied.js';

/** Table 二's rows whose stock runs from year to year: 现行有效(N−1) + 制发(N) − 废止(N) = 现行有效(N). */
export const STOCK_ROWS = ['regulations', 'normativeDocs'] as const;
export type StockRow = (typeof STOCK_ROWS)[number];
export interface Stock {
  issued: Cell;
  repealed: Cell;
  inForce: Cell;
}

/** What a report brings to a year-to-year chain: small enough to keep for every file of a large run. */
export interface ChainLink {
  agency: string;
  year: number;
  path: string;
  carriedOver: readonly Cell[] | undefined;
  carriedForward: readonly Cell[] | undefined;
  stock?: Partial<Record<StockRow, Stock>>;
  /** The running text's sentence prints, to find text copied from the year before. */
  text?: PackedText;
}

function stockOf(report: Report): ChainLink['stock'] {
  const active = report.tables.active;
  if (!active) return undefined;
  const rows = STOCK_ROWS.filter((row) => active[row]).map((row) => {
    const { issued = null, repealed = null, inForce = null } = active[row]!;
    return [row, { issued, repealed, inForce }] as const;
  });
  return rows.length > 0 ? Object.fromEntries(rows) : undefined;
}

/** Whether OCR was unsure of a cell of table 三 (or of a table it could not place): its carry-over is no ground for an error. */
const unsureRequests = (report: Report): boolean => report.source.ocr?.unsure.some((cell) => cell.table === 'requests' || cell.table === null) ?? false;

export function chainLink(report: Report): ChainLink | null {
  const rows = unsureRequests(report) ? undefined : report.tables.requests?.rows;
  const stock = stockOf(report);
  const text = packText(report.text);
  if (!report.agency || report.year === null || (!rows && !stock && !text)) return null;
  return {
    agency: agencyKey(report.agency),
    year: report.year,
    path: report.source.path,
    carriedOver: rows?.carriedOver,
    carriedForward: rows?.carriedForward,
    ...(stock ? { stock } : {}),
    ...(text ? { text } : {}),
  };
}
