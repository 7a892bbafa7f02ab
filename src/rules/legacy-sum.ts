import { LEGACY_SUMS, type LegacySum } from '../template/index.js';
import type { Tables } from '../types.js';
import type { Identity, IdentityRule, Term } from './types.js';

/** Identities over the legacy rows a report printed; a total it did not print checks nothing. */
export function legacyIdentities(tables: Tables, pairs: readonly LegacySum[], relation: Identity['relation']): Identity[] {
  const legacy = tables.legacy;
  if (!legacy) return [];
  const term = (row: string): Term => ({ row, column: 'value', value: legacy[row] ?? null });
  return pairs
    .filter(([total, parts]) => total in legacy && parts.some((p) => p in legacy))
    .map(([total, parts]) => ({
      table: 'legacy',
      row: total,
      column: null,
      left: [term(total)],
      right: parts.filter((p) => p in legacy).map(term),
      totals: 'left',
      relation,
    }));
}

export const legacySum: IdentityRule = {
  id: 'legacy.sum',
  identities: (tables) => legacyIdentities(tables, LEGACY_SUMS, 'equal'),
};
