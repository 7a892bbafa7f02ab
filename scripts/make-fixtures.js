// Regenerates fixtures/: composed reports in every layout, encoding and script the parser must
// read, each with the JSON a correct parse gives, and the check fixtures with injected errors.
// Run after `npm run build`: node scripts/make-fixtures.js
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js/cn2t';
import { expectedTables, legacyModel, model, requestsRows } from './report-model.js';
import { legacyText, reportHtml, reportText } from './report-text.js';
import { reportPdf } from './report-pdf.js';
import { hex, PdfWriter } from './pdf-writer.js';
import { expectedFindings, INJECTIONS, injected } from './injections.js';

const ROOT = new URL('../fixtures/', import.meta.url);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** What mirror sites do after converting characters: Taiwan vocabulary (SPEC §1). */
const TAIWAN = [
  ['規範性文件', '規範性檔案'],
  ['門戶網站', '入口網站'],
  ['互聯網', '網際網路'],
  ['信息', '資訊'],
];

const SCRIPTS = {
  simplified: (text) => text,
  traditional: (text) => toTraditional(text),
  taiwan: (text) => TAIWAN.reduce((t, [from, to]) => t.replaceAll(from, to), toTraditional(text)),
};

const ENCODERS = {
  'utf-8': (text) => Buffer.from(text, 'utf8'),
  'utf-8-bom': (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
  'utf-16le-bom': (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  'utf-16le': (text) => Buffer.from(text, 'utf16le'),
  'utf-16be': (text) => Buffer.from(text, 'utf16le').swap16(),
  gb18030: (text) => iconv.encode(text, 'gb18030'),
  big5: (text) => iconv.encode(text, 'big5'),
};
const ENCODING_NAME = { 'utf-8-bom': 'utf-8', 'utf-16le-bom': 'utf-16le' };

const CASES = [
  ...['pipe', 'markdown', 'tab', 'space', 'cells'].map((layout) => ({ name: layout, layout })),
  ...['utf-8-bom', 'utf-16le-bom', 'utf-16le', 'utf-16be', 'gb18030'].map((encoding) => ({ name: encoding, layout: 'pipe', encoding })),
  { name: 'big5', layout: 'pipe', encoding: 'big5', script: 'traditional' },
  { name: 'traditional', layout: 'pipe', script: 'traditional' },
  { name: 'taiwan', layout: 'markdown', script: 'taiwan' },
  { name: 'fullwidth', layout: 'pipe', fullWidth: true },
  { name: 'fullwidth-space', layout: 'space', fullWidth: true },
  { name: 'nulls', layout: 'pipe', nulls: true },
];

function withNulls(m) {
  const rows = Object.fromEntries(Object.entries(m.requests).map(([k, v]) => [k, v.map((x, i) => (i === 2 || i === 3 ? null : x))]));
  return { ...m, requests: rows };
}

function write(path, content) {
  writeFileSync(new URL(path, ROOT), content);
}

function expected(m, c) {
  const encoding = c.encoding ?? 'utf-8';
  const script = c.script ?? 'simplified';
  return {
    title: `${m.agency}${m.year}年政府信息公开工作年度报告`,
    agency: m.agency,
    year: m.year,
    template: m.template,
    source: {
      encoding: ENCODING_NAME[encoding] ?? encoding,
      bom: encoding.endsWith('-bom'),
      script: script === 'simplified' ? 'simplified' : 'traditional',
      converted: script !== 'simplified',
    },
    tables: expectedTables(c.nulls ? withNulls(m) : m),
  };
}

// Everything but the official-form fixtures, which make-form-fixtures.js writes (it needs LibreOffice).
for (const dir of ['parse/', 'check/']) {
  const folder = new URL(dir, ROOT);
  for (const name of existsSync(folder) ? readdirSync(folder) : [])
    if (!name.startsWith('form-')) rmSync(new URL(name, folder), { recursive: true, force: true });
}
mkdirSync(new URL('parse/', ROOT), { recursive: true });
mkdirSync(new URL('check/carryover/', ROOT), { recursive: true });

for (const template of ['2019', '2021']) {
  const m = model(template);
  for (const c of CASES) {
    const text = SCRIPTS[c.script ?? 'simplified'](reportText(m, { layout: c.layout, fullWidth: c.fullWidth, nulls: c.nulls }));
    const name = `parse/${template}-${c.name}`;
    write(`${name}.txt`, ENCODERS[c.encoding ?? 'utf-8'](text));
    write(`${name}.expected.json`, `${JSON.stringify(expected(m, c), null, 2)}\n`);
  }
}

// Saved web pages: UTF-8 and GBK, merged cells in headers, row labels and value columns, zeros left blank.
for (const template of ['2019', '2021']) {
  const m = model(template);
  for (const [charset, encoding] of [
    ['utf-8', 'utf-8'],
    ['gbk', 'gb18030'],
  ]) {
    const name = `parse/${template}-html-${charset}`;
    const html = reportHtml(m, { charset, nulls: true, layout: 'pipe' });
    write(`${name}.html`, encoding === 'utf-8' ? Buffer.from(html) : iconv.encode(html, 'gb18030'));
    const expectation = expected(m, { encoding, nulls: true });
    // The 2021 page puts the year first: 2023年示例市交通运输局政府信息公开工作年度报告.
    if (template === '2021') expectation.title = `${m.year}年${m.agency}政府信息公开工作年度报告`;
    write(`${name}.expected.json`, `${JSON.stringify(expectation, null, 2)}\n`);
  }
}

// PDFs laid out as published ones are: the 2021 report with table 三 running over a page break
// and labels wrapped in their cells; the 2019 one with table 三 on one page and its zeros, in
// tables 三 and 四, left blank (null).
{
  const pdfSource = { encoding: null, bom: false, script: 'simplified', converted: false };
  const blank = (rows) => Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => (x === 0 ? null : x)) : blank(v)]));
  const m2021 = model('2021');
  write('parse/2021-pdf.pdf', reportPdf(m2021));
  write('parse/2021-pdf.expected.json', `${JSON.stringify({ ...expected(m2021, {}), source: pdfSource }, null, 2)}\n`);
  // The same report with its tables printed without borders: read by the positions of the text.
  write('parse/2021-pdf-unruled.pdf', reportPdf(m2021, { ruled: false }));
  write('parse/2021-pdf-unruled.expected.json', `${JSON.stringify({ ...expected(m2021, {}), source: pdfSource }, null, 2)}\n`);
  const m2019 = model('2019');
  write('parse/2019-pdf-blank.pdf', reportPdf(m2019, { blankZeros: true, breakBefore: 'requests' }));
  const expectation = { ...expected(m2019, {}), source: pdfSource };
  expectation.tables.requests.rows = blank(m2019.requests);
  expectation.tables.reviews = Object.fromEntries(
    Object.entries(m2019.reviews).map(([g, fields]) => [g, Object.fromEntries(Object.entries(fields).map(([f, v]) => [f, v === 0 ? null : v]))]),
  );
  write('parse/2019-pdf-blank.expected.json', `${JSON.stringify(expectation, null, 2)}\n`);
}

