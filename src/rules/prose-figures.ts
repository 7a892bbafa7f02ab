import { partKey } from '../prose/extract.js';
import type { ProseFigure } from '../types.js';

/** A stated total with the parts listed under its 其中, and the percentages given for them. */
export interface Breakdown {
  total: ProseFigure;
  parts: ProseFigure[];
  percents: Map<string, ProseFigure>;
}

/** The parts' stated shares add up to 100 % (within their rounding): the list is the whole of its total. */
export function sharesAreWhole({ parts, percents }: Breakdown): boolean {
  return parts.length > 1 && parts.every((p) => percents.has(p.key)) && Math.abs(parts.reduce((n, p) => n + percents.get(p.key)!.value, 0) - 100) <= 1;
}

/** A figure's key up to its last part: the prefix its siblings share (requests.received.inPerson → requests.received.). */
const parentPrefix = (key: string): string => key.slice(0, key.lastIndexOf('.') + 1);

/** Each stated total with its parts: the figures whose key is the total's part key plus one word. */
export function breakdowns(prose: readonly ProseFigure[]): Breakdown[] {
  const byKey = new Map(prose.map((f) => [f.key, f]));
  const figures = prose.filter((f) => !f.key.endsWith('.percent'));
  // Grouped once: filtering every figure per figure made a long list quadratic.
  const siblings = new Map<string, ProseFigure[]>();
  for (const f of figures) {
    const prefix = parentPrefix(f.key);
    if (!siblings.has(prefix)) siblings.set(prefix, []);
    siblings.get(prefix)!.push(f);
  }
  return figures
    .map((total) => {
      const parts = (siblings.get(partKey(total.key, '')) ?? []).filter((f) => f !== total);
      const percents = new Map(parts.flatMap((p) => (byKey.has(`${p.key}.percent`) ? [[p.key, byKey.get(`${p.key}.percent`)!] as const] : [])));
      return { total, parts, percents };
    })
    .filter((b) => b.parts.length > 0);
}
