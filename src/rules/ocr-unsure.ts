import { CATALOGUE } from '../findings/catalogue.js';
import { fact } from '../findings/fact.js';
import { toFinding } from '../findings/index.js';
import type { Explained } from '../findings/phrases.js';
import type { Fact, OcrCell, Report } from '../types.js';
import { IDENTITY_RULES } from './index.js';

/** The unsure cells a warning names: the least sure first; the rest are in the report's source.ocr. */
const NAMED = 5;

/**
 * The unsure cells an error of the tables rests on: those the table stage placed in a cell of
 * its broken identities, or in the label of one of their rows. Where an error's cells are not
 * known (the 2014–2018 table, read without its cells' places), every unsure cell of its table,
 * or of no table, is taken: the cautious side.
 */
function restingOn(f: Fact, unsure: readonly OcrCell[], tables: Report['tables']): OcrCell[] {
  const broken = [{ rule: f.rule, row: f.row, column: f.column }, ...((f.detail as Explained | undefined)?.identities ?? [])];
  const identities = broken.flatMap((b) =>
    (IDENTITY_RULES.find((rule) => rule.id === b.rule)?.identities(tables) ?? []).filter((identity) => identity.row === b.row && identity.column === b.column),
  );
  if (identities.length === 0 || f.table === 'legacy') return unsure.filter((cell) => cell.table === f.table || cell.table === null);
  const terms = identities.flatMap((identity) => [...identity.left, ...identity.right].map((term) => ({ ...term, table: identity.table })));
  return unsure.filter((cell) => terms.some((t) => t.table === cell.table && t.row === cell.row && (cell.column === null || cell.column === t.column)));
}

/**
 * A report read by OCR: an error stands only where every cell it rests on was read with
 * confidence and the rule reads the tables. Otherwise it becomes `ocr.unsure`, a warning that
 * keeps the error's words and place and names the cells to compare with the picture.
 */
export function guardOcr(facts: readonly Fact[], report: Pick<Report, 'source' | 'tables'>): Fact[] {
  const { ocr } = report.source;
  if (!ocr) return [...facts];
  return facts.map((f) => {
    if (CATALOGUE[f.rule].severity !== 'error') return f;
    const readsText = CATALOGUE[f.rule].table === null || f.rule.startsWith('prose.');
    const unsure = readsText ? [] : restingOn(f, ocr.unsure, report.tables);
    if (unsure.length === 0 && !readsText) return f;
    const { table, row, column, left, right, suspect } = f;
    return fact('ocr.unsure', {
      table,
      row,
      column,
      left,
      right,
      suspect,
      detail: { rule: f.rule, message: toFinding(f).message, cells: unsure.slice(0, NAMED) },
    });
  });
}