// A crawler's text of the 2021 page: every cell glued to the next. Table 二 has no sums to split
// by, so only its one-number rows come back; regulations (1011) and normativeDocs (82666) split
// more than one way and are left out.
{
  const m = model('2021');
  write('parse/2021-glued.txt', reportText(m, { layout: 'glued' }));
  const expectation = expected(m, {});
  const { regulations, normativeDocs, ...unique } = expectation.tables.active;
  expectation.tables.active = unique;
  expectation.findings = [
    ['structure.recoveredCells', 'active', null],
    ['structure.ambiguousCells', 'active', 'regulations'],
    ['structure.ambiguousCells', 'active', 'normativeDocs'],
    ['structure.recoveredCells', 'requests', null],
    ['structure.recoveredCells', 'reviews', null],
  ];
  write('parse/2021-glued.expected.json', `${JSON.stringify(expectation, null, 2)}\n`);
}

// The 2014–2018 form: its 统计指标 table as seed 002 prints it.
{
  const m = legacyModel();
  write('parse/legacy-pipe.txt', legacyText(m));
  const tables = { active: null, requests: null, reviews: null, legacy: m.legacy };
  const expectation = {
    title: `${m.agency}${m.year}年政府信息公开工作年度报告`,
    agency: m.agency,
    year: m.year,
    template: 'legacy',
    source: { encoding: 'utf-8', bom: false, script: 'simplified', converted: false },
    tables,
  };
  write('parse/legacy-pipe.expected.json', `${JSON.stringify(expectation, null, 2)}\n`);
  for (const [name, key, value, finding] of [
    ['legacy-sum', 'requests.received', 21, ['legacy.sum', 'requests.received', null]],
    ['legacy-bound', 'responses.pressConferencesByHead', 5, ['legacy.bound', 'responses.pressConferences', null]],
  ]) {
    write(`check/${name}.txt`, legacyText({ ...m, legacy: { ...m.legacy, [key]: value } }));
    const [rule, row, column] = finding;
    write(`check/${name}.expected.json`, `${JSON.stringify({ findings: [{ rule, row, column }], suspect: null, suspects: null }, null, 2)}\n`);
  }
  // 主动公开 by channel as the text states it: agreeing with the table, and one channel's count off
  // (a warning: a website's count may hold more than the table's); the applications received, off
  // in a sentence that speaks for the whole body (an error).
  const channels = (website) => `${m.year}年，本单位通过政府网站公开政府信息${website}条，通过政务微博发布信息${m.legacy['published.viaWeibo']}条。`;
  const received = (off) => `${m.year}年，本单位共收到政府信息公开申请${m.legacy['requests.received'] + off}件。`;
  for (const [name, sentence, findings] of [
    ['prose-channels', channels(m.legacy['published.viaWebsite']) + received(0), []],
    ['prose-channels-website', channels(m.legacy['published.viaWebsite'] + 36), [['prose.tableScope', 'published.viaWebsite', null]]],
    ['prose-legacy-received', received(2), [['prose.table', 'requests.received', null]]],
  ]) {
    write(`check/${name}.txt`, legacyText(m).replace('一、概述\n', `一、概述\n${sentence}\n`));
    const expected = findings.map(([rule, row, column]) => ({ rule, row, column }));
    write(`check/${name}.expected.json`, `${JSON.stringify({ findings: expected, suspect: null, suspects: null }, null, 2)}\n`);
  }
}

