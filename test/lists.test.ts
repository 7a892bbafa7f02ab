import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProse } from '../src/prose/extract.js';
import { checkProse } from '../src/rules/engine.js';
import type { Tables } from '../src/types.js';

const NO_TABLES: Tables = { active: null, requests: null, reviews: null, legacy: null };
const findings = (text: string): string[] => {
  const { figures, lists } = readProse(text);
  return checkProse(figures, NO_TABLES, { year: null, agency: null }, lists).map((f) => f.rule);
};

const LABELS = ['工作动态', '通知公告', '政策解读', '人事信息', '财政信息', '规划计划', '统计数据', '应急管理', '项目建设', '民生保障', '招标采购', '机构概况'];

/** A list as a report might write it: its total, parts, how they are joined and introduced, and whether it is the whole. */
const lists = fc.record({
  total: fc.nat({ max: 3000 }),
  values: fc.array(fc.nat({ max: 500 }), { minLength: 2, maxLength: 12 }),
  separator: fc.constantFrom('，', '、', '；'),
  marker: fc.constantFrom('其中', '其中，', '其中：', '包括', '分别为', ''),
  catchAll: fc.boolean(),
  shares: fc.boolean(),
  /** A list without a marker states its total first (累计N篇，…) or last (…，共计N篇). */
  totalLast: fc.boolean(),
});

type List = typeof lists extends fc.Arbitrary<infer T> ? T : never;

function sentence({ total, values, separator, marker, catchAll, shares, totalLast }: List): string {
  const sum = values.reduce((a, b) => a + b, 0);
  const items = values.map((value, i) => {
    const label = catchAll && i === values.length - 1 ? '其他信息' : LABELS[i]!;
    const share = shares && sum > 0 ? `，占${((100 * value) / sum).toFixed(1)}%` : '';
    return `${label}${value}篇${share}`;
  });
  // A list with no marker is told by its total's 累计 and bare items after a comma, or by 共计 after them.
  if (marker === '' && totalLast) return `本年度刊发稿件：${items.join(separator)}，共计${total}篇。`;
  const lead = marker === '' ? `全年累计刊发稿件${total}篇，` : `全年共刊发稿件${total}篇，${marker}`;
  return `${lead}${items.join(marker === '' && separator === '、' ? '，' : separator)}。`;
}

describe('lists in running text: properties', () => {
  it('random lists give exactly the findings their numbers call for', () => {
    fc.assert(
      fc.property(lists, (list) => {
        const sum = list.values.reduce((a, b) => a + b, 0);
        // The whole: an 其他 item, shares that make 100 %, or 分别为.
        const complete = list.catchAll || (list.shares && sum > 0) || list.marker === '分别为';
        const wrong = complete ? sum !== list.total : sum > list.total;
        expect(findings(sentence(list))).toEqual(wrong ? ['prose.breakdown'] : []);
      }),
      { numRuns: 2000 },
    );
  });

  it('a 其中 after an enumeration is of the enumeration as well as of its last item: wrong only when it exceeds both', () => {
    fc.assert(
      fc.property(fc.nat({ max: 50 }), fc.nat({ max: 50 }), fc.nat({ max: 120 }), (letters, online, involving) => {
        const text = `共收到依申请公开信息${letters + online}件。受理方式为信函${letters}件、网络申请${online}件，其中，涉及项目验收的信息${involving}件。`;
        expect(findings(text)).toEqual(involving > letters + online ? ['prose.breakdown'] : []);
      }),
      { numRuns: 500 },
    );
  });

  // The timeout is the test: a reading that pairs every marker with every figure takes minutes here.
  it('reads a list of 20,000 items, a sentence of 5,000 markers and a clause of 100,000 digits in one pass each', { timeout: 20_000 }, () => {
    const { lists } = readProse(`全年共刊发稿件5篇，其中${'工作动态1篇、'.repeat(20_000)}。${'共1篇，其中1篇，'.repeat(5_000)}。${'1'.repeat(100_000)}篇。`);
    expect(lists[0]!.parts).toHaveLength(20_000);
    // Markers past the fiftieth of a sentence are not read.
    expect(lists.length).toBeLessThanOrEqual(1 + 50);
  });
});
