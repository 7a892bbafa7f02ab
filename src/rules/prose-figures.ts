import { partKey } from '../prose/extract.js';
import { fact } from '../facts.js';
import type { Fact, ProseFigure } from '../types.js';

/** A stated total with the parts listed under its 其中, and the percentages given for them. */
export interface Breakdown {
  total: ProseFigure;
  parts: ProseFigure[];
  percents: Map<string, ProseFigure>;
}

export function breakdowns(prose: readonly ProseFigure[]): Breakdown[] {
  const byKey = new Map(prose.map((f) => [f.key, f]));
  return prose
    .filter((total) => !total.key.endsWith('.percent'))
    .map((total) => {
      const prefix = partKey(total.key, '');
      const depth = prefix.split('.').length;
      const parts = prose.filter((f) => f !== total && f.key.startsWith(prefix) && !f.key.endsWith('.percent') && f.key.split('.').length === depth);
      const percents = new Map(parts.flatMap((p) => (byKey.has(`${p.key}.percent`) ? [[p.key, byKey.get(`${p.key}.percent`)!] as const] : [])));
      return { total, parts, percents };
    })
    .filter((b) => b.parts.length > 0);
}

export function proseFact(rule: string, figure: ProseFigure, left: number, right: number, detail: Fact['detail']): Fact {
  return fact(rule, { row: figure.key, left, right, detail: { text: figure.text, ...detail } });
}
