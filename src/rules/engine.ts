import type { TableKey } from '../template/index.js';
import type { Fact, ProseFigure, Tables } from '../types.js';
import { fact } from '../findings/fact.js';
import { IDENTITY_RULES, PROSE_RULES } from './index.js';
import { explainBroken, type Evaluated, type Explanation } from './suspect.js';
import type { Identity, IdentityRule, IdentityRuleId, ProseRule, Term } from './types.js';

const EPSILON = 1e-6;
const sum = (terms: readonly Term[]): number => terms.reduce((acc, t) => acc + (t.value ?? 0), 0);

/**
 * Null parts count as 0; a blank cell on the totals side means the identity cannot be checked,
 * and so does a side whose parts are all blank: the report did not fill that column in (上海
 * 2019 leaves the 总计 column empty for every 办理结果 row), which is not zero.
 */
export function evaluate(rule: IdentityRuleId, identity: Identity): Evaluated {
  const left = sum(identity.left);
  const right = sum(identity.right);
  const holds = identity.relation === 'atLeast' ? left > right - EPSILON : Math.abs(left - right) < EPSILON;
  if (holds) return { rule, identity, left, right, status: 'holds' };
  const totals = identity[identity.totals];
  const parts = identity[identity.totals === 'left' ? 'right' : 'left'];
  if (totals.some((t) => t.value === null)) return { rule, identity, left, right, status: 'blankTotal' };
  if (parts.length > 1 && parts.every((t) => t.value === null)) return { rule, identity, left, right, status: 'blankParts' };
  return { rule, identity, left, right, status: 'broken' };
}

function ruleFailed(rule: string, error: unknown): Fact {
  const reason = error instanceof Error ? error.message : String(error);
  return fact('internal.ruleFailed', { detail: { failed: rule, reason } });
}

function toFact(e: Evaluated, explanation: Explanation | undefined, recovered: boolean): Fact {
  const { table, row, column } = e.identity;
  if (e.status === 'blankTotal') {
    const parts = e.identity.totals === 'left' ? e.right : e.left;
    return fact('structure.blankTotal', { table, row, column, left: parts });
  }
  if (e.status === 'blankParts') {
    const total = e.identity.totals === 'left' ? e.left : e.right;
    return fact('structure.blankParts', { table, row, column, left: total });
  }
  const candidates = explanation?.candidates ?? 0;
  const detail = { ...(candidates > 1 ? { candidates } : {}), ...(recovered ? { recovered: 1 as const } : {}) };
  return fact(e.rule, { table, row, column, left: e.left, right: e.right, suspect: explanation?.suspect ?? null, detail });
}

/**
 * Every identity of one report's tables, with the wrong cell named where one explains it.
 * `recovered`: the tables whose numbers were split out of glued text, which their findings say.
 */
export function checkTables(tables: Tables, recovered: ReadonlySet<TableKey | null> = new Set(), rules: readonly IdentityRule[] = IDENTITY_RULES): Fact[] {
  const evaluated: Evaluated[] = [];
  const facts: Fact[] = [];
  for (const rule of rules) {
    try {
      evaluated.push(...rule.identities(tables).map((identity) => evaluate(rule.id, identity)));
    } catch (error) {
      facts.push(ruleFailed(rule.id, error));
    }
  }
  const explanations = new Map<Evaluated, Explanation>();
  for (const table of new Set(evaluated.map((e) => e.identity.table))) {
    for (const [e, x] of explainBroken(evaluated.filter((v) => v.identity.table === table))) explanations.set(e, x);
  }
  for (const e of evaluated) if (e.status !== 'holds') facts.push(toFact(e, explanations.get(e), recovered.has(e.identity.table)));
  return facts;
}

/** Rules over the figures stated in the text. */
export function checkProse(prose: readonly ProseFigure[], tables: Tables, rules: readonly ProseRule[] = PROSE_RULES): Fact[] {
  return rules.flatMap((rule) => {
    try {
      return rule.check(prose, tables);
    } catch (error) {
      return [ruleFailed(rule.id, error)];
    }
  });
}
