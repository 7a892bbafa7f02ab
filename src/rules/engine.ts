import type { TableKey } from '../template/index.js';
import type { Fact, ProseFigure, StatedList, Tables } from '../types.js';
import { printsZero } from '../tables/numbers.js';
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

function toFact(e: Evaluated, explanation: Explanation | undefined, recovered: boolean, also: readonly Evaluated[] = []): Fact {
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
  const identities = also.map(({ rule, identity, left, right }) => ({ rule, row: identity.row, column: identity.column, left, right }));
  const detail = {
    ...(candidates > 1 ? { candidates } : {}),
    ...(recovered ? { recovered: 1 as const } : {}),
    ...(identities.length > 0 ? { identities } : {}),
    ...(e.blanksAsZeros ? { blanksAsZeros: 1 as const } : {}),
  };
  return fact(e.rule, { table, row, column, left: e.left, right: e.right, suspect: explanation?.suspect ?? null, detail });
}

/** A totals side of several cells (总计 and 结转下年度) with some printed and some blank. */
const partlyBlankTotals = (e: Evaluated): boolean => e.status === 'blankTotal' && e.identity[e.identity.totals].some((t) => t.value !== null);

/**
 * A report that prints no 0 in any table leaves every zero blank: there, parts left blank under
 * a printed total are zeros too, and the identity can be checked — but only where the report
 * fills that breakdown elsewhere (another identity of the same rule with a part printed), so a
 * report that fills in the 总计 column alone is still skipped rather than accused. So is a blank
 * beside a printed cell on the totals side (结转下年度 left blank beside a printed 总计); a blank
 * total alone is still not checked.
 */
function blanksAsZeros(evaluated: readonly Evaluated[], tables: Tables): Evaluated[] {
  if (!evaluated.some((e) => e.status === 'blankParts' || partlyBlankTotals(e)) || printsZero(tables)) return [...evaluated];
  const filled = (e: Evaluated): boolean => e.identity[e.identity.totals === 'left' ? 'right' : 'left'].some((t) => t.value !== null);
  const fillsParts = new Set(evaluated.filter(filled).map((e) => e.rule));
  const zeros = (e: Evaluated): boolean => (e.status === 'blankParts' && fillsParts.has(e.rule)) || partlyBlankTotals(e);
  return evaluated.map((e) => (zeros(e) ? { ...e, status: 'broken', blanksAsZeros: true } : e));
}

/** The identities of one report's tables, evaluated, with the facts they give: what checkReport's coverage counts. */
export interface TableCheck {
  facts: Fact[];
  evaluated: Evaluated[];
}

/**
 * Every identity of one report's tables, with the wrong cell named where one explains it: one
 * finding per wrong cell, listing every identity it breaks, so that one typo is one error.
 * `recovered`: the tables whose numbers were split out of glued text, which their findings say.
 */
export function runTableChecks(
  tables: Tables,
  recovered: ReadonlySet<TableKey | null> = new Set(),
  rules: readonly IdentityRule[] = IDENTITY_RULES,
): TableCheck {
  const raw: Evaluated[] = [];
  const facts: Fact[] = [];
  for (const rule of rules) {
    try {
      raw.push(...rule.identities(tables).map((identity) => evaluate(rule.id, identity)));
    } catch (error) {
      facts.push(ruleFailed(rule.id, error));
    }
  }
  const evaluated = blanksAsZeros(raw, tables);
  const explanations = new Map<Evaluated, Explanation>();
  for (const table of new Set(evaluated.map((e) => e.identity.table))) {
    for (const [e, x] of explainBroken(evaluated.filter((v) => v.identity.table === table))) explanations.set(e, x);
  }
  const told = new Set<Evaluated>();
  const broken: Fact[] = [];
  for (const e of evaluated) {
    if (e.status !== 'broken' || told.has(e)) continue;
    const explanation = explanations.get(e);
    // The identities the same named cell explains, in rule order: told once, in this finding.
    const also = explanation?.suspect ? evaluated.filter((v) => v !== e && v.status === 'broken' && explanations.get(v) === explanation) : [];
    for (const v of also) told.add(v);
    broken.push(toFact(e, explanation, recovered.has(e.identity.table), also));
  }
  return { facts: [...facts, ...broken, ...misfiled(evaluated), ...skipped(evaluated)], evaluated };
}

/** The findings of every identity of one report's tables (runTableChecks without the count). */
export function checkTables(tables: Tables, recovered: ReadonlySet<TableKey | null> = new Set(), rules: readonly IdentityRule[] = IDENTITY_RULES): Fact[] {
  return runTableChecks(tables, recovered, rules).facts;
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
  'ocr.unsure',
]);

/** Rules over the figures stated in the text. */
export function checkProse(
  prose: readonly ProseFigure[],
  tables: Tables,
  about: About,
  lists: readonly StatedList[] = [],
  rules: readonly ProseRule[] = PROSE_RULES,
): Fact[] {
  return rules.flatMap((rule) => {
    try {
      return rule.check(prose, tables, about, lists);
    } catch (error) {
      return [ruleFailed(rule.id, error)];
    }
  });
}
