import type { Extracted } from './extracted.js';
import { toGrid } from '../grid/index.js';
import { fact } from '../findings/fact.js';
import { LEGACY_GROUPS, LEGACY_ROWS, LEGACY_SUMS, LOCAL_LEGACY_ROWS, LOCAL_PUBLISHED_SUM, type LegacyRowDef, type LegacySum } from '../template/index.js';
import type { Cell, Fact } from '../types.js';
import { compactLabel } from '../text/normalise.js';
import { lowestCombinations } from './combinations.js';
import { segments } from './glued.js';
import { splitsOf } from './segment.js';

/** The header of the table: 统计指标 | 单位 | 统计数, or the local 指标名称 | 计量单位 | 年度 | 历年累计. */
export const LEGACY_HEADER = /统计指标|指标名称/;

/** The line of the legacy table's header: a short line, or the local form's anywhere in a crawled page. */
export function legacyHeaderLine(compact: readonly string[]): number {
  return compact.findIndex((line) => (line.length <= 40 && LEGACY_HEADER.test(line)) || LOCAL_HEADER.test(line));
}
const LOCAL_HEADER = /指标名称/;
const LOCAL_HEADER_SPACED = /指\s*标\s*名\s*称/;
const UNIT = /^(?:条|件|个|人|人次|次|篇|万元|元|项)$/;
const TRAILING_UNIT = /(?:条|件|个|人次|人|元)$/;
/** The local table sits on one or two lines of a crawled page; this much text after its header holds it. */
const LOCAL_SPAN = 3000;

function matchLegacy(compact: string, found: ReadonlySet<string>, group: string | null, rows: readonly LegacyRowDef[] = LEGACY_ROWS): LegacyRowDef | null {
  let best: LegacyRowDef | null = null;
  let bestLength = 0;
  for (const def of rows) {
    if (found.has(def.key) || (def.within !== undefined && def.within !== group)) continue;
    for (const keyword of def.keywords) {
      if (keyword.length > bestLength && compact.includes(keyword)) {
        best = def;
        bestLength = keyword.length;
      }
    }
  }
  return best;
}

/**
 * The legacy table from the line after its header: each row's label (the unit cell set aside),
 * its figure for the year, and where a second figure follows, the cumulative one under
 * `<key>.cumulative` — never mixed with the year's.
 */
export function extractLegacy(lines: readonly string[], header: number, cells?: ReadonlyMap<number, readonly string[]>): Extracted<Record<string, Cell>> {
  if (LOCAL_HEADER.test(compactLabel(lines[header]!))) {
    const text = lines.slice(header).join(' ');
    return extractLocal(text.slice(text.search(LOCAL_HEADER_SPACED)).slice(0, LOCAL_SPAN));
  }
  const table: Record<string, Cell> = {};
  const found = new Set<string>();
  let group: string | null = null;
  for (const row of toGrid(lines.slice(header + 1), header + 1, cells)) {
    const labels = row.labels.filter((l) => !UNIT.test(l));
    if (labels.length === 0) continue;
    const def = matchLegacy(compactLabel(labels.join('')), found, group);
    if (!def) continue;
    found.add(def.key);
    if (LEGACY_GROUPS.has(def.key)) group = def.key;
    const [year, cumulative] = row.values.map((v) => v.value);
    table[def.key] = year ?? null;
    if (cumulative !== undefined) table[`${def.key}.cumulative`] = cumulative;
  }
  if (found.size === 0) return { table: null, facts: [fact('structure.tableEmpty', { table: 'legacy' })] };
  // In template order, whatever order the report printed its rows in.
  const ordered: Record<string, Cell> = {};
  for (const { key } of LEGACY_ROWS) {
    if (key in table) ordered[key] = table[key]!;
    if (`${key}.cumulative` in table) ordered[`${key}.cumulative`] = table[`${key}.cumulative`]!;
  }
  return { table: ordered, facts: [] };
}

