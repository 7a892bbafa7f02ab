import type { TableKey } from '../template/index.js';
import type { Fact, ProseFigure, Tables } from '../types.js';
import { fact } from '../findings/fact.js';
import { IDENTITY_RULES, PROSE_RULES } from './index.js';
import { explainBroken, type Evaluated, type Explanation } from './suspect.js';
import type { About, Identity, IdentityRule, IdentityRuleId, ProseRule, Term } from './types.js';

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
  const broken = evaluated.filter((e) => e.status === 'broken').map((e) => toFact(e, explanations.get(e), recovered.has(e.identity.table)));
  return [...facts, ...broken, ...misfiled(evaluated), ...skipped(evaluated)];
}

/**
 * Two applicant columns of table 三 that break the balance by +k and −k while the 总计 column
 * holds: k applications seem to have been counted under one kind of applicant when received and
 * another when handled. Said beside the two errors, as what they most likely mean.
 */
function misfiled(evaluated: readonly Evaluated[]): Fact[] {
  const balance = evaluated.filter((e) => e.rule === 'requests.balance');
  const broken = balance.filter((e) => e.status === 'broken');
  if (broken.length !== 2 || balance.find((e) => e.identity.column === 'total')?.status !== 'holds') return [];
  const [surplus, shortfall] = [...broken].sort((a, b) => b.left - b.right - (a.left - a.right));
  const k = surplus!.left - surplus!.right;
  if (k <= 0 || shortfall!.left - shortfall!.right !== -k) return [];
  return [fact('requests.wrongColumn', { table: 'requests', left: k, detail: { received: surplus!.identity.column!, handled: shortfall!.identity.column! } })];
}

/**
 * The identities skipped for a blank total or blank parts, one warning per cause: a 总计 column
 * left blank skips the identity of every row, and is one thing the report did, not twelve.
 */
function skipped(evaluated: readonly Evaluated[]): Fact[] {
  const groups = new Map<string, Evaluated[]>();
  for (const e of evaluated) {
    if (e.status === 'holds' || e.status === 'broken') continue;
    const key = `${e.status}\u0000${e.rule}\u0000${e.identity.table}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return toFact(group[0]!, undefined, false);
    // Where the blanks are: the blank totals' own row or column when they share one (the 总计 column), else the identities'.
    const places = group.flatMap((e): { row: string | null; column: string | null }[] =>
      e.status === 'blankTotal' ? e.identity[e.identity.totals].filter((t) => t.value === null) : [e.identity],
    );
    const shared = (of: (p: (typeof places)[number]) => string | null): string | null =>
      places.every((p) => of(p) === of(places[0]!)) ? of(places[0]!) : null;
    const at = { table: group[0]!.identity.table, row: shared((p) => p.row), column: shared((p) => p.column), detail: { skipped: group.length } };
    return group[0]!.status === 'blankTotal' ? fact('structure.blankTotal', at) : fact('structure.blankParts', at);
  });
}

/** The findings this engine makes (a report checked again drops them first, rather than doubling them). */
export const ENGINE_FINDINGS: ReadonlySet<string> = new Set([
  ...IDENTITY_RULES.map((r) => r.id),
  ...PROSE_RULES.flatMap((r) => r.emits ?? [r.id]),
  'requests.wrongColumn',
  'structure.blankTotal',
  'structure.blankParts',
  'internal.ruleFailed',
]);

/** Rules over the figures stated in the text. */
export function checkProse(prose: readonly ProseFigure[], tables: Tables, about: About, rules: readonly ProseRule[] = PROSE_RULES): Fact[] {
  return rules.flatMap((rule) => {
    try {
      return rule.check(prose, tables, about);
    } catch (error) {
      return [ruleFailed(rule.id, error)];
    }
  });
}
