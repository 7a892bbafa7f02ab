import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberWordsAsDigits, readProse } from '../src/prose/extract.js';

const extractProse = (text: string) => readProse(text).figures;
import { chineseNumber } from '../src/prose/numbers.js';
import { formatFact } from '../src/findings/index.js';
import { checkProse } from '../src/rules/engine.js';
import { REQUEST_ROW_KEYS } from '../src/template/index.js';
import type { Tables } from '../src/types.js';

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
    const { figures: list, lists } = readProse(`全年受理申请5件，其中${'1件，'.repeat(20_000)}。`);
    expect(list.filter((f) => f.key.startsWith('requests.received.part'))).toHaveLength(20_000);
    expect(
      checkProse(list, { active: null, requests: null, reviews: null, legacy: null }, { year: null, agency: null }, lists).map((f) => [
        f.rule,
        f.left,
        f.right,
      ]),
    ).toEqual([['prose.breakdown', 5, 20_000]]);
    expect(extractProse(`全年受理申请5件，其中${'1'.repeat(100_000)}x。`).map((f) => f.key)).toEqual(['requests.received']);
    // Patterns with a number that no word before it anchors start it at a run's first digit, and
    // the office and category parts are read without a lazy lead (each took seconds at 40,000).
    const digits = '1'.repeat(100_000);
    expect(extractProse(`申请结转${digits}x。`)).toEqual([]);
    // The channel patterns' gaps are bounded: a long run of their words is read in one pass too.
    expect(extractProse('通过政府网站政务微博政务微信政府公报'.repeat(20_000))).toEqual([]);
    expect(extractProse(`通过网站公开信息${digits}x。`)).toEqual([]);
    expect(extractProse(`2023年，申请${digits}x。`).map((f) => f.key)).toEqual([]);
    const published = extractProse(`主动公开政府信息5条。${'甲'.repeat(100_000)}主动公开信息1条，占5%。在主动公开的5条政府信息中，${digits}x1条，占5%。`);
    expect(published.map((f) => [f.key, f.value])).toEqual([
      ['published.total', 5],
      ['published.part1', 1],
      ['published.part1.percent', 5],
      ['categories.total', 5],
      ['categories.part1', 1],
      ['categories.part1.percent', 5],
    ]);
    // The part read from its end is the one the pattern read: label, the digits before the unit, the unit.
    expect(extractProse('全年受理申请12件，其中当面申请 9 件，网上申请3人次。').map((f) => [f.key, f.value, f.unit])).toEqual([
      ['requests.received', 12, '件'],
      ['requests.received.inPerson', 9, '件'],
      ['requests.received.online', 3, '人次'],
    ]);
  });
});

/** Table 三 with the rows a sentence of 总体情况 speaks of in the 自然人 and 总计 columns, the others 0. */
function requestsTable(rows: Record<string, number>): Tables {
  const wide = Object.fromEntries(REQUEST_ROW_KEYS.map((key) => [key, [rows[key] ?? 0, 0, 0, 0, 0, 0, rows[key] ?? 0]]));
  return { active: null, requests: { columns: [], rows: wide }, reviews: null, legacy: null } as unknown as Tables;
}
const PINGTAN_2025 = requestsTable({ new: 154, carriedOver: 0, total: 148, carriedForward: 6 });
const rulesOf = (text: string, tables: Tables, year = 2025) =>
  checkProse(extractProse(text), tables, { year, agency: '平潭综合实验区', template: '2021' })
    .filter((f) => f.rule !== 'form.sections')
    .map((f) => [f.rule, f.row, f.left, f.right]);

