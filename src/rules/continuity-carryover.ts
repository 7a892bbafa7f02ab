import { REQUEST_COLUMN_KEYS } from '../template/index.js';
import { fact } from '../findings/fact.js';
import type { Fact } from '../types.js';
import type { ChainLink } from './chain-link.js';

/**
 * Year N's 结转下年度 against year N+1's 上年结转, per column. A part column that differs makes the
 * 总计 column differ too: said once, where it starts. Filed on `on`: the later year, unless
 * the later one was already written out when the earlier one came (streaming output).
 */
export function compareLinks(earlier: ChainLink, later: ChainLink, on: 'later' | 'earlier' = 'later'): Fact[] {
  if (!earlier.carriedForward || !later.carriedOver) return [];
  const differing = REQUEST_COLUMN_KEYS.map((column, i) => ({
    column,
    over: later.carriedOver![i] ?? null,
    forward: earlier.carriedForward![i] ?? null,
  })).filter(({ over, forward }) => over !== null && forward !== null && over !== forward);
  const parts = differing.filter((d) => d.column !== 'total');
  return (parts.length ? parts : differing).map(({ column, over, forward }): Fact =>
    on === 'later'
      ? fact('continuity.carryover', {
          table: 'requests',
          row: 'carriedOver',
          column,
          left: over,
          right: forward,
          detail: { previousYear: earlier.year, previousFile: earlier.path },
        })
      : fact('continuity.carryover', {
          table: 'requests',
          row: 'carriedForward',
          column,
          left: forward,
          right: over,
          detail: { nextYear: later.year, nextFile: later.path },
        }),
  );
}
