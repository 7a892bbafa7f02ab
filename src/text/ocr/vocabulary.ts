import { ACTIVE_ROWS, FORM_SECTIONS, REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_FIELDS, REVIEW_GROUPS } from '../../template/index.js';

/**
 * The form's own labels, to mend a cell tesseract misread by a character or two (子以公开 for
 * 予以公开, 引危及 for 3.危及, (二)不予处理 for (五)): a cell of the form's tables holds one of its
 * labels or a number, and a label the table stage cannot match is a row lost. A cell is put right
 * only when one label is within a fifth of its length and nearer than every other. The labels come from the template, as
 * the table stage's keywords do.
 */

/** Quotes and brackets as one form and stops left out, so that a “ for a ”, a ( for a （ or a 、 dropped costs nothing. */
const folded = (text: string): string =>
  text
    .replace(/[“”"]/g, '"')
    .replace(/[（(]/g, '(')
    .replace(/[)）]/g, ')')
    .replace(/[\s、.．,，:：;；]+/g, '');

const LABELS: readonly string[] = [
  ...new Set([
    ...REQUEST_ROWS.flatMap((row) => [row.label, ...('group' in row ? [row.group] : [])]),
    ...REQUEST_COLUMNS.map((column) => column.label),
    ...Object.values(ACTIVE_ROWS).flatMap((rows) => rows.flatMap((row) => [row.label, ...row.fields.map((field) => field.label)])),
    ...REVIEW_GROUPS.flatMap((group) => group.label.split('·')),
    ...REVIEW_FIELDS.map((field) => field.label),
    ...FORM_SECTIONS.map((section) => section.title),
    '申请人情况',
    '法人或其他组织',
    // The 2021 form prints its fee heading with the unit spelt out; the template's label is short.
    '本年收费金额（单位：万元）',
  ]),
];
const FOLDED = LABELS.map(folded);

/** Edits a label may be from a cell to be taken for it: one in five characters, at least one. */
const allowed = (length: number): number => Math.max(1, Math.floor(length / 5));
/** How much nearer the nearest label must be than the next: 行政仵可 is 行政许可 (1) and not 行政处罚 (2). */
const MARGIN = 1;

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** A table cell's text read by OCR, or the form's label it is a near miss of. Not for running text. */
export function mendLabel(text: string): string {
  const cell = folded(text);
  if (cell.length < 2 || !/[\u3400-\u9fff]/.test(cell)) return text;
  let [best, bestDistance, second] = [-1, Infinity, Infinity];
  FOLDED.forEach((label, i) => {
    const limit = allowed(label.length) + MARGIN;
    const d = distance(cell, label, limit);
    if (d < bestDistance) [best, bestDistance, second] = [i, d, bestDistance];
    else if (d < second) second = d;
  });
  // The same label but for stops and brackets (3危及 for 3.危及) is the label as the form prints it.
  if (best < 0 || bestDistance > allowed(FOLDED[best]!.length) || second - bestDistance < MARGIN) return text;
  return LABELS[best]!;
}
