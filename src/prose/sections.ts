import { FORM_SECTIONS, headingPattern } from '../template/index.js';
import type { ProseFigure } from '../types.js';

/** The six sections' headings, with their numbers (总体情况 alone is as often a word of a sentence). */
const SECTIONS: readonly RegExp[] = FORM_SECTIONS.map((section) => headingPattern(section, { numbered: true }));

/** A heading of the form the text has: its section's number (1–6), where it starts, and as printed. */
export interface FoundHeading {
  n: number;
  index: number;
  text: string;
}

/** The first heading of each of the form's sections the text has, by section number. */
export function sectionHeadings(text: string): FoundHeading[] {
  return SECTIONS.flatMap((pattern, i) => {
    const match = pattern.exec(text);
    return match ? [{ n: i + 1, index: match.index, text: match[0] }] : [];
  });
}

/**
 * The form's section headings the text has, as figures `form.section.<n>` whose value is the
 * place the heading comes in among those found (1 for the first): a section missing has none, a
 * section out of order a place other than its number's.
 */
export function extractSections(text: string): ProseFigure[] {
  const found = sectionHeadings(text);
  const byPlace = [...found].sort((a, b) => a.index - b.index);
  return found.map(({ n, text: printed }) => ({
    key: `form.section.${n}`,
    value: byPlace.findIndex((s) => s.n === n) + 1,
    unit: 'heading',
    text: printed.replace(/\s+/g, ''),
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
