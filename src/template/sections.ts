/**
 * The six sections of the 2019 and 2021 forms, 一、总体情况 … 六、其他需要报告的事项, with the
 * words that find each heading. Headings are found in text as it is (PDF text spaces and breaks
 * them: 二、主动公开 政府信息情况), so every pattern allows whitespace between its characters; the
 * same patterns serve lines with their whitespace removed.
 */

const escape = (char: string): string => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A heading's words with any whitespace between them. */
const spaced = (words: string): string => [...words].map(escape).join('\\s*');

export interface FormSection {
  /** 一 … 六. */
  number: string;
  title: string;
  /** The heading's distinctive words, as a pattern source (without its number). */
  words: string;
}

export const FORM_SECTIONS = [
  { number: '一', title: '一、总体情况', words: spaced('总体情况') },
  { number: '二', title: '二、主动公开政府信息情况', words: spaced('主动公开政府信息情况') },
  { number: '三', title: '三、收到和处理政府信息公开申请情况', words: spaced('收到和处理政府信息公开申请情况') },
  // 行政法复议 is a real typo (平潭 2022); 、 is sometimes left out or another mark.
  {
    number: '四',
    title: '四、政府信息公开行政复议、行政诉讼情况',
    words: `(?:${spaced('政府信息公开')}\\s*)?${spaced('行政')}\\s*法?\\s*${spaced('复议')}.{0,3}${spaced('行政诉讼情况')}`,
  },
  {
    number: '五',
    title: '五、存在的主要问题及改进情况',
    words: `(?:${spaced('政府信息公开工作')}\\s*)?${spaced('存在的主要问题')}(?:\\s*${spaced('及改进情况')})?`,
  },
  { number: '六', title: '六、其他需要报告的事项', words: spaced('其他需要报告的事项') },
] as const satisfies readonly FormSection[];

/** The sections' headings found however they are spaced; `numbered`: only with their number (二、), as a heading of the body is written. */
export function headingPattern(section: FormSection, { numbered }: { numbered: boolean }): RegExp {
  return new RegExp(numbered ? `${section.number}\\s*、\\s*${section.words}` : section.words);
}

/** The sections that hold the tables: 二 table 二, 三 table 三, 四 table 四; 五 and 六 follow them. */
export const [, ACTIVE_SECTION, REQUESTS_SECTION, REVIEWS_SECTION, PROBLEMS_SECTION, OTHER_SECTION] = FORM_SECTIONS;
