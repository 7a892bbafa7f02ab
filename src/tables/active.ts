import { locatedCells, type Extracted } from './extracted.js';
import type { GridRow } from '../grid/index.js';
import { ACTIVE_ROWS, type TableTemplate } from '../template/index.js';
import type { ActiveTable } from '../types.js';
import { problemFacts } from './problems.js';
import { collectRows } from './rows.js';
import { compactLabel } from '../text/normalise.js';

/** Table 二's longest row name, 其他对外管理服务事项, has ten characters. */
const ROW_NAME = 10;
/** Table 二's rows are not numbered: a row left blank is known by a label as short as their names (规章, 行政许可). */
const rowName = (label: string): boolean => compactLabel(label).length <= ROW_NAME;

/** Table 二: each row of the template with the fields its form prints. */
export function extractActive(grid: readonly GridRow[], template: TableTemplate): Extracted<ActiveTable> {
  const defs = ACTIVE_ROWS[template];
  const widthFields = (key: string): string[] => defs.find((d) => d.key === key)?.fields.map((f) => f.key) ?? [];
  const widthOf = (key: string): number => widthFields(key).length;
  const collected = collectRows(grid, defs, widthOf, undefined, rowName);
  const facts = problemFacts('active', collected, widthOf);
  if (collected.rows.size === 0) return { table: null, facts };
  const table: ActiveTable = {};
  for (const def of defs) {
    const row = collected.rows.get(def.key);
    if (!row) continue;
    table[def.key] = Object.fromEntries(def.fields.map((f, i) => [f.key, row.values[i]!.value]));
  }
  return { table, facts, located: locatedCells('active', collected.rows.values(), (key, i) => widthFields(key)[i]!) };
}
