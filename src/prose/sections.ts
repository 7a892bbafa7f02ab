import type { ProseFigure } from '../types.js';

/** The six sections of the 2019 and 2021 forms, by the words of their headings. */
const SECTIONS: readonly RegExp[] = [
  /一、总体情况/,
  /二、主动公开政府信息情况/,
  /三、收到和处理政府信息公开申请情况/,
  /四、政府信息公开行政复议、?行政诉讼情况/,
  /五、(?:政府信息公开工作)?存在的主要问题及改进情况/,
  /六、其他需要报告的事项/,
];

/**
 * The form's section headings the text has, as figures `form.section.<n>` whose value is the
 * place the heading comes in among those found (1 for the first): a section missing has none, a
 * section out of order a place other than its number's.
 */
export function extractSections(text: string): ProseFigure[] {
  const compact = text.replace(/\s+/g, '');
  const found = SECTIONS.map((pattern, i) => ({ n: i + 1, match: pattern.exec(compact) })).filter((s) => s.match !== null);
  const byPlace = [...found].sort((a, b) => a.match!.index - b.match!.index);
  return found.map(({ n, match }) => ({ key: `form.section.${n}`, value: byPlace.findIndex((s) => s.n === n) + 1, unit: 'heading', text: match![0] }));
}
