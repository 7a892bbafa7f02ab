import type { Details, FindingId } from './catalogue.js';
import type { Located } from './entry.js';

/**
 * What a stage or rule observed, before wording and severity: the finding's id, where it points
 * and the details its message needs. The catalogue turns it into a finding.
 */
export type FactOf<Id extends FindingId> = Located & {
  rule: Id;
  detail?: Details[Id];
  /** For digits that split more than one way: every split that fits, so that other files can choose. */
  candidates?: number[][];
};

export type Fact = { [Id in FindingId]: FactOf<Id> }[FindingId];

type Fields<Id extends FindingId> = Partial<Located> & { candidates?: number[][] } & (Record<never, never> extends Details[Id]
    ? { detail?: Details[Id] }
    : { detail: Details[Id] });

/** A fact with every place it does not name left null: the one way stages and rules build them. */
export function fact<Id extends FindingId>(rule: Id, ...[fields]: Record<never, never> extends Fields<Id> ? [Fields<Id>?] : [Fields<Id>]): FactOf<Id> {
  return { rule, table: null, row: null, column: null, left: null, right: null, suspect: null, ...fields } as FactOf<Id>;
}