// Reports with figures only in running text (2008–2013 and small bodies), each with one error in
// what its sentences say, and one without.
{
  const prose = ({
    received = '1468件，其中当面申请909件，网上申请481件，信函申请78件',
    share = '20.0',
    reviews = '96件，其中维持具体行政行为数80件，被依法纠错数9件，其他情形7件',
  } = {}) =>
    [
      '示例区规划和自然资源局2012年政府信息公开工作年度报告',
      '一、概述',
      `2012年，本局共受理政府信息公开申请${received}。`,
      `在上述申请中，已经答复的为1271件，其中：“属于已主动公开”的254件，占总数的${share}%；“同意公开”和“同意部分公开”的431件，占总数的33.9%。`,
      `二、因政府信息公开申请提起行政复议、行政诉讼的情况`,
      `全年发生行政复议案${reviews}。`,
      '',
    ].join('\n');
  const cases = [
    ['prose-clean', prose(), []],
    ['prose-breakdown', prose({ reviews: '96件，其中维持具体行政行为数80件，被依法纠错数9件，其他情形8件' }), [['prose.breakdown', 'reviews.total', null]]],
    ['prose-exceeds', prose({ received: '1468件，其中当面申请909件，网上申请581件' }), [['prose.breakdown', 'requests.received', null]]],
    ['prose-percent', prose({ share: '25.0' }), [['prose.percent', 'requests.answered.alreadyPublic.percent', null]]],
  ];
  for (const [name, text, findings] of cases) {
    write(`check/${name}.txt`, text);
    write(
      `check/${name}.expected.json`,
      `${JSON.stringify({ findings: findings.map(([rule, row, column]) => ({ rule, row, column })), suspect: null, suspects: null }, null, 2)}\n`,
    );
  }
}

