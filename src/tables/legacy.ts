import { toGrid } from '../grid/index.js';
import { LEGACY_GROUPS, LEGACY_ROWS, type LegacyRowDef } from '../template/index.js';
import type { Cell, Fact } from '../types.js';
import { compactLabel } from '../text/normalise.js';

export interface ExtractedLegacy {
  table: Record<string, Cell> | null;
  facts: Fact[];
}

/** The header of the table: 统计指标 | 单位 | 统计数, or the local 指标名称 | 计量单位 | 年度 | 历年累计. */
export const LEGACY_HEADER = /统计指标|指标名称/;
const UNIT = /^(?:条|件|个|人|人次|次|篇|万元|元|项)$/;

function matchLegacy(compact: string, found: ReadonlySet<string>, group: string | null): LegacyRowDef | null {
  let best: LegacyRowDef | null = null;
  let bestLength = 0;
  for (const def of LEGACY_ROWS) {
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
export function extractLegacy(lines: readonly string[], header: number): ExtractedLegacy {
  const table: Record<string, Cell> = {};
  const found = new Set<string>();
  let group: string | null = null;
  for (const row of toGrid(lines.slice(header + 1), header + 1)) {
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
  if (found.size === 0) return { table: null, facts: [{ rule: 'structure.tableEmpty', table: 'legacy', row: null, column: null, left: null, right: null, suspect: null }] };
  // In template order, whatever order the report printed its rows in.
  const ordered: Record<string, Cell> = {};
  for (const { key } of LEGACY_ROWS) {
    if (key in table) ordered[key] = table[key]!;
    if (`${key}.cumulative` in table) ordered[`${key}.cumulative`] = table[`${key}.cumulative`]!;
  }
  return { table: ordered, facts: [] };
}
