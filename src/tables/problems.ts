import type { TableKey } from '../template/index.js';
import type { Fact } from '../types.js';
import type { Collected } from './rows.js';

function structure(rule: string, table: TableKey | null, row: string | null, detail: Fact['detail']): Fact {
  return { rule, table, row, column: null, left: null, right: null, suspect: null, detail };
}

/** Rows that could not be read whole become warnings; a silent gap would pass for a zero. */
export function problemFacts(table: TableKey, collected: Collected, width: number | ((key: string) => number)): Fact[] {
  const widthOf = typeof width === 'number' ? () => width : width;
  const facts = collected.problems.map((p) =>
    structure('structure.cellUnreadable', table, p.key, { count: p.count, expected: widthOf(p.key), line: p.line + 1 }),
  );
  if (collected.gluedLines > 0) facts.push(structure('structure.gluedCells', table, null, { lines: collected.gluedLines }));
  return facts;
}

export function tableFact(
  rule: 'structure.tableMissing' | 'structure.tableEmpty' | 'structure.rowMissing' | 'structure.mixedTemplate' | 'structure.unknownFormat' | 'structure.gluedCells' | 'structure.tableTruncated' | 'structure.recoveredCells',
  table: TableKey | null,
  row: string | null = null): Fact {
  return structure(rule, table, row, undefined);
}
