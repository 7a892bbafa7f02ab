import type { TableKey } from '../template/index.js';
import { fact } from '../findings/fact.js';
import type { Fact } from '../types.js';
import type { Collected } from './rows.js';

/** Rows that could not be read whole become warnings; a silent gap would pass for a zero. */
export function problemFacts(table: TableKey, collected: Collected, width: number | ((key: string) => number)): Fact[] {
  const widthOf = typeof width === 'number' ? () => width : width;
  const facts: Fact[] = collected.problems.map((p) =>
    p.kind === 'tooLarge'
      ? fact('structure.cellUnreadable', { table, row: p.key, detail: { line: p.line + 1, tooLarge: 1 } })
      : fact('structure.cellUnreadable', { table, row: p.key, detail: { count: p.count, expected: widthOf(p.key), line: p.line + 1 } }),
  );
  if (collected.gluedLines > 0) facts.push(fact('structure.gluedCells', { table, detail: { lines: collected.gluedLines } }));
  return facts;
}
