import { describe, expect, it } from 'vitest';
import { readProse } from '../src/prose/extract.js';
import { checkProse, checkTables } from '../src/rules/engine.js';
import { IDENTITY_RULES, PROSE_RULES, type IdentityRule, type ProseRule } from '../src/rules/index.js';
import type { About } from '../src/rules/types.js';
import { REQUEST_ROW_KEYS } from '../src/template/index.js';
import type { Tables } from '../src/types.js';

/**
 * Each rule alone, in ESLint's RuleTester shape: inputs it must accept (`valid`) and inputs it must
 * report, with exactly the findings it gives (`invalid`: rule, row, column). The fixtures check the
 * rules together on whole reports; here each is held to its own definition.
 */
interface Input {
  tables?: Partial<Tables>;
  /** The report's text, for the rules over stated figures. */
  text?: string;
  about?: Partial<About>;
}
interface Invalid extends Input {
  findings: [rule: string, row: string | null, column: string | null][];
}

const NO_TABLES: Tables = { active: null, requests: null, reviews: null, legacy: null };
const ABOUT: About = { year: 2023, agency: '示例市交通运输局', template: '2021' };

function findingsOf(rule: IdentityRule | ProseRule, { tables, text = '', about }: Input): [string, string | null, string | null][] {
  const all = { ...NO_TABLES, ...tables };
  const prose = readProse(text);
  const facts = 'identities' in rule ? checkTables(all, new Set(), [rule]) : checkProse(prose.figures, all, { ...ABOUT, ...about }, prose.lists, [rule]);
  return facts.map((f) => [f.rule, f.row ?? null, f.column ?? null]);
}

const tested = new Set<string>();
function ruleTester(rule: IdentityRule | ProseRule, { valid, invalid }: { valid: Input[]; invalid: Invalid[] }): void {
  tested.add(rule.id);
  describe(rule.id, () => {
    it.each(valid.map((input, i) => [i, input] as const))('valid %i', (_, input) => expect(findingsOf(rule, input)).toEqual([]));
    it.each(invalid.map((input, i) => [i, input] as const))('invalid %i', (_, input) => expect(findingsOf(rule, input)).toEqual(input.findings));
  });
}
const ruleOf = <R extends IdentityRule | ProseRule>(rules: readonly R[], id: string): R => rules.find((r) => r.id === id)!;

/** Table 三 (2021 form) in its first two columns and 总计, the second column the rest: every row 0 but those given. */
function requests(rows: Record<string, [natural: number, total: number]>): Partial<Tables> {
  const wide = (natural: number, total: number) => [natural, total - natural, 0, 0, 0, 0, total];
  const filled = Object.fromEntries(REQUEST_ROW_KEYS.filter((key) => key !== 'other').map((key) => [key, wide(...(rows[key] ?? [0, 0]))]));
  return { requests: { columns: [], rows: filled } } as unknown as Partial<Tables>;
}
const balanced = { new: [5, 8], carriedOver: [1, 2], granted: [4, 7], total: [4, 7], carriedForward: [2, 3] } as Record<string, [number, number]>;

ruleTester(ruleOf(IDENTITY_RULES, 'requests.balance'), {
  valid: [{ tables: requests(balanced) }, { tables: requests({}) }],
  invalid: [
    {
      tables: requests({ ...balanced, carriedForward: [2, 4] }),
      findings: [
        ['requests.balance', null, 'commercial'],
        ['requests.balance', null, 'total'],
      ],
    },
    {
      tables: requests({ ...balanced, new: [6, 9] }),
      findings: [
        ['requests.balance', null, 'natural'],
        ['requests.balance', null, 'total'],
      ],
    },
  ],
});

ruleTester(ruleOf(IDENTITY_RULES, 'requests.total'), {
  valid: [{ tables: requests(balanced) }],
  invalid: [
    {
      tables: requests({ ...balanced, partial: [0, 1] }),
      findings: [
        ['requests.total', null, 'commercial'],
        ['requests.total', null, 'total'],
      ],
    },
  ],
});

ruleTester(ruleOf(IDENTITY_RULES, 'requests.columns'), {
  valid: [{ tables: requests(balanced) }],
  invalid: [
    {
      tables: { requests: { columns: [], rows: { ...requests(balanced).requests!.rows, granted: [4, 3, 0, 0, 0, 0, 8] } } } as Partial<Tables>,
      findings: [['requests.columns', 'granted', null]],
    },
  ],
});

