import type { Extracted } from './extracted.js';
import {
  ACTIVE_ROWS,
  REQUEST_COLUMN_KEYS,
  REQUEST_ROWS,
  ACTIVE_SECTION,
  PROBLEMS_SECTION,
  REVIEW_CELLS,
  REVIEWS_SECTION,
  REVIEW_GROUPS,
  REVIEW_PART_FIELDS,
  reviewTable,
  type ReviewFieldKey,
  type TableTemplate,
} from '../template/index.js';
import { fact } from '../findings/fact.js';
import type { NearSplit } from '../findings/reading.js';
import type { ActiveTable, Cell, Fact, RequestsTable, ReviewsTable } from '../types.js';
import { matchRow, type RowMatcher } from './rows.js';
import { lowestCombinations } from './combinations.js';
import { splitsOf, splitsAddingUp } from './segment.js';

/**
 * Tables whose cells ran together when a crawler kept only the text of a web page
 * (`一、本年新收政府信息公开申请数量640020470`). The digits are split again using what the
 * table must satisfy: each row's parts add up to its 总计, each column's outcomes to （七）总计,
 * the 勾稽关系, table 四's group totals. Rows whose digits split more than one way equally
 * well are left out, with a finding: a guess must never pass for what the report printed.
 */

/** Splits tried per row before giving up; a row of seven numbers has far fewer. */
const ROW_LIMIT = 20_000;
/** Combinations of ambiguous rows tried against the column identities. */
const COMBINATION_LIMIT = 50_000;

interface Segment {
  label: string;
  run: string;
}

