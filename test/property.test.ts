import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTables } from '../src/rules/engine.js';
import { REQUEST_COLUMN_KEYS, REVIEW_FIELDS, REVIEW_GROUPS } from '../src/template/index.js';
import { consistentTables } from './arbitraries.js';

describe('check: properties', () => {
  it('tables that satisfy every identity give no finding', () => {
    fc.assert(
      fc.property(consistentTables, (tables) => {
        expect(checkTables(tables)).toEqual([]);
      }),
    );
  });

  it('one wrong cell in table 三 gives the findings that cross at it, each naming it', () => {
    const perturbed = consistentTables.chain((tables) => {
      const keys = Object.keys(tables.requests!.rows);
      return fc.record({
        tables: fc.constant(tables),
        row: fc.constantFrom(...keys),
        column: fc.nat({ max: REQUEST_COLUMN_KEYS.length - 1 }),
        delta: fc.integer({ min: -300, max: 300 }).filter((d) => d !== 0),
      });
    });
    fc.assert(
      fc.property(perturbed, ({ tables, row, column, delta }) => {
        const rows = structuredClone(tables.requests!.rows) as Record<string, number[]>;
        const original = rows[row]![column]!;
        fc.pre(original + delta >= 0);
        rows[row]![column] = original + delta;
        const findings = checkTables({ ...tables, requests: { ...tables.requests!, rows } });
        const key = REQUEST_COLUMN_KEYS[column]!;
        // One finding: the changed cell, with every identity it breaks (its row's, its column's) inside.
        expect(findings).toHaveLength(1);
        const [finding] = findings;
        expect(finding!.suspect).toEqual({ row, column: key, value: original + delta, expected: original });
        const broken = [finding!, ...((finding!.detail as { identities?: { rule: string; row: string | null; column: string | null }[] }).identities ?? [])];
        expect(broken.length).toBeGreaterThanOrEqual(2);
        for (const b of broken) {
          expect(b.rule.startsWith('requests.')).toBe(true);
          expect(b.row === row || b.column === key).toBe(true);
        }
        expect(broken.some((b) => b.rule === 'requests.columns' && b.row === row)).toBe(true);
      }),
    );
  });

  it('one wrong cell in table 四 breaks its group, and a cell named is always the changed one', () => {
    const perturbed = consistentTables.chain((tables) =>
      fc.record({
        tables: fc.constant(tables),
        group: fc.constantFrom(...REVIEW_GROUPS.map((g) => g.key)),
        field: fc.constantFrom(...REVIEW_FIELDS.map((f) => f.key)),
        delta: fc.integer({ min: -60, max: 60 }).filter((d) => d !== 0),
      }),
    );
    fc.assert(
      fc.property(perturbed, ({ tables, group, field, delta }) => {
        const reviews = structuredClone(tables.reviews!);
        const original = reviews[group][field]!;
        fc.pre(original + delta >= 0);
        reviews[group][field] = original + delta;
        const findings = checkTables({ ...tables, reviews });
        expect(findings.map((f) => [f.rule, f.row])).toEqual([['reviews.total', group]]);
        const suspect = findings[0]!.suspect;
        if (suspect) expect(suspect).toEqual({ row: group, column: field, value: original + delta, expected: original });
      }),
    );
  });
});