const reviews = (review: number[]): Partial<Tables> => {
  const group = ([maintained, corrected, other, pending, total]: number[]) => ({ maintained, corrected, other, pending, total });
  const zero = group([0, 0, 0, 0, 0]);
  return { reviews: { review: group(review), litigationDirect: zero, litigationAfterReview: zero } } as Partial<Tables>;
};
ruleTester(ruleOf(IDENTITY_RULES, 'reviews.total'), {
  valid: [{ tables: reviews([1, 2, 0, 1, 4]) }],
  invalid: [{ tables: reviews([1, 2, 0, 1, 5]), findings: [['reviews.total', 'review', null]] }],
});

ruleTester(ruleOf(IDENTITY_RULES, 'legacy.sum'), {
  valid: [{ tables: { legacy: { 'requests.received': 5, 'requests.inPerson': 2, 'requests.online': 3 } } }, { tables: { legacy: { 'requests.inPerson': 2 } } }],
  invalid: [
    { tables: { legacy: { 'requests.received': 6, 'requests.inPerson': 2, 'requests.online': 3 } }, findings: [['legacy.sum', 'requests.received', null]] },
  ],
});

ruleTester(ruleOf(IDENTITY_RULES, 'legacy.bound'), {
  valid: [{ tables: { legacy: { 'published.total': 10, 'published.normativeDocs': 4 } } }],
  invalid: [{ tables: { legacy: { 'published.total': 3, 'published.normativeDocs': 4 } }, findings: [['legacy.bound', 'published.total', null]] }],
});

const reviewsText = (total: number) => `全年发生政府信息公开行政复议案${total}件，其中维持具体行政行为数2件，被依法纠错数1件，其他情形1件。`;
ruleTester(ruleOf(PROSE_RULES, 'prose.breakdown'), {
  valid: [{ text: reviewsText(4) }, { text: '共受理申请10件，其中当面申请3件，网上申请4件。' }],
  invalid: [
    { text: reviewsText(5), findings: [['prose.breakdown', 'reviews.total', null]] },
    { text: '共受理申请5件，其中当面申请3件，网上申请4件。', findings: [['prose.breakdown', 'requests.received', null]] },
  ],
});

ruleTester(ruleOf(PROSE_RULES, 'prose.percent'), {
  valid: [
    { text: '共受理申请8件，其中当面申请3件，占37.5%，网上申请5件，占62.5%。' },
    { text: '共受理申请3件，其中当面申请1件，占33.3%，网上申请2件，占66.6%。' },
  ],
  invalid: [
    {
      text: '共受理申请8件，其中当面申请3件，占35%，网上申请5件，占65%。',
      findings: [
        ['prose.percent', 'requests.received.inPerson.percent', null],
        ['prose.percent', 'requests.received.online.percent', null],
      ],
    },
  ],
});

ruleTester(ruleOf(PROSE_RULES, 'prose.table'), {
  valid: [
    { tables: requests(balanced), text: '全年，本机关共收到政府信息公开申请8件，办结7件，结转下年度继续办理3件。' },
    // 上年结转 included.
    { tables: requests(balanced), text: '全年，本机关共受理政府信息公开申请10件。' },
    { tables: reviews([1, 2, 0, 1, 4]), text: '全年发生政府信息公开行政复议案4件，其中维持具体行政行为数1件，被依法纠错数2件，其他情形0件，尚未审结1件。' },
    { tables: requests(balanced), text: '全年，本机关共收到政府信息公开申请8件，其中自然人申请5件，法人或其他组织申请3件。' },
    { tables: requests(balanced), text: '全年，全区收到政府信息公开申请8件，涉及自然人5件、商业企业3件，均已答复。' },
    // Approximate figures are not compared.
    { tables: requests(balanced), text: '全年，本机关共收到政府信息公开申请约20件。' },
    // 办理 counting the applications carried forward too (总计 7 + 结转 3).
    { tables: requests(balanced), text: '全年，本机关共收到政府信息公开申请8件，共办理10件。' },
  ],
  invalid: [
    { tables: requests(balanced), text: '全年，本机关共收到政府信息公开申请9件。', findings: [['prose.table', 'new', null]] },
    { tables: requests(balanced), text: '全年，本机关共收到政府信息公开申请8件，办结6件。', findings: [['prose.table', 'total', 'total']] },
    { tables: requests(balanced), text: '局办公室代表本局收到政府信息公开申请9件。', findings: [['prose.tableScope', 'new', null]] },
    {
      tables: { ...requests(balanced), ...reviews([1, 2, 0, 1, 4]) },
      text: '全年发生政府信息公开行政复议案4件，其中维持具体行政行为数2件，被依法纠错数1件，其他情形0件，尚未审结1件。',
      findings: [
        ['prose.table', 'review', 'maintained'],
        ['prose.table', 'review', 'corrected'],
      ],
    },
    { tables: requests(balanced), text: '全年，本机关共收到政府信息公开申请8件（含上年结转3件）。', findings: [['prose.table', 'carriedOver', 'total']] },
    {
      tables: requests(balanced),
      text: '全年，全区收到政府信息公开申请8件，涉及自然人3件、商业企业5件。',
      about: { agency: '示例市某区人民政府' },
      findings: [
        ['prose.table', 'new', 'natural'],
        ['prose.table', 'new', 'commercial'],
      ],
    },
    // 全市 in a department's report is the city's whole system, not the department its tables count.
    { tables: requests(balanced), text: '全年，全市交通运输系统共收到政府信息公开申请9件。', findings: [['prose.tableScope', 'new', null]] },
    { tables: requests(balanced), text: '全年，全区收到政府信息公开申请9件。', about: { agency: null }, findings: [['prose.tableScope', 'new', null]] },
    {
      tables: requests(balanced),
      text: '全年，本机关共收到政府信息公开申请8件，其中自然人申请7件，法人或其他组织申请1件。',
      findings: [
        ['prose.table', 'new', 'natural'],
        ['prose.table', 'new', null],
      ],
    },
  ],
});