/** A run of digits as (year, cumulative): spaces where the page kept them, else every split with cumulative ≥ year. */
function yearAndCumulative(run: string): number[][] {
  const pieces = run.split(' ');
  if (pieces.length > 1) return pieces.length === 2 ? [pieces.map(Number)] : [];
  // A lone digit is the year's figure with the cumulative left out (平潭 2013: 政府公报公开 条 0).
  if (run.length === 1) return [[Number(run)]];
  return (splitsOf(run, 2, 100) ?? []).filter(([year, cumulative]) => cumulative! >= year!);
}

/** Totals of the local form and their parts: they decide glued figures that split more than one way. */
/** The sums that pick among a local row's splits. */
const LOCAL_SUMS: readonly LegacySum[] = [LOCAL_PUBLISHED_SUM, ...LEGACY_SUMS];
/** Combinations of undecided rows tried against the sums. */
const COMBINATION_LIMIT = 20_000;

interface LocalRow {
  key: string;
  run: string;
  splits: number[][];
}

/** Whether a sum holds, for the year's figures and the cumulative ones, given one split per row. */
function holds([total, parts]: LegacySum, values: ReadonlyMap<string, number[]>): boolean {
  const whole = values.get(total);
  const present = parts.map((p) => values.get(p)).filter((v) => v !== undefined);
  if (!whole) return true;
  return [0, 1].every(
    (column) => whole[column] === undefined || present.some((p) => p[column] === undefined) || present.reduce((n, p) => n + p[column]!, 0) === whole[column],
  );
}

/**
 * Rows whose run splits several ways, settled by the sum they take part in: only when exactly
 * one choice makes the sum hold. A table that does not add up as printed (平潭县 2013) settles
 * nothing — the fewest broken sums would be a guess.
 */
function settle(rows: LocalRow[]): Map<string, number[]> {
  const chosen = new Map(rows.filter((r) => r.splits.length === 1).map((r) => [r.key, r.splits[0]!]));
  for (const sum of LOCAL_SUMS) {
    const members = new Set([sum[0], ...sum[1]]);
    const open = rows.filter((r) => r.splits.length > 1 && members.has(r.key));
    if (open.length === 0) continue;
    const result = lowestCombinations(open, chosen, (values) => (holds(sum, values) ? 0 : 1), COMBINATION_LIMIT);
    if (result && result.best === 0 && result.winners.length === 1) open.forEach((r, j) => chosen.set(r.key, r.splits[result.winners[0]![j]!]!));
  }
  return chosen;
}

/**
 * The local 指标名称 form, as crawled pages leave it: every row on one line, its unit glued to its
 * label and, often, its two figures glued together (`主动公开文件数条212210037` is 2122 and
 * 10037). A run is split where cumulative ≥ year leaves one way, or where the table's sums pick
 * one; what still splits more than one way is left out with a finding, never guessed.
 */
function extractLocal(text: string): Extracted<Record<string, Cell>> {
  const found = new Set<string>();
  const rows: LocalRow[] = [];
  for (const { label, run } of segments(text.replace(/\s+/g, ' '))) {
    const def = matchLegacy(compactLabel(label).replace(TRAILING_UNIT, ''), found, null, LOCAL_LEGACY_ROWS);
    if (!def) continue;
    found.add(def.key);
    rows.push({ key: def.key, run, splits: yearAndCumulative(run) });
  }
  if (rows.length === 0) return { table: null, facts: [] };
  const chosen = settle(rows);
  const table: Record<string, Cell> = {};
  const facts: Fact[] = [];
  let recovered = 0;
  for (const { key, run, splits } of rows) {
    const split = chosen.get(key);
    if (!split) {
      if (splits.length === 0) facts.push(fact('structure.cellUnreadable', { table: 'legacy', row: key, detail: { digits: run } }));
      else
        facts.push(
          fact('structure.ambiguousCells', {
            table: 'legacy',
            row: key,
            detail: { digits: run, ways: splits.length },
            ...(splits.length > 1 ? { candidates: splits } : {}),
          }),
        );
      continue;
    }
    table[key] = split[0]!;
    if (split[1] !== undefined) table[`${key}.cumulative`] = split[1];
    if (!run.includes(' ') && run.length > 1) recovered++;
  }
  if (recovered > 0) facts.unshift(fact('structure.recoveredCells', { table: 'legacy', detail: { rows: recovered } }));
  return { table: Object.keys(table).length > 0 ? table : null, facts };
}
