import { fact } from '../findings/fact.js';
import type { Completeness, Fact, ProseFigure, StatedFigure, StatedList } from '../types.js';
import { breakdowns, sharesAreWhole, type Breakdown } from './prose-figures.js';
import type { ProseRule } from './types.js';

/** Counts are whole; a share of 万元 is not listed: a hair's difference is the sum of printed decimals. */
const EPSILON = 1e-6;

const sumOf = (list: StatedList): number => list.parts.reduce((n, p) => n + p.value, 0);

/** Whether the parts fit a total: no more than it, and all of it when the list is complete. */
function holds(list: StatedList, total: StatedFigure): boolean {
  const sum = sumOf(list);
  return list.complete ? Math.abs(sum - total.value) < EPSILON : sum <= total.value + EPSILON;
}

/**
 * The key of what a total counts, where a figure the text's phrases name (requests.received,
 * reviews.total …) is the same figure of the same sentence: the finding then points at it.
 */
function subjectOf(prose: readonly ProseFigure[], list: StatedList, total: StatedFigure): string | null {
  const named = prose.find(
    (f) => f.value === total.value && f.unit === total.unit && !f.key.endsWith('.percent') && list.text.includes(f.text.split('……').at(-1)!),
  );
  return named?.key ?? null;
}

/**
 * Breakdowns the text's phrases name (a total and the parts keyed under it) that no list of the
 * statement reader holds: those spread over sentences, as a 主动公开 total and its offices'
 * counts. Complete when 行政复议/行政诉讼 list their three results (and 尚未审结 where the text
 * knows it), or when the parts' shares make 100 %.
 */
const RESULTS = ['maintained', 'corrected', 'other'];

function keyedComplete(breakdown: Breakdown): Completeness | null {
  if (sharesAreWhole(breakdown)) return 'shares';
  const { total, parts } = breakdown;
  if (total.key !== 'reviews.total' && total.key !== 'litigation.total') return null;
  const kinds = parts.map((p) => p.key.split('.').at(-1)!);
  const results = RESULTS.every((k) => kinds.includes(k)) && (kinds.includes('pending') || !/审结|未结/.test(parts.map((p) => p.text).join('')));
  return results ? 'results' : null;
}

function keyedFindings(prose: readonly ProseFigure[], lists: readonly StatedList[]): Fact[] {
  // A total some list reads is the statement reader's to judge (a miss at worst, where two subjects share a figure).
  const held = (figure: ProseFigure): boolean => lists.some((l) => l.totals.some((t) => t.value === figure.value && t.unit === figure.unit));
  return breakdowns(prose).flatMap((breakdown) => {
    const { total, parts } = breakdown;
    if (held(total)) return [];
    const sum = parts.reduce((n, p) => n + p.value, 0);
    const complete = keyedComplete(breakdown);
    if (complete ? sum === total.value : sum <= total.value) return [];
    const detail = { text: total.text, complete, readings: [{ label: total.text, total: total.value, holds: false }] };
    return [fact('prose.breakdown', { row: total.key, left: total.value, right: sum, detail })];
  });
}

/**
 * Every list the text states, checked for its own arithmetic whatever its subject. Which figure
 * the parts are of can be read more than one way (the figure just before 其中, or the list before
 * it): an error when every reading fails, with each reading in its detail; nothing when one holds.
 */
export const proseBreakdown: ProseRule = {
  id: 'prose.breakdown',
  check(prose, _tables, _about, lists = []) {
    const stated = lists.flatMap((list) => {
      const readings = list.totals.map((total) => ({ label: total.label, total: total.value, holds: holds(list, total) }));
      const failing = list.totals.filter((_, i) => !readings[i]!.holds);
      if (failing.length < list.totals.length) return [];
      // The reading nearest the parts is the one the finding states: wrong even so.
      const sum = sumOf(list);
      const total = failing.reduce((best, t) => (Math.abs(t.value - sum) < Math.abs(best.value - sum) ? t : best));
      return [
        fact('prose.breakdown', {
          row: subjectOf(prose, list, total),
          left: total.value,
          right: sum,
          detail: { text: list.text, complete: list.complete, readings },
        }),
      ];
    });
    return [...stated, ...keyedFindings(prose, lists)];
  },
};
