import { toFinding } from '../findings/index.js';
import { fact } from '../findings/fact.js';
import { agencyKey } from '../tables/meta.js';
import type { Report } from '../types.js';

/**
 * Glued legacy figures that split several ways within one report, settled across the reports of
 * one agency: last year's cumulative + this year's figure = this year's cumulative (平潭 2017's
 * `212210037` is 2122 and 10037 because 2018's `206912106` must be 2069 and 12106). A figure is set
 * only where exactly one pair of splits fits a pair of years and no other pair says otherwise.
 */

/** A figure as [this year, cumulative]. */
type Pair = readonly number[];

/** What one legacy report brings to its series: the pairs it printed plainly, and the glued ones with their splits. */
export interface SeriesEntry {
  agency: string;
  year: number;
  known: Map<string, Pair>;
  open: Map<string, Pair[]>;
}

export function seriesEntry(report: Report): SeriesEntry | null {
  const legacy = report.tables.legacy;
  if (!report.agency || report.year === null || !legacy) return null;
  const known = new Map<string, Pair>();
  for (const [key, value] of Object.entries(legacy)) {
    const cumulative = legacy[`${key}.cumulative`];
    if (!key.endsWith('.cumulative') && value !== null && cumulative !== undefined && cumulative !== null) known.set(key, [value, cumulative]);
  }
  const open = new Map(
    report.findings.filter((f) => f.rule === 'structure.ambiguousCells' && f.table === 'legacy' && f.row && f.candidates).map((f) => [f.row!, f.candidates!]),
  );
  return { agency: agencyKey(report.agency), year: report.year, known, open };
}

/** The entry as JSON text, small to keep for every legacy report of a long run; null for a report with no series. */
export function keptEntry(entry: SeriesEntry): string {
  return JSON.stringify([entry.agency, entry.year, [...entry.known], [...entry.open]]);
}

export function entryOf(kept: string): SeriesEntry {
  const [agency, year, known, open] = JSON.parse(kept) as [string, number, [string, Pair][], [string, Pair[]][]];
  return { agency, year, known: new Map(known), open: new Map(open) };
}

/** A report that waits for its neighbouring years before it can be checked: glued figures the series may settle. */
export function awaitsSeries(report: Report): boolean {
  return (seriesEntry(report)?.open.size ?? 0) > 0;
}

/** The entries of each agency, by year; a year held twice chains with nothing. */
function chains(entries: readonly SeriesEntry[]): number[][] {
  const byAgency = new Map<string, Map<number, number | null>>();
  entries.forEach((entry, index) => {
    const years = byAgency.get(entry.agency) ?? new Map<number, number | null>();
    byAgency.set(entry.agency, years);
    years.set(entry.year, years.has(entry.year) ? null : index);
  });
  return [...byAgency.values()].map((years) =>
    [...years.entries()]
      .filter((entry): entry is [number, number] => entry[1] !== null)
      .sort((a, b) => a[0] - b[0])
      .map(([, index]) => index),
  );
}

/** For each entry, the glued figures its neighbouring years settle (changing the entries' `known` and `open` as it goes). */
export function settle(entries: readonly SeriesEntry[]): Map<string, Pair>[] {
  const settled = entries.map(() => new Map<string, Pair>());
  for (let round = 0; round < 10; round++) {
    const found = new Map<string, Pair | null>();
    for (const chain of chains(entries)) {
      chain.forEach((index, i) => {
        const next = chain[i + 1];
        if (next === undefined || entries[next]!.year !== entries[index]!.year + 1) return;
        const [a, b] = [entries[index]!, entries[next]!];
        for (const key of new Set([...a.open.keys(), ...b.open.keys()])) {
          const options = (s: SeriesEntry): readonly Pair[] | undefined => (s.known.has(key) ? [s.known.get(key)!] : s.open.get(key));
          const [before, after] = [options(a), options(b)];
          if (!before || !after || (a.known.has(key) && b.known.has(key))) continue;
          const fits = before.flatMap((p) => after.filter((q) => p[1]! + q[0]! === q[1]).map((q) => [p, q] as const));
          if (fits.length !== 1) continue;
          for (const [target, pair] of [
            [index, fits[0]![0]],
            [next, fits[0]![1]],
          ] as const) {
            if (entries[target]!.known.has(key)) continue;
            const id = `${target}\u0000${key}`;
            const earlier = found.get(id);
            // Two pairs of years that disagree about one figure settle nothing.
            found.set(id, earlier === undefined || (earlier && earlier.join() === pair.join()) ? pair : null);
          }
        }
      });
    }
    const progress = [...found].filter(([, pair]) => pair !== null);
    if (progress.length === 0) break;
    for (const [id, pair] of progress) {
      const [target, key] = id.split('\u0000') as [string, string];
      const entry = entries[Number(target)]!;
      entry.known.set(key, pair!);
      entry.open.delete(key);
      settled[Number(target)]!.set(key, pair!);
    }
  }
  return settled;
}

/** The report with the figures its series settled, each said in a note. */
export function settledReport(report: Report, settled: ReadonlyMap<string, Pair>): Report {
  if (settled.size === 0) return report;
  const legacy = { ...report.tables.legacy };
  for (const [key, [year, cumulative]] of settled) Object.assign(legacy, { [key]: year, [`${key}.cumulative`]: cumulative });
  const notes = [...settled.keys()].map((row) => fact('structure.recoveredCells', { table: 'legacy', row, detail: { rows: 1, series: 1 } }));
  const findings = report.findings.filter((f) => !(f.rule === 'structure.ambiguousCells' && f.row !== null && settled.has(f.row)));
  return { ...report, tables: { ...report.tables, legacy }, findings: [...findings, ...notes.map(toFinding)] };
}
