import { toFinding } from './findings/index.js';
import { fact } from './findings/fact.js';
import { agencyKey } from './rules/continuity-carryover.js';
import type { Report } from './types.js';

/**
 * Glued legacy figures that split several ways within one report, settled across the reports of
 * one agency: last year's cumulative + this year's figure = this year's cumulative (平潭 2017's
 * `212210037` is 2122 and 10037 because 2018's `206912106` must be 2069 and 12106). A figure is set
 * only where exactly one pair of splits fits a pair of years and no other pair says otherwise.
 */

type Pair = readonly number[];

interface State {
  known: Map<string, Pair>;
  open: Map<string, Pair[]>;
}

function stateOf(report: Report): State {
  const legacy = report.tables.legacy ?? {};
  const known = new Map<string, Pair>();
  for (const [key, value] of Object.entries(legacy)) {
    const cumulative = legacy[`${key}.cumulative`];
    if (!key.endsWith('.cumulative') && value !== null && cumulative !== undefined && cumulative !== null) known.set(key, [value, cumulative]);
  }
  const open = new Map(report.findings.filter((f) => f.rule === 'structure.ambiguousCells' && f.table === 'legacy' && f.row && f.candidates).map((f) => [f.row!, f.candidates!]));
  return { known, open };
}

/** The reports of each agency with a legacy table, by year; a year held twice chains with nothing. */
function chains(reports: readonly Report[]): number[][] {
  const byAgency = new Map<string, Map<number, number | null>>();
  reports.forEach((report, index) => {
    if (!report.agency || report.year === null || !report.tables.legacy) return;
    const years = byAgency.get(agencyKey(report.agency)) ?? new Map<number, number | null>();
    byAgency.set(agencyKey(report.agency), years);
    years.set(report.year, years.has(report.year) ? null : index);
  });
  return [...byAgency.values()].map((years) =>
    [...years.entries()]
      .filter((entry): entry is [number, number] => entry[1] !== null)
      .sort((a, b) => a[0] - b[0])
      .map(([, index]) => index),
  );
}

function settledReport(report: Report, settled: Map<string, Pair>): Report {
  const legacy = { ...report.tables.legacy };
  for (const [key, [year, cumulative]] of settled) Object.assign(legacy, { [key]: year, [`${key}.cumulative`]: cumulative });
  const notes = [...settled.keys()].map((row) => fact('structure.recoveredCells', { table: 'legacy', row, detail: { rows: 1, series: 1 } }));
  const findings = report.findings.filter((f) => !(f.rule === 'structure.ambiguousCells' && f.row !== null && settled.has(f.row)));
  return { ...report, tables: { ...report.tables, legacy }, findings: [...findings, ...notes.map(toFinding)] };
}

export function settleSeries(reports: readonly Report[]): Report[] {
  const states = reports.map(stateOf);
  const settled = reports.map(() => new Map<string, Pair>());
  for (let round = 0; round < 10; round++) {
    const found = new Map<string, Pair | null>();
    for (const chain of chains(reports)) {
      chain.forEach((index, i) => {
        const next = chain[i + 1];
        if (next === undefined || reports[next]!.year !== reports[index]!.year! + 1) return;
        const [a, b] = [states[index]!, states[next]!];
        for (const key of new Set([...a.open.keys(), ...b.open.keys()])) {
          const options = (s: State): readonly Pair[] | undefined => (s.known.has(key) ? [s.known.get(key)!] : s.open.get(key));
          const [before, after] = [options(a), options(b)];
          if (!before || !after || (a.known.has(key) && b.known.has(key))) continue;
          const fits = before.flatMap((p) => after.filter((q) => p[1]! + q[0]! === q[1]).map((q) => [p, q] as const));
          if (fits.length !== 1) continue;
          for (const [target, pair] of [[index, fits[0]![0]], [next, fits[0]![1]]] as const) {
            if (states[target]!.known.has(key)) continue;
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
      const state = states[Number(target)]!;
      state.known.set(key, pair!);
      state.open.delete(key);
      settled[Number(target)]!.set(key, pair!);
    }
  }
  return reports.map((report, i) => (settled[i]!.size > 0 ? settledReport(report, settled[i]!) : report));
}