describe('what 总体情况 says of the applications after receiving them', () => {
  // Real phrasings (平潭 2021, 2023, 2025; 沭阳 2025): each is read as the table's 总计, 结转 or result.
  it.each([
    [
      '本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。',
      { 'requests.received': 70, 'requests.handled': 69, 'requests.carriedForward': 1 },
    ],
    [
      '2025年，全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。',
      { 'requests.received': 154, 'requests.handled': 148, 'requests.carriedForward': 6 },
    ],
    [
      '全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件；共办理 718 件，结转下一年 31 件。',
      { 'requests.handled': 718, 'requests.carriedForward': 31 },
    ],
    [
      '办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%。',
      { 'requests.handled.grantedOrPartial': 42, 'requests.handled.withheld': 5, 'requests.handled.unavailable': 31 },
    ],
    [
      '2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。',
      { 'requests.received': 75, 'requests.received.natural': 72, 'requests.received.commercial': 3 },
    ],
    [
      '2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计81件，涉及自然人80件、商业企业1件。',
      { 'requests.received': 81, 'requests.received.natural': 80, 'requests.received.commercial': 1 },
    ],
  ])('%s', (text, figures) => {
    for (const [key, expected] of Object.entries(figures)) expect(value(text, key)).toBe(expected);
  });

  // Real phrasings that count other things as 办结: none is taken for table 三.
  it.each([
    '截至目前共收到15564件咨询投诉件，已办结15042件。',
    '今年我局共受理审批事项117件，办结171件，办结率100%。',
    '依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 74 件。',
    '截至12月14日，中国平潭网与区行政服务中心共同累计收件9898件，累计办结9542件。',
  ])('%s', (text) => {
    expect(extractProse(text).filter((f) => /^requests\.(?:handled|carriedForward)/.test(f.key))).toEqual([]);
  });

  it('compares them with table 三: an error for the whole body and the report’s year, a warning otherwise', () => {
    const whole = '2025年，全区共收到政府信息公开申请154件，共办结149件，结转至2026年5件。';
    expect(rulesOf(whole, PINGTAN_2025)).toEqual([
      ['prose.table', 'total', 149, 148],
      ['prose.table', 'carriedForward', 5, 6],
    ]);
    expect(rulesOf(whole.replace('全区', '区政府办'), PINGTAN_2025).map(([rule]) => rule)).toEqual(['prose.tableScope', 'prose.tableScope']);
    // Of another year: perhaps last year's sentence, perhaps a comparison; never an error.
    expect(rulesOf(whole.replace('2025年，', '2024年，').replace('至2026年', '下年度'), PINGTAN_2025).map(([rule]) => rule)).toEqual([
      'prose.tableScope',
      'prose.tableScope',
      'year.stated',
    ]);
    expect(rulesOf('2025年，全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。', PINGTAN_2025)).toEqual([]);
  });

  it('adds a group of results over its rows, and compares each part in the scope of its total', () => {
    const table = requestsTable({ total: 10, granted: 3, partial: 2, 'withheld.stateSecret': 1, 'withheld.thirdParty': 1, 'unavailable.notHeld': 3 });
    const text = (withheld: number) => `全区共办结政府信息公开申请10件，其中：予以公开及部分公开5件，不予公开${withheld}件，无法提供3件。`;
    expect(rulesOf(text(2), table)).toEqual([]);
    expect(rulesOf(text(1), table)).toEqual([['prose.table', null, 1, 2]]);
    expect(rulesOf(`局办公室${text(1)}`.replace('全区', ''), table).map(([rule]) => rule)).toEqual(['prose.tableScope']);
    // （六）其他处理 is one row in the 2019 form and three in the 2021 form.
    const other = requestsTable({ total: 3, other: 9, 'other.noCorrection': 1, 'other.misc': 2 });
    expect(rulesOf('全区共办结政府信息公开申请3件，其中：其他处理3件。', other)).toEqual([]);
  });
});

describe('the year a sentence of figures opens with', () => {
  it.each([
    ['2022年，全区收到政府信息公开申请75件，涉及自然人72件。', 2022],
    ['一、总体情况2018年，本区累计主动公开政府信息26631条。', 2018],
    ['2023年全区接收各类政府信息公开申请共计81件。', 2023],
  ])('%s opens with %d', (text, year) => expect(value(text, 'year.stated')).toBe(year));

  it.each(['2024年，我区将采取以下措施加以改进：公开100条以上。', '2013年，区管委会办公室多次召开会议部署全区政府信息公开工作。', '较2022年增加10件。'])(
    '%s states no year of figures',
    (text) => expect(value(text, 'year.stated')).toBeUndefined(),
  );
});

describe('the 2021 form itself', () => {
  const notes = (text: string, template: '2019' | '2021' = '2021') =>
    checkProse(extractProse(text), { active: null, requests: null, reviews: null, legacy: null }, { year: 2023, agency: null, template })
      .filter((f) => f.rule === 'form.feeUnit')
      .map((f) => f.detail?.['text']);

  it.each(['本年收费金额（单位：万元）', '本年收费金额（万元）', '本 年 收 费 金 额 (单位:万元)'])('%s is the form’s unit: no note', (heading) => {
    expect(value(heading, 'form.feeUnit')).toBe(10000);
    expect(notes(heading)).toEqual([]);
  });

  it('finds the six headings however they are spaced, and the misprint 行政法复议 as table 四 does', () => {
    const headings = [
      '一、总体情况',
      '二、主动公开 政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政法复议、行政诉讼情况',
      '五、存在的\n主要问题及改进情况',
      '六、其他需要报告的事项',
    ];
    const places = extractProse(headings.join('\n正文。\n')).filter((f) => f.key.startsWith('form.section.'));
    expect(places.map((f) => [f.key, f.value])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [`form.section.${n}`, n]));
    expect(places[4]!.text).toBe('五、存在的主要问题及改进情况');
  });

  it('notes a fee column headed in another unit, in the 2021 form only', () => {
    expect(notes('信息内容 本年收费金额（单位：元） 行政事业性收费 356000')).toEqual(['本年收费金额（单位：元）']);
    expect(notes('信息内容 本年收费金额（单位：元）', '2019')).toEqual([]);
    expect(notes('行政事业性收费 35.6')).toEqual([]);
  });
});

