import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainBroken, type Evaluated, type Explanation } from '../src/rules/suspect.js';
import type { Term } from '../src/rules/types.js';
import type { Suspect } from '../src/types.js';

/** The definition, written plainly: a cell's coefficient counted afresh for every identity it is asked of. */
function reference(evaluated: readonly Evaluated[]): Map<Evaluated, Explanation> {
  const id = (t: Term): string => `${t.row}\u0000${t.column}`;
  const terms = (e: Evaluated): Term[] => [...e.identity.left, ...e.identity.right];
  const coefficient = (e: Evaluated, cell: string): number =>
    e.identity.left.filter((t) => id(t) === cell).length - e.identity.right.filter((t) => id(t) === cell).length;
  const equalities = evaluated.filter((e) => e.identity.relation !== 'atLeast');
  const holding = equalities.filter((e) => e.status === 'holds');
  const groups: { members: Evaluated[]; cells: Set<string> }[] = [];
  for (const e of equalities.filter((x) => x.status === 'broken')) {
    const cells = new Set(terms(e).map(id));
    const joined = groups.filter((g) => [...cells].some((c) => g.cells.has(c)));
    const merged = { members: [e, ...joined.flatMap((g) => g.members)], cells: new Set([...cells, ...joined.flatMap((g) => [...g.cells])]) };
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  const out = new Map<Evaluated, Explanation>();
  for (const { members: cluster } of groups) {
    const found: Suspect[] = [];
    for (const term of terms(cluster[0]!)) {
      const cell = id(term);
      if (found.some((s) => `${s.row}\u0000${s.column}` === cell)) continue;
      if (holding.some((e) => coefficient(e, cell) !== 0)) continue;
      const deltas = cluster.map((e) => (coefficient(e, cell) === 0 ? NaN : (e.right - e.left) / coefficient(e, cell)));
      if (!deltas.every((d) => Math.abs(d - deltas[0]!) < 1e-6)) continue;
      const expected = (term.value ?? 0) + deltas[0]!;
      if (expected < -1e-6) continue;
      found.push({ row: term.row, column: term.column, value: term.value, expected: Number(expected.toFixed(6)) });
    }
    const explanation = { suspect: found.length === 1 ? found[0]! : null, candidates: found.length };
    for (const e of cluster) out.set(e, explanation);
  }
  return out;
}

describe('naming the wrong cell', () => {
  it('agrees with the plain definition on any set of identities over a small table', () => {
    // Few rows and columns, so that identities share cells, repeat them and put one on both sides.
    const term = fc
      .record({ row: fc.constantFrom('a', 'b', 'c'), column: fc.constantFrom('x', 'y', 'z') })
      .map(({ row, column }): Term => ({ row, column, value: row === 'c' && column === 'z' ? null : (row.charCodeAt(0) + column.charCodeAt(0)) % 5 }));
    const evaluated = fc
      .record({
        left: fc.array(term, { minLength: 1, maxLength: 4 }),
        right: fc.array(term, { minLength: 1, maxLength: 3 }),
        sums: fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })),
        status: fc.constantFrom('holds' as const, 'broken' as const, 'blankTotal' as const),
        atLeast: fc.boolean(),
      })
      .map(({ left, right, sums, status, atLeast }): Evaluated => ({
        rule: 'r',
        identity: { table: 'requests', row: null, column: null, left, right, totals: 'right', ...(atLeast ? { relation: 'atLeast' as const } : {}) },
        left: sums[0],
        right: status === 'holds' ? sums[0] : sums[1],
        status,
      }));
    fc.assert(
      fc.property(fc.array(evaluated, { maxLength: 10 }), (list) => {
        const got = explainBroken(list);
        const want = reference(list);
        expect([...got.keys()].map((e) => list.indexOf(e))).toEqual([...want.keys()].map((e) => list.indexOf(e)));
        for (const [e, x] of want) expect(got.get(e)).toEqual(x);
      }),
      { numRuns: 5000 },
    );
  });
});
