import { fact, type Fact } from '../findings/fact.js';
import type { ProseFigure, Tables } from '../types.js';

/**
 * Glued legacy figures that split several ways, settled by the text: 平潭县 2012's `20263542`
 * (主动公开信息数, this year and cumulative) is 2026 and 3542 because the text says
 * 主动公开政府信息2026条. A figure is set only when exactly one split gives the year's figure the
 * text states; the ambiguity's warning becomes a note that says how it was settled.
 */
export function settleByText(tables: Tables, facts: readonly Fact[], prose: readonly ProseFigure[]): { tables: Tables; facts: Fact[] } {
  const stated = new Map(prose.map((f) => [f.key, f]));
  const legacy = { ...tables.legacy };
  const out: Fact[] = [];
  for (const f of facts) {
    const figure = f.rule === 'structure.ambiguousCells' && f.table === 'legacy' && f.row ? stated.get(f.row) : undefined;
    const fitting = figure ? (f.candidates ?? []).filter((split) => split[0] === figure.value) : [];
    if (!figure || fitting.length !== 1) {
      out.push(f);
      continue;
    }
    const [year, cumulative] = fitting[0]!;
    Object.assign(legacy, { [f.row!]: year, [`${f.row}.cumulative`]: cumulative });
    out.push(fact('structure.recoveredCells', { table: 'legacy', row: f.row, detail: { rows: 1, text: figure.text } }));
  }
  return out.length === facts.length && out.every((f, i) => f === facts[i]) ? { tables, facts: out } : { tables: { ...tables, legacy }, facts: out };
}