/** Labels each followed by their run of digits; a list number glued to the run (…0000000 2.其他) goes back to its label. */
export function segments(text: string, signed = false): Segment[] {
  const run = signed ? /[+-]?\d[\d +.-]*/g : /\d[\d ]*/g;
  const out: Segment[] = [];
  let labelStart = 0;
  let carry = '';
  for (const match of text.matchAll(run)) {
    let digits = match[0].trimEnd();
    const end = match.index + match[0].length;
    let next = '';
    if (/^[.、．]\D/.test(text.slice(match.index + digits.length, match.index + digits.length + 2))) {
      next = digits.slice(-1);
      digits = digits.slice(0, -1).trimEnd();
    }
    const label = carry + text.slice(labelStart, match.index);
    if (digits === '') carry = label + next;
    else {
      out.push({ label, run: digits });
      carry = next;
    }
    labelStart = end;
  }
  return out;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

interface RowChoice {
  key: string;
  run: string;
  /** Splits whose parts add up to the row's 总计. */
  candidates: number[][];
  /** When none does (a misprinted row), every split: the column identities choose among them. */
  fallback: number[][];
}

/** Rows of table 三 found in glued text, each with the splits of its digits that fit. */
function requestChoices(text: string): RowChoice[] {
  const found = new Set<string>();
  let lastKey: string | null = null;
  const choices: RowChoice[] = [];
  for (const { label, run } of segments(text)) {
    const def = matchRow(label, REQUEST_ROWS as readonly RowMatcher[], found, lastKey);
    if (!def) continue;
    found.add(def.key);
    lastKey = def.key;
    const fitting = splitsAddingUp(run, REQUEST_COLUMN_KEYS.length - 1, ROW_LIMIT) ?? [];
    const fallback = fitting.length > 0 ? [] : (splitsOf(run, REQUEST_COLUMN_KEYS.length, ROW_LIMIT) ?? []);
    choices.push({ key: def.key, run, candidates: fitting, fallback });
  }
  return choices;
}

const OUTCOME_KEYS = REQUEST_ROWS.filter((r) => r.role === 'outcome').map((r) => r.key);

/** Broken column identities (（七）总计 and the 勾稽关系) for one choice of every row. */
function brokenColumns(rows: ReadonlyMap<string, number[]>): number {
  const outcomes: number[][] = [];
  for (const key of OUTCOME_KEYS) {
    const row = rows.get(key);
    if (row) outcomes.push(row);
  }
  const total = rows.get('total');
  const [fresh, over, forward] = [rows.get('new'), rows.get('carriedOver'), rows.get('carriedForward')];
  let broken = 0;
  for (let c = 0; c < REQUEST_COLUMN_KEYS.length; c++) {
    if (!total) break;
    let outcomeSum = 0;
    for (const row of outcomes) outcomeSum += row[c]!;
    if (outcomes.length > 0 && outcomeSum !== total[c]) broken++;
    if (fresh && over && forward && fresh[c]! + over[c]! !== total[c]! + forward[c]!) broken++;
  }
  return broken;
}

/**
 * The split of every row that breaks the fewest column identities, searched jointly: a row that
 * breaks its own identity as printed (a misprint) takes part with all its splits, so that the
 * error shows as printed. Rows where the best combinations differ stay undecided.
 */
function decide(choices: RowChoice[]): { chosen: Map<string, number[]>; undecided: RowChoice[] } {
  const chosen = new Map<string, number[]>();
  const open = choices
    .map((c) => (c.candidates.length === 0 ? { ...c, candidates: c.fallback } : c))
    .filter((c) => {
      if (c.candidates.length === 1) chosen.set(c.key, c.candidates[0]!);
      return c.candidates.length > 1;
    });
  const result =
    open.length === 0
      ? null
      : lowestCombinations(
          open.map((c) => ({ key: c.key, splits: c.candidates })),
          chosen,
          brokenColumns,
          COMBINATION_LIMIT,
        );
  if (!result) return { chosen, undecided: open };
  const { winners } = result;
  const undecided: RowChoice[] = [];
  open.forEach((c, j) => {
    if (winners.every((w) => w[j] === winners[0]![j])) chosen.set(c.key, c.candidates[winners[0]![j]!]!);
    else undecided.push(c);
  });
  return { chosen, undecided };
}

export function recoverRequests(text: string): Extracted<RequestsTable> {
  const choices = requestChoices(text);
  const { chosen, undecided } = decide(choices);
  const facts: Fact[] = undecided.map((c) =>
    fact('structure.ambiguousCells', { table: 'requests', row: c.key, detail: { digits: c.run, ways: c.candidates.length } }),
  );
  for (const c of choices)
    if (c.candidates.length === 0 && c.fallback.length === 0)
      facts.push(fact('structure.cellUnreadable', { table: 'requests', row: c.key, detail: { digits: c.run } }));
  if (chosen.size === 0) return { table: null, facts };
  const rows: RequestsTable['rows'] = {};
  for (const { key } of REQUEST_ROWS) if (chosen.has(key)) rows[key] = chosen.get(key)!;
  facts.unshift(fact('structure.recoveredCells', { table: 'requests', detail: { rows: chosen.size } }));
  return { table: { columns: [...REQUEST_COLUMN_KEYS], rows }, facts };
}

/** Table 四: fifteen numbers in one run, three groups whose first four add up to the fifth. */
export function recoverReviews(text: string): Extracted<ReviewsTable> {
  const run = segments(text)
    .map((s) => s.run)
    .find((r) => r.replace(/\D/g, '').length >= REVIEW_CELLS);
  if (!run) return { table: null, facts: [] };
  const splits = splitsOf(run, REVIEW_CELLS, ROW_LIMIT);
  const addsUp = (group: Record<ReviewFieldKey, number>): boolean => sum(REVIEW_PART_FIELDS.map((f) => group[f])) === group.total;
  const fitting = (splits ?? []).filter((split) => Object.values(reviewTable(split)).every(addsUp));
  // Too many splits to search says no more than that; none that adds up, that the digits do not fit.
  if (splits === null) return { table: null, facts: [fact('structure.ambiguousCells', { table: 'reviews', detail: { digits: run } })] };
  if (fitting.length === 0)
    return { table: null, facts: [fact('structure.cellUnreadable', { table: 'reviews', detail: { digits: run, nearest: nearestReviews(splits) } })] };
  if (fitting.length > 1)
    return { table: null, facts: [fact('structure.ambiguousCells', { table: 'reviews', detail: { digits: run, ways: fitting.length } })] };
  return { table: reviewTable(fitting[0]!), facts: [fact('structure.recoveredCells', { table: 'reviews', detail: { rows: REVIEW_GROUPS.length } })] };
}

/** How many of the nearest splits a finding shows. */
const NEAREST_SHOWN = 3;

/**
 * Glued digits of table 四 that no split makes add up: the printed digits cannot all be right.
 * The nearest splits are those where one group alone fails, each with what it would mean.
 */
function nearestReviews(splits: readonly number[][]): NearSplit[] {
  const near: NearSplit[] = [];
  for (const split of splits) {
    const table = reviewTable(split);
    const broken = REVIEW_GROUPS.filter(({ key }) => sum(REVIEW_PART_FIELDS.map((f) => table[key][f])) !== table[key].total);
    if (broken.length !== 1) continue;
    const group = table[broken[0]!.key];
    near.push({ cells: split, group: broken[0]!.key, total: group.total, parts: sum(REVIEW_PART_FIELDS.map((f) => group[f])) });
  }
  return near.sort((a, b) => Math.abs(a.total - a.parts) - Math.abs(b.total - b.parts)).slice(0, NEAREST_SHOWN);
}

/** Table 二 has no sums to go by: a row is recovered only when its digits split one way. */
export function recoverActive(text: string, template: TableTemplate): Extracted<ActiveTable> {
  const defs = ACTIVE_ROWS[template];
  const found = new Set<string>();
  const table: ActiveTable = {};
  const facts: Fact[] = [];
  for (const { label, run } of segments(text, true)) {
    const def = matchRow(label, defs, found, null);
    if (!def) continue;
    found.add(def.key);
    const fields = defs.find((d) => d.key === def.key)!.fields;
    const splits = run.includes('.')
      ? /^\d+\.\d{1,2}$/.test(run) && fields.length === 1
        ? [[Number(run)]]
        : []
      : (splitsOf(run, fields.length, ROW_LIMIT) ?? []);
    if (splits.length === 1) table[def.key] = Object.fromEntries(fields.map((f, i) => [f.key, splits[0]![i]! as Cell]));
    else if (splits.length > 1)
      facts.push(fact('structure.ambiguousCells', { table: 'active', row: def.key, detail: { digits: run, ways: splits.length }, candidates: splits }));
    else facts.push(fact('structure.cellUnreadable', { table: 'active', row: def.key, detail: { digits: run } }));
  }
  if (Object.keys(table).length === 0) return { table: null, facts };
  return { table, facts: [fact('structure.recoveredCells', { table: 'active', detail: { rows: Object.keys(table).length } }), ...facts] };
}

/** The headings that bound the glued tables, made once: regions() runs for every glued report. */
const ACTIVE_HEADING = new RegExp(ACTIVE_SECTION.words, 'g');
const REVIEWS_HEADING = new RegExp(REVIEWS_SECTION.words, 'g');
const AFTER_REVIEWS = new RegExp(`五、|${PROBLEMS_SECTION.words}`);

/** Where each table's glued text starts and ends, by the first row of each. */
function regions(text: string): { active: string; requests: string; reviews: string } {
  const requestsStart = text.search(/(?:一、)?本年新收政府信息公开申请数量/);
  if (requestsStart < 0) return { active: '', requests: '', reviews: '' };
  // Table 二's heading is the last before table 三: the body may name it earlier.
  const activeStart = [...text.slice(0, requestsStart).matchAll(ACTIVE_HEADING)].at(-1)?.index ?? -1;
  REVIEWS_HEADING.lastIndex = requestsStart;
  const reviewsStart = REVIEWS_HEADING.exec(text)?.index ?? -1;
  const requestsEnd = reviewsStart < 0 ? text.length : reviewsStart;
  const end = reviewsStart < 0 ? -1 : text.slice(reviewsStart).search(AFTER_REVIEWS);
  return {
    active: activeStart < 0 ? '' : text.slice(activeStart, text.lastIndexOf('三、', requestsStart)),
    requests: text.slice(requestsStart, requestsEnd),
    reviews: reviewsStart < 0 ? '' : text.slice(reviewsStart, end < 0 ? undefined : reviewsStart + end),
  };
}

export interface GluedTables {
  template: TableTemplate | null;
  requests: Extracted<RequestsTable>;
  reviews: Extracted<ReviewsTable>;
  active: Extracted<ActiveTable>;
}

/** All three tables of a report whose web tables were flattened without separators. */
export function extractGlued(text: string, templateOf: (activeText: string, requests: RequestsTable | null) => TableTemplate | null): GluedTables {
  const parts = regions(text.replace(/\s+/g, ' '));
  const requests = recoverRequests(parts.requests);
  const template = templateOf(parts.active, requests.table);
  return { template, requests, reviews: recoverReviews(parts.reviews), active: recoverActive(parts.active, template ?? '2021') };
}