// Lists in running text, of any subject, each with the error it must give and a clean twin that
// must give none: bare items after 累计, a total that is not 主动公开, items between semicolons, a
// catch-all 其他 item (the list is then the whole), shares finishing in the next sentence; and a
// 其中 after two figures that add up to the total, which is of their sum, not of the last.
{
  const report = (sentence) =>
    ['示例县住房和城乡建设局2012年政府信息公开工作年度报告', '一、概述', `2012年，本局认真贯彻落实《条例》。${sentence}`, ''].join('\n');
  const lists = [
    ['bare', '主动公开政府信息累计300条，概况信息10条，工作动态180条，通知文告100条，行政执法15条。', '行政执法15条', '行政执法10条'],
    ['subject', '新增信息200条，其中规章与文件信息10条，工作动态信息190条，财政信息3条。', '工作动态信息190条', '工作动态信息187条'],
    ['semicolons', '主动公开政府信息47条，其中，机构职责类5条；工作动态类38条；其他类别信息29条。', '其他类别信息29条', '其他类别信息4条', 'published.total'],
    ['catch-all', '共发布信息2000条，其中政策文件100条、工作动态40条、其他动态类信息1859条。', '其他动态类信息1859条', '其他动态类信息1860条'],
    [
      'shares',
      '全年主动公开政府信息1913条。其中，本局机关主动公开政府信息1397条，占73%。下属单位主动公开政府信息534条，占27%。',
      '下属单位主动公开政府信息534条',
      '下属单位主动公开政府信息516条',
      'published.total',
    ],
    // The total after its parts, and shares given before the total they are of.
    ['total-after', '受理的申请中，当面申请4件、信函申请3件、网络申请2件，共计8件。', '网络申请2件', '网络申请1件'],
    ['shares-first', '全年受理当面申请12件，占40%；网络申请18件，占60%。全年共收到申请31件。', '共收到申请31件', '共收到申请30件'],
  ];
  const cases = [
    // A total the text's phrases name (主动公开 …) is the finding's row.
    ...lists.flatMap(([name, sentence, wrong, right, subject = null]) => [
      [`prose-list-${name}`, sentence, [['prose.breakdown', subject, null]]],
      [`prose-list-${name}-clean`, sentence.replace(wrong, right), []],
    ]),
    ['prose-list-either-clean', '共收到依申请公开信息6件。受理方式为信函4件、网络申请2件，其中，涉及项目验收的信息6件。', []],
    ['prose-list-either', '共收到依申请公开信息6件。受理方式为信函4件、网络申请2件，其中，涉及项目验收的信息7件。', [['prose.breakdown', null, null]]],
  ];
  for (const [name, sentence, findings] of cases) {
    write(`check/${name}.txt`, report(sentence));
    write(
      `check/${name}.expected.json`,
      `${JSON.stringify({ findings: findings.map(([rule, row, column]) => ({ rule, row, column })), suspect: null, suspects: null }, null, 2)}\n`,
    );
  }
}

