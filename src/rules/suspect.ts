import type { Suspect } from '../types.js';
import type { Identity, IdentityRuleId, Term } from './types.js';

export interface Evaluated {
  rule: IdentityRuleId;
  identity: Identity;
  left: number;
  right: number;
  status: 'holds' | 'broken' | 'blankTotal' | 'blankParts';
}

export interface Explanation {
  suspect: Suspect | null;
  /** How many single cells could each repair everything; more than one means no one can be named. */
  candidates: number;
}

const EPSILON = 1e-6;
const cellId = (t: Term): string => `${t.row}\u0000${t.column}`;

function terms(e: Evaluated): Term[] {
  return [...e.identity.left, ...e.identity.right];
}

/**
 * How much the left side minus the right side grows when a cell grows by one, for each cell
 * among those `asked` (all when not given) whose growing changes it: a cell on both sides once
 * cancels out.
 */
function coefficients(identity: Identity, asked?: (t: Term) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  const add = (t: Term, by: number): void => {
    if (asked && !asked(t)) return;
    const id = cellId(t);
    out.set(id, (out.get(id) ?? 0) + by);
  };
  for (const t of identity.left) add(t, 1);
  for (const t of identity.right) add(t, -1);
  for (const [id, c] of out) if (c === 0) out.delete(id);
  return out;
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

function explain(cluster: Evaluated[], holding: Evaluated[]): Explanation {
  const first = cluster[0]!;
  // Only the cells of the first broken identity can explain them all. Those that an identity
  // holding now runs through are fixed: changing one would break it. (Telling a term in
  // question by its row and column first spares building a key for every term of every identity.)
  const firstTerms = terms(first);
  const rows = new Set(firstTerms.map((t) => t.row));
  const columns = new Set(firstTerms.map((t) => t.column));
  const inQuestion = (t: Term): boolean => rows.has(t.row) && columns.has(t.column);
  const fixed = new Set(holding.flatMap((e) => [...coefficients(e.identity, inQuestion).keys()]));
  const found: Suspect[] = [];
  const foundIds = new Set<string>();
  const clusterCoefficients = cluster.map((e) => coefficients(e.identity));
  for (const term of firstTerms) {
    const id = cellId(term);
    if (foundIds.has(id) || fixed.has(id)) continue;
    const deltas = cluster.map((e, i) => {
      const c = clusterCoefficients[i]!.get(id) ?? 0;
      return c === 0 ? NaN : (e.right - e.left) / c;
    });
    const delta = deltas[0]!;
    if (!deltas.every((d) => Math.abs(d - delta) < EPSILON)) continue;
    const expected = (term.value ?? 0) + delta;
    // Counts are never negative: a cell that would have to be is not the wrong one.
    if (expected < -EPSILON) continue;
    found.push({ row: term.row, column: term.column, value: term.value, expected: Number(expected.toFixed(6)) });
    foundIds.add(id);
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
