import type { Fact, Finding, Severity } from '../types.js';
import { formatFact } from './messages.js';

export { formatFact } from './messages.js';

/** Reading problems are warnings (a directory of reports often holds other files); broken arithmetic is an error. */
export function severityOf(rule: string): Severity {
  return /^(?:structure|input|internal)\./.test(rule) ? 'warning' : 'error';
}

export function toFinding(fact: Fact): Finding {
  return {
    rule: fact.rule,
    severity: severityOf(fact.rule),
    message: formatFact(fact),
    table: fact.table,
    row: fact.row,
    column: fact.column,
    left: fact.left,
    right: fact.right,
    suspect: fact.suspect,
    ...(fact.candidates ? { candidates: fact.candidates } : {}),
  };
}