// A sentence in 总体情况 that speaks of table 三: wrong, right with the carried-over requests added,
// and one about a single office (the 洪泽 2024 trap), which must not be compared with the table.
{
  const m = model('2021');
  const [fresh, over] = [m.requests.new[6], m.requests.carriedOver[6]];
  const cell = (row) => m.requests[row][6];
  const sumOf = (prefix) =>
    Object.keys(m.requests)
      .filter((row) => row.startsWith(`${prefix}.`))
      .reduce((n, row) => n + cell(row), 0);
  // 办结 (总计), 结转下年度 and the results under 其中, each off by the amount given.
  const handled = ({ total = 0, forward = 0, withheld = 0 } = {}) =>
    `全年，本机关共收到政府信息公开申请${fresh}件，办结${cell('total') + total}件，其中：予以公开及部分公开${cell('granted') + cell('partial')}件，` +
    `不予公开${sumOf('withheld') + withheld}件，无法提供${sumOf('unavailable')}件，不予处理${sumOf('unprocessed')}件；结转下年度继续办理${cell('carriedForward') + forward}件。`;
  // Table 二's 行政规范性文件 as 总体情况 states them: compared, as warnings only.
  const docs = (off = 0) =>
    `动态更新本年度制发的规范性文件${m.active.normativeDocs.issued + off}件，集中公开现行有效行政规范性文件${m.active.normativeDocs.inForce}件。`;
  const withSentence = (sentence) => reportText(m, { layout: 'pipe' }).replace('一、总体情况\n', `一、总体情况\n${sentence}\n`);
  const cases = [
    ['prose-table', `全年，本机关共受理政府信息公开申请${fresh + 5}件。`, [['prose.table', 'new', null]]],
    ['prose-table-carried', `全年，本机关共受理政府信息公开申请${fresh + over}件（含上年结转）。`, []],
    ['prose-table-scope', '全年，局办公室代表本局受理政府信息公开申请17件。', [['prose.tableScope', 'new', null]]],
    ['prose-handled', handled(), []],
    ['prose-normative-docs', docs(), []],
    ['prose-normative-docs-issued', docs(1), [['prose.tableScope', 'normativeDocs', 'issued']]],
    ['prose-handled-total', handled({ total: 1 }), [['prose.table', 'total', 'total']]],
    ['prose-handled-forward', handled({ forward: 2 }), [['prose.table', 'carriedForward', 'total']]],
    ['prose-handled-result', handled({ withheld: 1 }), [['prose.table', null, 'total']]],
    [
      'prose-handled-other-year',
      handled({ total: 1 }).replace('全年，', '2022年，'),
      [
        ['prose.tableScope', 'total', 'total'],
        ['year.stated', null, null],
      ],
    ],
    ['prose-handled-office', `局办公室${handled({ total: 1 }).replace('全年，本机关', '')}`, [['prose.tableScope', 'total', 'total']]],
  ];
  for (const [name, sentence, findings] of cases) {
    write(`check/${name}.txt`, withSentence(sentence));
    write(
      `check/${name}.expected.json`,
      `${JSON.stringify({ findings: findings.map(([rule, row, column]) => ({ rule, row, column })), suspect: null, suspects: null }, null, 2)}\n`,
    );
  }
}

// The years and the date a report states about itself: a period copied from last year's report,
// a table heading of another year, signed before the year ended, signed after the deadline (a
// note only), signed in time.
{
  const text = reportText(model('2021'), { layout: 'pipe' });
  const signed = (date) => `${text}\n示例市交通运输局\n${date}\n`;
  const cases = [
    ['year-period', text.replace('统计期限自2023年1月1日至2023年12月31日', '统计期限自2022年1月1日至2022年12月31日'), [['year.period', null, null]]],
    [
      'year-heading',
      text.replace('三、收到和处理政府信息公开申请情况\n', '三、收到和处理政府信息公开申请情况\n2022年度政府信息公开情况统计表\n'),
      [['year.heading', null, null]],
    ],
    ['year-stated', text.replace('一、总体情况\n', '一、总体情况\n2022年，本机关主动公开政府信息100条。\n'), [['year.stated', null, null]]],
    ['year-stated-plan', text.replace('一、总体情况\n', '一、总体情况\n2024年，本机关将主动公开政府信息100条以上。\n'), []],
    ['year-stated-reviews', text.replace('一、总体情况\n', '一、总体情况\n2022年，共受理行政复议4起，均维持原行政行为。\n'), [['year.stated', null, null]]],
    // Data that end on 12月26日, signed that day: no error (a note says the figures are not the whole year's).
    ['date-period-short', signed('2023年12月26日').replace('至2023年12月31日', '至2023年12月26日'), []],
    ['date-early', signed('2023年12月20日'), [['date.early', null, null]]],
    ['date-late', signed('2024年2月20日'), []],
    ['date-in-time', signed('二〇二四年一月二十日'), []],
    ['form-sections', text.replace('五、存在的主要问题及改进情况\n', ''), []],
    ['form-fee-unit', text.replace('本年收费金额（万元）', '本年收费金额（元）'), []],
  ];
  for (const [name, content, findings] of cases) {
    write(`check/${name}.txt`, content);
    write(
      `check/${name}.expected.json`,
      `${JSON.stringify({ findings: findings.map(([rule, row, column]) => ({ rule, row, column })), suspect: null, suspects: null }, null, 2)}\n`,
    );
  }
}

