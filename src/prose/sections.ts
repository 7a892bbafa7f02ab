import type { ProseFigure } from '../types.js';

/** A heading's words, found with any whitespace between them (PDF text spaces and breaks them). */
const spaced = (heading: string): RegExp => new RegExp([...heading].join('\\s*'));

/** The six sections of the 2019 and 2021 forms, by the words of their headings. */
const SECTIONS: readonly RegExp[] = [
  spaced('一、总体情况'),
  spaced('二、主动公开政府信息情况'),
  spaced('三、收到和处理政府信息公开申请情况'),
  /四、\s*政\s*府\s*信\s*息\s*公\s*开\s*行\s*政\s*复\s*议\s*、?\s*行\s*政\s*诉\s*讼\s*情\s*况/,
  /五、\s*(?:政\s*府\s*信\s*息\s*公\s*开\s*工\s*作\s*)?存\s*在\s*的\s*主\s*要\s*问\s*题\s*及\s*改\s*进\s*情\s*况/,
  spaced('六、其他需要报告的事项'),
];

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
