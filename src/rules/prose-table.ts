import { fact } from '../findings/fact.js';
import type { Fact, ProseFigure, Tables } from '../types.js';
import { COMPARISONS, type Comparison } from './comparisons.js';
import type { About, ProseRule } from './types.js';

/**
 * A sentence that names years, none of them the report's (2022年，全区共收到… in a 2023 report),
 * may be about another year: its figure is compared as a warning only.
 */
function otherYear(text: string, year: number | null): boolean {
  const named = [...text.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]));
  return year !== null && named.length > 0 && !named.includes(year);
}

function compare(c: Comparison, figure: ProseFigure, prose: readonly ProseFigure[], tables: Tables, { year, agency, template }: About): Fact[] {
  const text = c.scopeFrom ? (prose.find((f) => f.key === c.scopeFrom)?.text ?? '') : figure.text;
  const read = c.scope(text, agency);
  const scope = read === 'whole' && otherYear(text, year) ? 'uncertain' : read;
  const printed = c.printed(tables, template);
  if (scope === null || printed === null || printed.accepted.includes(figure.value)) return [];
  const at = { table: c.table, row: c.row, ...(c.column ? { column: c.column } : {}), left: figure.value, right: printed.shown };
  const cells = c.cells ? { cells: c.cells } : {};
  if (scope === 'uncertain') return [fact('prose.tableScope', { ...at, detail: { text: figure.text, ...cells } })];
  return [fact('prose.table', { ...at, detail: { text: figure.text, ...cells, ...(printed.over ? { over: printed.over } : {}) } })];
}

export const proseTable: ProseRule = {
  id: 'prose.table',
  emits: ['prose.table', 'prose.tableScope'],
  check(prose, tables, about) {
    return COMPARISONS.flatMap((c) => {
      const figure = prose.find((f) => f.key === c.key);
      return figure ? compare(c, figure, prose, tables, about) : [];
    });
  },
};
