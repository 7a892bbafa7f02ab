import type { Suspect } from '../types.js';
import type { Identity, IdentityRuleId, Term } from './types.js';

export interface Evaluated {
  rule: IdentityRuleId;
  identity: Identity;
  left: number;
  right: number;
  status: 'holds' | 'broken' | 'blankTotal' | 'blankParts';
  /** Broken only because its blank parts were read as zeros (the report leaves every zero blank). */
  blanksAsZeros?: true;
}

export interface Explanation {
  suspect: Suspect | null;
  /** How many single cells could each repair everything; more than one means no one can be named. */
  candidates: number;
}

const EPSILON = 1e-6;
const cellId = (t: { row: string; column: string }): string => `${t.row}\u0000${t.column}`;

function terms(e: Evaluated): Term[] {
  return [...e.identity.left, ...e.identity.right];
}

/** How much the left side minus the right side grows when `cell` grows by one: a cell on both sides once cancels out. */
function coefficient(identity: Identity, cell: string): number {
  const count = (side: readonly Term[]): number => side.filter((t) => cellId(t) === cell).length;
  return count(identity.left) - count(identity.right);
}

/** Broken identities that share a cell belong together; unrelated errors are explained apart. */
function clusters(broken: Evaluated[]): Evaluated[][] {
  const groups: { members: Evaluated[]; cells: Set<string> }[] = [];
  for (const e of broken) {
    const cells = new Set(terms(e).map(cellId));
    const joined = groups.filter((g) => [...cells].some((c) => g.cells.has(c)));
    const merged = { members: [e, ...joined.flatMap((g) => g.members)], cells: new Set([...cells, ...joined.flatMap((g) => [...g.cells])]) };
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups.map((g) => g.members);
}

/** The cells of a cluster that, changed alone, would repair every identity in it and break none that holds. */
function explain(cluster: Evaluated[], holding: Evaluated[]): Explanation {
  const found: Suspect[] = [];
  // Only the cells of the first broken identity can explain them all.
  for (const term of terms(cluster[0]!)) {
    const cell = cellId(term);
    if (found.some((s) => cellId(s) === cell)) continue;
    // A cell that an identity holding now runs through is fixed: changing it would break that one.
    if (holding.some((e) => coefficient(e.identity, cell) !== 0)) continue;
    // The change each broken identity asks of this cell; one change must repair them all.
    const deltas = cluster.map((e) => (coefficient(e.identity, cell) === 0 ? NaN : (e.right - e.left) / coefficient(e.identity, cell)));
    if (!deltas.every((d) => Math.abs(d - deltas[0]!) < EPSILON)) continue;
    const expected = (term.value ?? 0) + deltas[0]!;
    // Counts are never negative: a cell that would have to be is not the wrong one.
    if (expected < -EPSILON) continue;
    found.push({ row: term.row, column: term.column, value: term.value, expected: Number(expected.toFixed(6)) });
  }
  return { suspect: found.length === 1 ? found[0]! : null, candidates: found.length };
}

/**
 * The one cell that, changed, repairs every broken identity around it without breaking one that
 * holds. When two or more cells would do equally well, none is named.
 */
export function explainBroken(evaluated: readonly Evaluated[]): Map<Evaluated, Explanation> {
  const out = new Map<Evaluated, Explanation>();
  // Bounds say too little to tell which cell is wrong: only equalities take part.
  const equalities = evaluated.filter((e) => e.identity.relation !== 'atLeast');
  const holding = equalities.filter((e) => e.status === 'holds');
  for (const cluster of clusters(equalities.filter((e) => e.status === 'broken'))) {
    const explanation = explain(cluster, holding);
    for (const e of cluster) out.set(e, explanation);
  }
  return out;
}