for (const injection of INJECTIONS) {
  const m = injected(model('2021'), injection);
  write(`check/${injection.name}.txt`, reportText(m, { layout: injection.layout ?? 'pipe' }));
  // The same report as a saved web page: one typo must be one error in every form a report takes.
  if (!injection.layout) write(`check/${injection.name}.html`, reportHtml(m, { charset: 'utf-8' }));
  write(`check/${injection.name}.expected.json`, expectedFindings(injection));
}

// Two years of one agency whose carry-over disagrees: 2022 carries 5 forward, 2023 takes over 4.
const forward = [5, 0, 0, 0, 0, 0];
// An agency of their own: the other fixtures are all 示例市交通运输局 2023, and would be its neighbours.
const earlier = model('2021', { agency: '示例市统计局', year: 2022, requests: requestsRows('2021', [34, 0, 0, 0, 0, 0], forward) });
const later = model('2021', { agency: '示例市统计局', year: 2023, requests: requestsRows('2021', [4, 0, 0, 0, 0, 0], [103, 0, 0, 0, 0, 0]) });
// Table 二's stock runs on from 2022: 现行有效 11 + 1 − 0 = 12 and 66 + 8 − 26 = 48.
later.active.regulations.inForce = 12;
later.active.normativeDocs.inForce = 48;
write('check/carryover/2022.txt', reportText(earlier, { layout: 'tab' }));
write('check/carryover/2023.txt', reportText(later, { layout: 'tab' }));

// Two years of one agency whose 规范性文件 stock does not run on: 66 + 8 − 26 = 48, printed 50.
mkdirSync(new URL('check/stock/', ROOT), { recursive: true });
{
  // 2022 carries forward the 34 that 2023 takes over: only the stock is wrong.
  const before = model('2021', { agency: '示例市审计局', year: 2022, requests: requestsRows('2021', [34, 0, 0, 0, 0, 0], [34, 0, 0, 0, 0, 0]) });
  const after = model('2021', { agency: '示例市审计局', year: 2023 });
  after.active.regulations.inForce = 12;
  after.active.normativeDocs.inForce = 50;
  write('check/stock/2022.txt', reportText(before, { layout: 'pipe' }));
  write('check/stock/2023.txt', reportText(after, { layout: 'pipe' }));
}

// Two years of one agency whose 2023 report repeats 2022's account of its work word for word
// (copied/), and the same two years with the account written anew (rewritten/): a note, and none.
{
  const overview = [
    '本机关坚持以公开为常态、不公开为例外，围绕中心工作，扎实推进政务公开标准化规范化建设，不断提升公开质量和实效。',
    '一是完善工作机制，明确分管领导和工作人员，健全信息发布审核、保密审查和依申请公开办理流程，确保公开内容准确规范。',
    '二是拓宽公开渠道，依托门户网站、政务新媒体和政务服务大厅公开栏，及时发布政策文件、工作动态和办事指南，方便群众查阅。',
    '三是加强政策解读，对重要政策文件坚持解读材料与文件同步起草、同步审签、同步发布，采用图文、问答等形式提高解读的可读性。',
    '四是强化监督保障，将政务公开工作纳入年度绩效考核，定期开展自查自纠，对发现的问题及时整改到位。',
  ].join('\n');
  const problems = '主要问题是政策解读的形式还不够丰富，部分栏目更新不够及时。下一步，我们将进一步健全工作机制，加强业务培训，持续提升政务公开工作水平。';
  const rewritten = [
    '这一年，本机关把政务公开同重点工作一起部署，着力解决群众反映集中的查询难、办事繁问题。',
    '我们重新梳理了信息发布的审核流程，把保密审查前移到起草环节，全年未发生因公开引发的泄密事件。',
    '门户网站改版后增设了政策文件库，按主题和发文时间检索，群众留言中关于找不到文件的反映明显减少。',
    '对涉及企业的政策，我们邀请起草处室负责人在线解答，全年开展在线访谈若干场次，答复网民提问百余条。',
  ].join('\n');
  const withText = (m, body, issues) =>
    reportText(m, { layout: 'pipe' })
      .replace(/(一、总体情况\n)[^\n]*\n/, `$1${body}\n`)
      .replace(/(五、存在的主要问题及改进情况\n)[^\n]*\n/, `$1${issues}\n`);
  // Tables that run on from year to year, so that the text is all there is to find.
  const year = (y) => {
    const m = model('2021', {
      agency: '示例市档案局',
      year: y,
      ...(y === 2022 ? { requests: requestsRows('2021', [34, 0, 0, 0, 0, 0], [34, 0, 0, 0, 0, 0]) } : {}),
    });
    if (y === 2023)
      Object.assign(m.active, { regulations: { ...m.active.regulations, inForce: 12 }, normativeDocs: { ...m.active.normativeDocs, inForce: 48 } });
    return m;
  };
  for (const folder of ['copied', 'rewritten']) mkdirSync(new URL(`check/${folder}/`, ROOT), { recursive: true });
  write('check/copied/2022.txt', withText(year(2022), overview, problems));
  write('check/copied/2023.txt', withText(year(2023), overview, problems));
  write('check/rewritten/2022.txt', withText(year(2022), overview, problems));
  write(
    'check/rewritten/2023.txt',
    withText(year(2023), rewritten, '主要问题是网站栏目之间仍有重复，部分办事指南与实际流程不一致。明年将逐一核对办事指南，合并重复栏目。'),
  );
}