describe('the text’s own arithmetic: properties', () => {
  const noTables: Tables = { active: null, requests: null, reviews: null, legacy: null };
  const rules = (text: string) => {
    const { figures, lists } = readProse(text);
    return checkProse(figures, noTables, { year: null, agency: null }, lists).map((f) => [f.rule, f.row]);
  };
  /** A share as reports print it: rounded or cut to 0–2 decimals. */
  const printed = (share: number, decimals: number, cut: boolean) =>
    (cut ? Math.floor(share * 10 ** decimals + 1e-9) / 10 ** decimals : Math.round(share * 10 ** decimals) / 10 ** decimals).toFixed(decimals);
  const results = fc.tuple(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 900 }));
  const reviews = (total: number, parts: number[], shares: string[]) =>
    `全年发生政府信息公开行政复议案${total}件，其中维持${parts[0]}件，占${shares[0]}%，纠错${parts[1]}件，占${shares[1]}%，其他${parts[2]}件，占${shares[2]}%。`;

  it('a complete list whose parts make its total, with shares printed rounded or cut, gives no finding', () => {
    fc.assert(
      fc.property(results, fc.integer({ min: 0, max: 2 }), fc.boolean(), (parts, decimals, cut) => {
        const total = parts[0] + parts[1] + parts[2];
        const shares = parts.map((p) => printed((100 * p) / total, decimals, cut));
        expect(rules(reviews(total, parts, shares))).toEqual([]);
      }),
    );
  });

  it('a complete list that does not make its total is one prose.breakdown error, whatever the shares', () => {
    fc.assert(
      fc.property(
        results,
        fc.integer({ min: -50, max: 50 }).filter((k) => k !== 0),
        (parts, k) => {
          const sum = parts[0] + parts[1] + parts[2];
          fc.pre(sum + k > 0);
          const shares = parts.map((p) => printed((100 * p) / sum, 1, false));
          expect(rules(reviews(sum + k, parts, shares))).toEqual([['prose.breakdown', 'reviews.total']]);
        },
      ),
    );
  });

  it('a share off by more than its printed precision is a prose.percent error naming it', () => {
    fc.assert(
      fc.property(results, fc.constantFrom(0, 1, 2), fc.integer({ min: 2, max: 30 }), (parts, which, steps) => {
        const total = parts[0] + parts[1] + parts[2];
        const shares = parts.map((p) => printed((100 * p) / total, 1, false));
        shares[which] = (Number(shares[which]) + steps / 10).toFixed(1);
        const kind = ['maintained', 'corrected', 'other'][which];
        expect(rules(reviews(total, parts, shares))).toContainEqual(['prose.percent', `reviews.${kind}.percent`]);
      }),
    );
  });

  it('a partial 其中 list is wrong only when its parts exceed the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 2000 }), (inPerson, online, total) => {
        const found = rules(`全年共受理政府信息公开申请${total}件，其中当面申请${inPerson}件，网上申请${online}件。`);
        expect(found).toEqual(inPerson + online > total ? [['prose.breakdown', 'requests.received']] : []);
      }),
    );
  });
});

describe('approximate figures', () => {
  it.each([
    ['共受理申请10件，其中当面申请约4件，网上申请7件。', 'requests.received.inPerson'],
    ['全区共收到政府信息公开申请约100件。', 'requests.received'],
    ['全年接受群众咨询近300人次。', 'consultations'],
    ['共受理申请8件，其中当面申请3件，占约37.5%，网上申请5件，占62.5%。', 'requests.received.inPerson.percent'],
  ])('%s: %s is not read', (text, key) => expect(value(text, key)).toBeUndefined());

  it('reads the exact figures beside them', () => {
    expect(value('共受理申请10件，其中当面申请约4件，网上申请7件。', 'requests.received.online')).toBe(7);
    const categories = extractProse('全年主动公开政府信息1913条。在主动公开的1913条政府信息中，行政许可类信息约145条，占8%；其他1768条，占92%。').filter((f) =>
      f.key.startsWith('categories.part'),
    );
    expect(categories.map((f) => [f.key, f.value])).toEqual([
      ['categories.part1', 1768],
      ['categories.part1.percent', 92],
    ]);
  });
});

