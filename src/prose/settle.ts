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

/** A glued row's cells in the order of its splits: the key each is kept under, and the key of the text's figure for it. */
function cellsOf(f: Fact, template: Template): { cell: string; stated: string }[] {
  if (f.table === 'legacy') return [f.row!, `${f.row}.cumulative`].map((cell) => ({ cell, stated: cell }));
  const def = template === '2019' || template === '2021' ? ACTIVE_ROWS[template].find((d) => d.key === f.row) : undefined;
  return (def?.fields ?? []).map((field) => ({ cell: field.key, stated: `active.${f.row}.${field.key}` }));
}

/** The row's cells by key, when exactly one split agrees with what the text states for it. */
function settledRow(f: Fact, stated: Map<string, ProseFigure>, template: Template): { values: Record<string, Cell>; text: string } | null {
  if (f.rule !== 'structure.ambiguousCells' || !f.row || !f.candidates || (f.table !== 'legacy' && f.table !== 'active')) return null;
  const cells = cellsOf(f, template).map(({ cell, stated: key }) => ({ cell, figure: stated.get(key) }));
  const figures = cells.flatMap(({ figure }) => (figure ? [figure] : []));
  if (figures.length === 0) return null;
  const fitting = f.candidates.filter((split) => cells.every(({ figure }, i) => figure === undefined || split[i] === figure.value));
  if (fitting.length !== 1) return null;
  const values = Object.fromEntries(cells.map(({ cell }, i) => [cell, fitting[0]![i]!]));
  return { values, text: figures.map((figure) => figure.text).join('」「') };
}

export function settleByText(tables: Tables, facts: readonly Fact[], prose: readonly ProseFigure[], template: Template): { tables: Tables; facts: Fact[] } {
  const stated = new Map(prose.map((f) => [f.key, f]));
  let settled = tables;
  const out = facts.map((f) => {
    const found = settledRow(f, stated, template);
    if (!found) return f;
    settled =
      f.table === 'legacy'
        ? { ...settled, legacy: { ...settled.legacy, ...found.values } }
        : { ...settled, active: { ...settled.active, [f.row!]: found.values } as ActiveTable };
    return fact('structure.recoveredCells', { table: f.table, row: f.row, detail: { rows: 1, text: found.text } });
  });
  return settled === tables ? { tables, facts: [...facts] } : { tables: settled, facts: out };
}