// What the build's copy of pdfjs's worker changes (patches/pdfjs-dist.patch) must read as pdfjs
// does: text and colour set before a `q` and used inside it, nested two deep, in text and drawing.
mkdirSync(new URL('pdfjs/', ROOT), { recursive: true });
{
  const writer = new PdfWriter();
  writer
    .addPage()
    .operators(
      `BT /F1 12 Tf 2 Tc 3 Tw 50 780 Td <${hex('外面的字')}> Tj ET`,
      '0 0 0 0.8 k 0.5 0 0 RG 1 0 0 1 20 -10 cm',
      `BT /F1 10 Tf 4 Tc 90 Tz 2 TL 50 740 Td <${hex('第一层')}> Tj ET`,
      'q 1 0 0 1 5 -30 cm 1.5 w',
      `  BT 50 700 Td <${hex('第二层沿用')}> Tj T* <${hex('下一行')}> Tj ET`,
      '  0 0 0 0.3 sc 0 0.2 0.4 SC 40 680 200 0.5 re f 40 670 m 240 670 l S',
      '  q 0.5 0 0 0.5 0 0 cm 3 Ts',
      `    BT 100 1300 Td <${hex('第三层')}> Tj ET 0.2 sc 80 1280 400 1 re f`,
      '  Q',
      `  BT 50 620 Td <${hex('回到第二层')}> Tj ET 40 610 m 240 610 l S`,
      'Q',
      `BT 50 580 Td <${hex('回到第一层')}> Tj ET 0.1 sc 40 570 200 0.5 re f`,
    );
  write('pdfjs/nested-states.pdf', writer.toBuffer());
}
// Ruling lines drawn in forms (XObjects), which the copy reads with the text: a form of lines
// only, drawn twice (pdfjs skips a form it found without text when it meets it again), moved by
// its matrix and by the state it is drawn in; and a form of text and lines, scaled by its own.
{
  const writer = new PdfWriter();
  writer.addForm('Fm1', [1, 0, 0, 1, 0, -100], '40 700 m 240 700 l S 40 690 200 0.5 re f');
  writer.addForm('Fm2', [0.5, 0, 0, 0.5, 20, 10], `BT /F1 12 Tf 100 600 Td <${hex('表格里的字')}> Tj ET 80 580 m 480 580 l S`);
  writer
    .addPage()
    .operators(`BT /F1 12 Tf 50 780 Td <${hex('页面上的字')}> Tj ET`, '/Fm1 Do', 'q 1 0 0 1 0 -200 cm /Fm1 Do Q', '/Fm2 Do', '40 100 m 240 100 l S');
  write('pdfjs/form-drawing.pdf', writer.toBuffer());
}
// A page compressed by Brotli (PDF 2.0): the copy of pdfjs makes its decoder on the first such stream.
{
  const writer = new PdfWriter().withBrotli();
  const page = writer.addPage();
  page.text(50, 780, 12, '压缩过的页面');
  page.line(40, 770, 240, 770);
  write('pdfjs/brotli.pdf', writer.toBuffer());
}