describe('applications of other kinds are not table 三’s', () => {
  // 平潭 2014 and 2015 read 121510 and 136437 this way, against a table of 1 and 0.
  it.each([
    '目前，区县已入驻审批服务部门和单位13个，开设窗口26个，共受理申请121510件。',
    '2023年，全区共受理行政复议申请3件。',
    '全区12345热线共受理群众诉求申请500件。',
    '行政复议申请数量为3件。',
  ])('%s', (text) => expect(value(text, 'requests.received')).toBeUndefined());

  it('unless the phrase itself says they are for information', () => {
    expect(value('本年度区政务服务中心共受理政府信息公开申请5件。', 'requests.received')).toBe(5);
    expect(value('在深化行政审批公开的同时，全区共受理依申请公开申请12件。', 'requests.received')).toBe(12);
  });
});

describe('figures that look like 办结 or 结转 and are not the table’s', () => {
  it.each([
    ['全区共收到政府信息公开申请20件，其中按时办结18件，延期办结2件。', 'requests.handled'],
    ['全区共收到政府信息公开申请20件，办理结转2024年度的申请3件。', 'requests.carriedForward'],
  ])('%s: no %s', (text, key) => expect(value(text, key)).toBeUndefined());

  it('a sentence comparing two years states no year of its own; one carrying over to the next does', () => {
    expect(value('2022年收到政府信息公开申请50件，2023年收到60件。', 'year.stated')).toBeUndefined();
    expect(value('2025年，全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。', 'year.stated')).toBe(2025);
  });
});

describe('主动公开 by channel', () => {
  // Real phrasings (平潭 2012, seed 002, 洪泽 2023, 沭阳 2025).
  it.each([
    ['今年以来，通过“中国平潭网”门户网站公开政府信息3636条，其中涉及财政预算决算信息9条。', 3636],
    ['2017年，在政府网站我单位负责板块发布信息49条。', 49],
    ['我区在政府网站平台主动公开政府信息 1136 条。', 1136],
    ['全年通过县政府门户网站主动公开政府信息4511条。', 4511],
  ])('%s', (text, website) => expect(value(text, 'channels.website')).toBe(website));

  // Counts of other things on the same channels (平潭 2018).
  it.each([
    ['截至目前我区政府网站共收到网友留言11条，已100%及时回复。', 'channels.website'],
    ['其中微博29个，共发布信息1992条。', 'channels.weibo'],
  ])('%s: no %s', (text, key) => expect(value(text, key)).toBeUndefined());

  it('is kept apart from the total’s 其中 parts, and compared with the old table as a warning only', () => {
    const text = '2016年，本单位主动公开政府信息120条，其中区直部门100条，占83%。本单位通过政府网站公开政府信息136条，通过政务微博发布信息30条。';
    const legacy = { 'published.total': 120, 'published.viaWebsite': 100, 'published.viaWeibo': 30 };
    const tables: Tables = { active: null, requests: null, reviews: null, legacy };
    const findings = checkProse(extractProse(text), tables, { year: 2016, agency: null, template: 'legacy' });
    expect(findings.filter((f) => f.rule !== 'form.sections').map((f) => [f.rule, f.row, f.left, f.right])).toEqual([
      ['prose.tableScope', 'published.viaWebsite', 136, 100],
    ]);
  });
});

describe('the 2008–2018 reports against their table', () => {
  // 平潭县 2012's sentences, with its table's figures.
  const text = (received: number, granted: number) =>
    `2012年全县共收到有关政府信息公开的申请${received}条，其中当面申请数18条，电子邮件申请数3条。对依申请公开的答复总数21条，其中同意公开和同意部分公开答复数${granted}条。全年未发生因政府信息公开引起的行政复议，行政复议0件。`;
  const legacy = {
    'requests.received': 21,
    'requests.inPerson': 18,
    'requests.email': 3,
    'requests.replied': 21,
    'replies.granted': 17,
    'replies.partial': 2,
    'reviews.total': 0,
  };
  const findingsOf = (received: number, granted: number) =>
    checkProse(
      extractProse(text(received, granted)),
      { active: null, requests: null, reviews: null, legacy },
      { year: 2012, agency: '平潭县人民政府', template: 'legacy' },
    )
      .filter((f) => f.rule !== 'form.sections')
      .map((f) => [f.rule, f.row, f.left, f.right]);

  it('compares applications, their channels and the replies with the rows of the old form', () => {
    expect(findingsOf(21, 19)).toEqual([]);
    expect(findingsOf(22, 19)).toEqual([['prose.table', 'requests.received', 22, 21]]);
  });

  it('names a group of rows the text states together', () => {
    const [finding] = checkProse(
      extractProse(text(21, 18)),
      { active: null, requests: null, reviews: null, legacy },
      { year: 2012, agency: '平潭县人民政府', template: 'legacy' },
    );
    expect([finding!.rule, finding!.row, finding!.left, finding!.right]).toEqual(['prose.tableScope', null, 18, 19]);
    expect(formatFact(finding!)).toContain('「2.同意公开答复数」与「3.同意部分公开答复数」之和');
  });
});