ruleTester(ruleOf(PROSE_RULES, 'year.period'), {
  valid: [{ text: '本报告统计期限自2023年1月1日起至2023年12月31日止。' }],
  invalid: [{ text: '本报告统计期限自2022年1月1日起至2022年12月31日止。', findings: [['year.period', null, null]] }],
});

ruleTester(ruleOf(PROSE_RULES, 'year.heading'), {
  valid: [{ text: '2023年度政府信息公开情况统计表' }],
  invalid: [{ text: '2022年度政府信息公开情况统计表', findings: [['year.heading', null, null]] }],
});

ruleTester(ruleOf(PROSE_RULES, 'year.stated'), {
  valid: [{ text: '2023年，本机关主动公开政府信息100条。' }, { text: '2024年，本机关将主动公开政府信息100条以上。' }],
  invalid: [
    { text: '2022年，本机关主动公开政府信息100条。', findings: [['year.stated', null, null]] },
    // Another year's reviews, lawsuits or complaints, counted in 起 as often as in 件.
    { text: '2022年，共受理行政复议4起，均维持原行政行为。', findings: [['year.stated', null, null]] },
  ],
});

const signed = (date: string) => `……特此报告。\n示例市交通运输局\n${date}\n`;
ruleTester(ruleOf(PROSE_RULES, 'date.early'), {
  valid: [{ text: signed('2024年1月20日') }, { text: '2023年12月20日市政府召开会议。' }],
  invalid: [
    { text: signed('2023年12月20日'), findings: [['date.early', null, null]] },
    // Before the end of the period the text states.
    { text: `统计期限自2023年1月1日起至2023年12月31日止。${signed('2023年12月28日')}`, findings: [['date.early', null, null]] },
    // Signed on the day the text says its data end: no error, but the figures are not the whole year's.
    { text: `本报告所列数据截止2023年12月26日。${signed('2023年12月26日')}`, findings: [['date.periodShort', null, null]] },
  ],
});

ruleTester(ruleOf(PROSE_RULES, 'date.late'), {
  valid: [{ text: signed('2024年1月31日') }],
  invalid: [{ text: signed('2024年2月20日'), findings: [['date.late', null, null]] }],
});

const SECTIONS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
ruleTester(ruleOf(PROSE_RULES, 'form.sections'), {
  valid: [{ text: SECTIONS.join('\n') }, { text: '统计指标', about: { template: 'legacy' } }],
  invalid: [
    { text: SECTIONS.filter((s) => !s.startsWith('五')).join('\n'), findings: [['form.sections', null, null]] },
    { text: [SECTIONS[0], SECTIONS[2], SECTIONS[1], ...SECTIONS.slice(3)].join('\n'), findings: [['form.sections', null, null]] },
  ],
});

ruleTester(ruleOf(PROSE_RULES, 'form.feeUnit'), {
  valid: [{ text: '本年收费金额（单位：万元）' }, { text: '本年收费金额（单位：元）', about: { template: '2019' } }],
  invalid: [{ text: '本年收费金额（单位：元）', findings: [['form.feeUnit', 'fees', 'amount']] }],
});

describe('the rule tester', () => {
  it('holds every rule over one report to its own cases', () => {
    expect([...tested].sort()).toEqual([...IDENTITY_RULES, ...PROSE_RULES].map((r) => r.id).sort());
  });
});
