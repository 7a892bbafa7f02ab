import type { TableKey } from '../template/index.js';
import type { FindingId } from '../findings/catalogue.js';
import type { Cell, Fact, ProseFigure, StatedList, Tables, Template } from '../types.js';

/** The findings of the rules over one report's tables (their entries are in the catalogue). */
export type IdentityRuleId = 'requests.balance' | 'requests.total' | 'requests.columns' | 'reviews.total' | 'legacy.sum' | 'legacy.bound';
export type ProseRuleId =
  | 'prose.breakdown'
  | 'prose.percent'
  | 'prose.table'
  | 'year.period'
  | 'year.heading'
  | 'year.stated'
  | 'date.early'
  | 'date.late'
  | 'form.sections'
  | 'form.feeUnit';

/** What a report says of itself beside its figures: the year it reports on and who reports. */
export interface About {
  year: number | null;
  agency: string | null;
  template?: Template;
}

/** One printed cell taking part in an identity. */
export interface Term {
  row: string;
  column: string;
  value: Cell;
}

/**
 * An equation the printed table must satisfy: the sum of `left` equals the sum of `right`.
 * `totals` names the side that holds the totals: when one of its cells is blank the identity
 * cannot be checked.
 */
export interface Identity {
  table: TableKey;
  /** Where a finding points: the row (per-row identities) or column (per-column ones). */
  row: string | null;
  column: string | null;
  left: Term[];
  right: Term[];
  totals: 'left' | 'right';
  /** `atLeast`: the left side may exceed the right (a total with only some parts listed). */
  relation?: 'equal' | 'atLeast';
}

/** A rule over one report's tables, as the identities it expects to hold. */
export interface IdentityRule {
  id: IdentityRuleId;
  identities(tables: Tables): Identity[];
}

/** A rule over the figures stated in a report's text (and the tables they speak of): it reports facts directly. */
export interface ProseRule {
  id: ProseRuleId;
  /** The findings it makes, when more than its own id (prose.table also makes prose.tableScope). */
  emits?: readonly FindingId[];
  /** `lists`: the lists the text states, for the rules that check them. */
  check(prose: readonly ProseFigure[], tables: Tables, about: About, lists?: readonly StatedList[]): Fact[];
}
