import { FORM_SECTIONS, headingPattern } from '../template/index.js';
import type { ProseFigure } from '../types.js';

/** The six sections' headings, with their numbers (总体情况 alone is as often a word of a sentence). */
const SECTIONS: readonly RegExp[] = FORM_SECTIONS.map((section) => headingPattern(section, { numbered: true }));

/**
 * The form's section headings the text has, as figures `form.section.<n>` whose value is the
 * place the heading comes in among those found (1 for the first): a section missing has none, a
 * section out of order a place other than its number's.
 */
export function extractSections(text: string): ProseFigure[] {
  const found = SECTIONS.map((pattern, i) => ({ n: i + 1, match: pattern.exec(text) })).filter((s) => s.match !== null);
  const byPlace = [...found].sort((a, b) => a.match!.index - b.match!.index);
  return found.map(({ n, match }) => ({
    key: `form.section.${n}`,
    value: byPlace.findIndex((s) => s.n === n) + 1,
    unit: 'heading',
    text: match![0].replace(/\s+/g, ''),
  }));
}

/** The units a fee may be printed in, by how many yuan one of them is. */
const YUAN: Record<string, number> = { 元: 1, 千元: 1000, 万元: 10000, 亿元: 100000000 };
const FEE_HEADING = /本\s*年\s*收\s*费\s*金\s*额\s*[（(]\s*(?:单\s*位\s*[：:]\s*)?(元|千元|万元|亿元)\s*[)）]/;

/** The unit table 二's fee column is headed with (the 2021 form: 本年收费金额（单位：万元）), as figure `form.feeUnit` in yuan. */
export function extractFeeUnit(text: string): ProseFigure[] {
  const heading = FEE_HEADING.exec(text);
  return heading ? [{ key: 'form.feeUnit', value: YUAN[heading[1]!]!, unit: '元', text: heading[0].replace(/\s+/g, '') }] : [];
}
