import type { Finding } from '../types.js';
import { CATALOGUE, type Details, type FindingId } from './catalogue.js';
import type { Entry } from './entry.js';
import type { Fact, FactOf } from './fact.js';

export { CATALOGUE, FINDING_IDS, type FindingId } from './catalogue.js';
export { fact, type Fact } from './fact.js';

/** The one place where a fact is worded; JSON consumers never depend on this text. */
export function formatFact<Id extends FindingId>({ rule, detail, ...at }: FactOf<Id>): string {
  const { message } = CATALOGUE[rule] as Entry<Details[Id]>;
  return message(at, detail ?? ({} as Details[Id]));
}

/** A fact as reported: severity and sentence from its catalogue entry. */
export function toFinding(fact: Fact): Finding {
  return {
    rule: fact.rule,
    severity: CATALOGUE[fact.rule].severity,
    message: formatFact(fact),
    table: fact.table,
    row: fact.row,
    column: fact.column,
    left: fact.left,
    right: fact.right,
    suspect: fact.suspect,
    detail: fact.detail ?? {},
    ...(fact.candidates ? { candidates: fact.candidates } : {}),
  };
}