// What check may claim of reports it could not read whole (fixtures/coverage): tables pasted in as
// pictures, a page whose tables are images, rows cut out, glued digits that cannot all be right,
// zeros left blank. Each `.expected.json` holds the status, each required table's state and the
// errors (rule, row, column) check must give.
{
  mkdirSync(new URL('coverage/', ROOT), { recursive: true });
  const expect = (name, status, tables, errors = []) =>
    write(
      `coverage/${name}.expected.json`,
      `${JSON.stringify({ status, tables, errors: errors.map(([rule, row, column]) => ({ rule, row, column })) }, null, 2)}\n`,
    );
  const m = model('2021');
  const fresh = m.requests.new[6];
  const handled = m.requests.total[6];

  write('coverage/pictures.pdf', reportPdf(m, { pictures: ['requests', 'reviews'] }));
  expect('pictures', 'partial', { active: 'whole', requests: 'unreadable', reviews: 'unreadable' });

  // A crawled page whose three tables were images: the headings are there, the cells are not.
  const page = reportHtml(m, { charset: 'utf-8' })
    .replace(/<table[\s\S]*?<\/table>/g, (_, i) => `<p><img src="table${i}.png" alt=""></p>`)
    .replace('本机关通过门户网站主动公开政府信息。', `本机关通过门户网站主动公开政府信息，全年共新收政府信息公开申请${fresh}件，办结${handled}件。`);
  write('coverage/page-pictures.html', page);
  expect('page-pictures', 'partial', { active: 'unreadable', requests: 'unreadable', reviews: 'unreadable' });

  // Six rows of table 三 lost in the copy.
  const cut = ['国家秘密', '禁止公开', '三安全一稳定', '第三方合法权益', '内部事务', '过程性信息'];
  const rows = reportText(m, { layout: 'pipe' })
    .split('\n')
    .filter((line) => !(line.includes(' | ') && cut.some((words) => line.includes(words))))
    .join('\n');
  write('coverage/rows-missing.txt', rows);
  expect('rows-missing', 'partial', { active: 'whole', requests: 'partial', reviews: 'whole' });

  // Table 四 glued, its 行政复议 总计 printed 6 where its results add up to 5: no split adds up.
  const glued = model('2021');
  glued.reviews.review.total = 6;
  write('coverage/glued-reviews-total.txt', reportText(glued, { layout: 'glued' }));
  expect('glued-reviews-total', 'partial', { active: 'partial', requests: 'whole', reviews: 'partial' });

  // Zeros left blank throughout, and 未经复议直接起诉's four results blank under a printed 总计 of 1: blank is 0 there, and 0 ≠ 1.
  const blankResults = model('2021');
  blankResults.reviews.litigationDirect = { maintained: 0, corrected: 0, other: 0, pending: 0, total: 1 };
  const blankZeros = (text) => text.replace(/\| 0(?= \|)/g, '| ');
  write('coverage/blank-zeros.txt', blankZeros(reportText(blankResults, { layout: 'pipe' })));
  expect('blank-zeros', 'errors', { active: 'whole', requests: 'whole', reviews: 'whole' }, [['reviews.total', 'litigationDirect', null]]);

  // The same four results blank in a report that prints its zeros elsewhere: blank may mean not filled in.
  const printed = reportText(blankResults, { layout: 'pipe' }).replace(/\| 5 \| 0 \| 0 \| 0 \| 0 \| 1 \|/, '| 5 |  |  |  |  | 1 |');
  write('coverage/blank-results.txt', printed);
  expect('blank-results', 'partial', { active: 'whole', requests: 'whole', reviews: 'whole' });
}
