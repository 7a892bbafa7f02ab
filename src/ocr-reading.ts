import { sectionHeadings } from './prose/sections.js';
import type { LocatedCell } from './tables/extracted.js';
import { isUnsure, type Document } from './text/document.js';
import { fact } from './findings/fact.js';
import type { Fact, OcrCell, OcrReading } from './types.js';

/** The tables the form's sections 二, 三 and 四 hold, by section number. */
const TABLE_OF_SECTION: Readonly<Record<number, OcrCell['table']>> = { 2: 'active', 3: 'requests', 4: 'reviews' };

/** The table whose section heading comes last in a stretch of text, if any heading does. */
function lastTableHeading(text: string): OcrCell['table'] {
  const held = sectionHeadings(text).filter(({ n }) => n in TABLE_OF_SECTION);
  const last = held.reduce<(typeof held)[number] | null>((latest, heading) => (latest && latest.index > heading.index ? latest : heading), null);
  return last ? TABLE_OF_SECTION[last.n]! : null;
}

/** A reading finding for each table with cells OCR was unsure of: the verdict says the table was not read for sure. */
export function unsureTables(reading: OcrReading): Fact[] {
  const tables = [...new Set(reading.unsure.map((cell) => cell.table))].filter((table) => table !== null);
  return tables.map((table) => fact('ocr.unsureCells', { table, detail: { cells: reading.unsure.filter((cell) => cell.table === table) } }));
}

/**
 * What OCR read of a document: its pages, its cells, and the cells it was unsure of. Each unsure
 * cell's table is told by the heading above it, or, once the tables are read (`located`), by
 * the row and column that took it.
 */
export function ocrReading(document: Document, located: readonly LocatedCell[] = []): OcrReading {
  const at = new Map(located.map((cell) => [cell.ordinal, cell]));
  const unsure: OcrCell[] = [];
  let cells = 0;
  let table: OcrCell['table'] = null;
  for (const block of document.blocks) {
    if (block.kind === 'text') {
      table = lastTableHeading(block.text) ?? table;
      continue;
    }
    for (const row of block.rows)
      for (const cell of row) {
        if (cell.confidence === undefined) continue;
        cells++;
        if (!isUnsure(cell)) continue;
        const place = at.get(unsure.length);
        const read = {
          text: cell.text,
          confidence: Math.round(cell.confidence),
          page: block.page ?? null,
          ...(block.picture ? { picture: block.picture } : {}),
        };
        unsure.push(place ? { ...read, table: place.table, row: place.row, column: place.column } : { ...read, table });
      }
  }
  return { pages: document.ocr?.pages ?? 0, cells, unsure: unsure.sort((a, b) => a.confidence - b.confidence) };
}
