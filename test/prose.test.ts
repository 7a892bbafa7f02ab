import { describe, expect, it } from 'vitest';
import { chineseNumber, extractProse } from '../src/prose/extract.js';

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

  it('does not take a reply to deputies’ proposals for a reply to applications', () => {
    expect(value('公开提案办理结果6件（包括再次答复2件）。', 'requests.answered')).toBeUndefined();
  });

  it('keeps the phrase each figure came from', () => {
    const [figure] = extractProse('本年度未收到过政府信息公开的申请。');
    expect(figure).toEqual({ key: 'requests.received', value: 0, unit: '件', text: '未收到过政府信息公开的申请' });
  });
});
