import type { Tables } from '../types.js';
import type { Identity, IdentityRule, Term } from './types.js';

/** Totals of the legacy table and the rows that make them up (SPEC §4). */
const SUMS: readonly [string, readonly string[]][] = [
  // requests.email and requests.letterOrFax are rows of the local 指标名称 form.
  [
    'requests.received',
    ['requests.inPerson', 'requests.fax', 'requests.email', 'requests.online', 'requests.letter', 'requests.letterOrFax', 'requests.otherChannel'],
  ],
  ['requests.closed', ['requests.closedOnTime', 'requests.closedExtended']],
  [
    'requests.replied',
    [
      'replies.alreadyPublic',
      'replies.granted',
      'replies.partial',
      'replies.denied',
      'replies.notThisAgency',
      'replies.notExist',
      'replies.amend',
      'replies.otherChannel',
      'replies.other',
    ],
  ],
  ...(['reviews', 'litigation', 'complaints'] as const).map((g): [string, string[]] => [`${g}.total`, [`${g}.maintained`, `${g}.corrected`, `${g}.other`]]),
  ['archives.total', ['archives.paper', 'archives.electronic']],
  ['org.staff', ['org.staffFullTime', 'org.staffPartTime']],
];

/** Identities over the legacy rows a report printed; a total it did not print checks nothing. */
export function legacyIdentities(tables: Tables, pairs: readonly [string, readonly string[]][], relation: Identity['relation']): Identity[] {
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
  identities: (tables) => legacyIdentities(tables, SUMS, 'equal'),
};
