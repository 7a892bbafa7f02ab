import type { Explained } from '../findings/phrases.js';
import { IDENTITY_RULES } from '../rules/index.js';
import type { Report } from '../types.js';

/** How a printed cell takes part in the errors of its tables: the wrong cell, or one of a broken identity. */
export type Mark = { kind: 'suspect'; expected: number } | { kind: 'involved' };

/** Marks by `${row} ${column}`: what the people view and the page show on the tables as printed. */
export type Marks = Map<string, Mark>;

export const markKey = (row: string, column: string): string => `${row} ${column}`;

/** The cells of every broken identity (each error's own and those it lists), the suspect cell of each above them. */
export function marksOf(report: Report): Marks {
  const marks: Marks = new Map();
  const errors = report.findings.filter((f) => f.severity === 'error' && IDENTITY_RULES.some((r) => r.id === f.rule));
  const broken = errors.flatMap((f) => [f, ...((f.detail as Explained).identities ?? [])]);
  for (const rule of IDENTITY_RULES) {
    for (const identity of rule.identities(report.tables)) {
      if (!broken.some((b) => b.rule === rule.id && b.row === identity.row && b.column === identity.column)) continue;
      for (const term of [...identity.left, ...identity.right]) marks.set(markKey(term.row, term.column), { kind: 'involved' });
    }
  }
  for (const f of errors) if (f.suspect) marks.set(markKey(f.suspect.row, f.suspect.column), { kind: 'suspect', expected: f.suspect.expected });
  return marks;
}
