import { fact, type Fact } from '../findings/fact.js';
import { ACTIVE_ROWS } from '../template/index.js';
import type { ActiveTable, Cell, ProseFigure, Tables, Template } from '../types.js';

/**
 * Glued figures that split several ways, settled by the text. 平潭县 2012's `20263542` (主动公开
 * 信息数, this year and cumulative) is 2026 and 3542 because the text says 主动公开政府信息2026条;
 * 平潭 2022's table 二 `8855698` (行政规范性文件) is 88, 55 and 698 because the text says 制发88件 and
 * 现行有效698件. A row is set only when exactly one split agrees with every figure the text states
 * for it; the ambiguity's warning becomes a note that says how it was settled.
 */

/** The text's figure for each of a glued row's cells, in the order of the row's splits; none when the text states none. */
function statedCells(f: Fact, stated: Map<string, ProseFigure>, template: Template): (ProseFigure | undefined)[] {
  if (f.table === 'legacy') return [stated.get(f.row!)];
  const def = template === '2019' || template === '2021' ? ACTIVE_ROWS[template].find((d) => d.key === f.row) : undefined;
  return def ? def.fields.map((field) => stated.get(`active.${f.row}.${field.key}`)) : [];
}

function settledSplit(f: Fact, stated: Map<string, ProseFigure>, template: Template): { split: number[]; text: string } | null {
  if (f.rule !== 'structure.ambiguousCells' || !f.row || !f.candidates || (f.table !== 'legacy' && f.table !== 'active')) return null;
  const cells = statedCells(f, stated, template);
  if (cells.every((cell) => cell === undefined)) return null;
  const fitting = f.candidates.filter((split) => cells.every((cell, i) => cell === undefined || split[i] === cell.value));
  return fitting.length === 1 ? { split: fitting[0]!, text: cells.flatMap((cell) => (cell ? [cell.text] : [])).join('」「') } : null;
}

export function settleByText(tables: Tables, facts: readonly Fact[], prose: readonly ProseFigure[], template: Template): { tables: Tables; facts: Fact[] } {
  const stated = new Map(prose.map((f) => [f.key, f]));
  let settled = tables;
  const out = facts.map((f) => {
    const found = settledSplit(f, stated, template);
    if (!found) return f;
    const { split, text } = found;
    if (f.table === 'legacy') {
      settled = { ...settled, legacy: { ...settled.legacy, [f.row!]: split[0]!, [`${f.row}.cumulative`]: split[1]! } };
    } else {
      const fields = ACTIVE_ROWS[template as '2019' | '2021'].find((d) => d.key === f.row)!.fields;
      const row = Object.fromEntries(fields.map((field, i) => [field.key, split[i]! as Cell]));
      settled = { ...settled, active: { ...settled.active, [f.row!]: row } as ActiveTable };
    }
    return fact('structure.recoveredCells', { table: f.table, row: f.row, detail: { rows: 1, text } });
  });
  return settled === tables ? { tables, facts: [...facts] } : { tables: settled, facts: out };
}
