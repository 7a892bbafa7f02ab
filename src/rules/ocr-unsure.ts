import { CATALOGUE } from '../findings/catalogue.js';
import { fact } from '../findings/fact.js';
import { toFinding } from '../findings/index.js';
import type { Fact, Source } from '../types.js';

/** The unsure cells a warning names: the least sure first; the rest are in the report's source.ocr. */
const NAMED = 5;

/**
 * A report read by OCR: an error stands only where every cell OCR read was read with confidence
 * and the rule reads the tables. Otherwise it becomes `ocr.unsure`, a warning that keeps the
 * error's words and place and names the cells to compare with the picture. Which cells of its
 * table an identity rests on is not known at this stage, so one unsure cell in the table makes
 * each of its errors a warning: the cautious side of the rule, never a false error.
 */
export function guardOcr(facts: readonly Fact[], source: Source): Fact[] {
  const { ocr } = source;
  if (!ocr) return [...facts];
  return facts.map((f) => {
    if (CATALOGUE[f.rule].severity !== 'error') return f;
    const readsText = CATALOGUE[f.rule].table === null || f.rule.startsWith('prose.');
    // The unsure cells of the table the error is in (or of a table whose heading OCR missed).
    const unsure = ocr.unsure.filter((cell) => cell.table === f.table || cell.table === null);
    if (unsure.length === 0 && !readsText) return f;
    const { table, row, column, left, right, suspect } = f;
    const cells = readsText ? [] : unsure.slice(0, NAMED);
    return fact('ocr.unsure', { table, row, column, left, right, suspect, detail: { rule: f.rule, message: toFinding(f).message, cells } });
  });
}
