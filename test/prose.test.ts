import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractProse, numberWordsAsDigits } from '../src/prose/extract.js';
import { chineseNumber } from '../src/prose/numbers.js';
import { checkProse } from '../src/rules/engine.js';

/** What numberWordsAsDigits does, as the single pattern it replaced (slower: tried at every character). */
const NUMBER_WORDS = /([零〇一二两三四五六七八九十百千]+)(?=件|人次|条)|([〇零一二三四五六七八九]{4})(?=年)/g;
const byPattern = (text: string): string => text.replace(NUMBER_WORDS, (words) => String(chineseNumber(words)));

const value = (text: string, key: string): number | undefined => extractProse(text).find((f) => f.key === key)?.value;

describe('prose figures', () => {
  it.each([
    ['三', 3],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['二〇二〇', 2020],
  ])('%s is %d', (words, number) => expect(chineseNumber(words)).toBe(number));

  it('reads numbers written as words and with thousands separators', () => {
    expect(value('全年共受理政府信息公开申请1,468件，其中当面申请909件。', 'requests.received')).toBe(1468);
    expect(value('全年发生行政复议案三件，其中维持具体行政行为数二件，其他情形一件。', 'reviews.total')).toBe(3);
    expect(value('全年发生行政复议案三件，其中维持具体行政行为数二件，其他情形一件。', 'reviews.maintained')).toBe(2);
  });

  it('joins lines with the spaces and tabs around their breaks, and reads a numeral before 人次 or after a break', () => {
    expect(value('全年接受群众咨询 \t\n  十二人次。', 'consultations')).toBe(12);
    expect(value('本年度行政复议\n\t二\n件。', 'reviews.total')).toBe(2);
    expect(value('本年度行政复议 2 件。', 'reviews.total')).toBe(2);
  });

  it('makes number words digits exactly where the pattern would, in any text', () => {
    const pieces = ['零', '〇', '一', '二', '两', '三', '十', '百', '千', '九', '件', '人次', '人', '次', '条', '年', '第', '，', 'a', '1', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => numberWordsAsDigits(parts.join('')) === byPattern(parts.join(''))),
      { numRuns: 2000 },
    );
    expect(numberWordsAsDigits('第二十条，二〇二〇年共三件，一二〇二一年')).toBe('第20条，2020年共3件，一2021年');
  });

  it('does not take a reply to deputies’ proposals for a reply to applications', () => {
    expect(value('公开提案办理结果6件（包括再次答复2件）。', 'requests.answered')).toBeUndefined();
  });

  it('ends a 其中 list where the sentence goes on to another total or statement, across PDF line breaks', () => {
    const text =
      '政府信息公开行政复议 351\n件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚\n未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25 件。全县共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件；共办理 718 件，结转下一年 31 件。';
    const figures = extractProse(text);
    expect(figures.filter((f) => f.key.startsWith('reviews.')).map((f) => [f.key, f.value])).toEqual([
      ['reviews.total', 351],
      ['reviews.maintained', 72],
      ['reviews.corrected', 64],
      ['reviews.other', 178],
      ['reviews.pending', 37],
    ]);
    expect(figures.filter((f) => f.key.startsWith('requests.received')).map((f) => f.value)).toEqual([749, 741, 8]);
  });

  it('keeps the phrase each figure came from', () => {
    const [figure] = extractProse('本年度未收到过政府信息公开的申请。');
    expect(figure).toEqual({ key: 'requests.received', value: 0, unit: '件', text: '未收到过政府信息公开的申请' });
  });

  it('reads a long 其中 list and a clause of a hundred thousand digits in one pass each', { timeout: 20_000 }, () => {
    // Each once took minutes: every part filtered the whole list, and a lazy label backtracked over every digit.
    const list = extractProse(`全年受理申请5件，其中${'1件，'.repeat(20_000)}。`);
    expect(list.filter((f) => f.key.startsWith('requests.received.part'))).toHaveLength(20_000);
    expect(
      checkProse(list, { active: null, requests: null, reviews: null, legacy: null }, { year: null, agency: null }).map((f) => [f.rule, f.left, f.right]),
    ).toEqual([['prose.breakdown', 5, 20_000]]);
    expect(extractProse(`全年受理申请5件，其中${'1'.repeat(100_000)}x。`).map((f) => f.key)).toEqual(['requests.received']);
    // The part read from its end is the one the pattern read: label, the digits before the unit, the unit.
    expect(extractProse('全年受理申请12件，其中当面申请 9 件，网上申请3人次。').map((f) => [f.key, f.value, f.unit])).toEqual([
      ['requests.received', 12, '件'],
      ['requests.received.inPerson', 9, '件'],
      ['requests.received.online', 3, '人次'],
    ]);
  });
});
