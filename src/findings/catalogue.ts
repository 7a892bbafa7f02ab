import { columnLabel } from '../template/index.js';
import { entry, type Entry } from './entry.js';
import { READING } from './reading.js';
import { alsoBroken, broken, cellsOf, difference, explanation, listSum, num, quote, where, type Explained, type ListDetail } from './phrases.js';

/**
 * Every finding the tool can report, in the order the README lists them: the rules over the
 * numbers (errors), then what reading met (warnings). A rule module or a stage names its finding
 * by id and supplies the typed details; severity and wording come from here only.
 */
export const CATALOGUE = {
  'requests.balance': entry<Explained>({
    severity: 'error',
    table: 'requests',
    summary: '表三每一列：本年新收加上年结转，应等于办理结果总计加结转下年度继续办理。',
    description: '本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理, per column',
    message: (at, d) => broken(at, d, `本年新收加上年结转 ${num(at.left)} 不等于办理结果总计加结转下年度 ${num(at.right)}`),
  }),
  'requests.total': entry<Explained>({
    severity: 'error',
    table: 'requests',
    summary: '表三每一列：（七）总计应等于各项办理结果之和（只在每一行都读出时核对）。',
    description:
      '（七）总计 = the sum of every 办理结果 row, per column — only when every such row was read, so that a row the parser missed is a `structure.rowMissing` warning, never a false error',
    message: (at, d) => broken(at, d, `（七）总计 ${num(at.left)} 不等于各项办理结果之和 ${num(at.right)}`),
  }),
  'requests.columns': entry<Explained>({
    severity: 'error',
    table: 'requests',
    summary: '表三每一行：总计列应等于自然人与五类法人或其他组织之和。',
    description: '总计 column = 自然人 + the five 法人或其他组织 columns, per row',
    message: (at, d) => broken(at, d, `总计 ${num(at.left)} 不等于各类申请人之和 ${num(at.right)}`),
  }),
  'requests.wrongColumn': entry<{ received: string; handled: string }>({
    severity: 'info',
    table: 'requests',
    summary: '两类申请人的列一多一少、总计相符：可能有申请在收到时和办理时记在了不同的申请人类别下。',
    description:
      'two applicant columns break the balance by +k and −k while 总计 holds: k applications seem to be counted under one kind of applicant when received and another when handled',
    message: (at, d) =>
      `表三「${columnLabel('requests', d.received)}」列收到的比办理的多 ${num(at.left)} 件，「${columnLabel('requests', d.handled)}」列办理的比收到的多 ${num(at.left)} 件，总计列相符：可能有 ${num(at.left)} 件申请在收到时和办理时记在了不同的申请人类别下。`,
  }),
  'reviews.total': entry<Explained>({
    severity: 'error',
    table: 'reviews',
    summary: '表四每一组：总计应等于结果维持、结果纠正、其他结果、尚未审结之和。',
    description: '总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group of table 四',
    message: (at, d) => broken(at, d, `总计 ${num(at.left)} 不等于结果维持、结果纠正、其他结果、尚未审结之和 ${num(at.right)}`),
  }),
  'legacy.sum': entry<Explained>({
    severity: 'error',
    table: 'legacy',
    summary: '2014–2018 统计指标表：各项总数应等于其分项之和。',
    description: '统计指标 totals = their parts: requests by channel, closed = on time + extended, replies by kind, 复议/诉讼/举报 by result, archives, staff',
    message: (at, d) => `${where(at)}：${num(at.left)} 不等于其分项之和 ${num(at.right)}${difference(at)}${explanation(at, d)}${alsoBroken(at, d)}。`,
  }),
  'legacy.bound': entry<Explained>({
    severity: 'error',
    table: 'legacy',
    summary: '2014–2018 统计指标表：总数不应小于“其中”所列各项之和。',
    description: 'a whole ≥ the parts listed under 其中: refusals by reason, events attended by the head, normative documents published',
    message: (at) => `${where(at)}：${num(at.left)} 小于其中所列各项之和 ${num(at.right)}${difference(at)}。`,
  }),
  'prose.breakdown': entry<ListDetail>({
    severity: 'error',
    table: null,
    summary:
      '正文中的列举（其中、包括、分别为，或“共/累计”后的各项）：各项之和不应超过总数；列有“其他”、占比合计 100% 或“分别为”时应恰好等于总数。每一种读法都不成立时才算错误。',
    description:
      'a list the text states — a total and the parts given with it under 其中, 包括, 分别为, or bare items after 共/累计 N, in any subject — is wrong under every reading of which figure the parts are of (the figure just before 其中, or the list before it, of which 信函4件、网络申请2件，其中…6件 is the whole): parts that exceed their total, or a complete list (an 其他 item, shares adding to 100 %, 分别为, 行政复议/行政诉讼 by their results) that does not add up',
    message: (at, d) => `正文「${quote(d.text)}」：${listSum(at, d)}。`,
  }),
  'prose.percent': entry<{ text: string; part: number; total: number }>({
    severity: 'error',
    table: null,
    summary: '正文中的占比应与分项除以总数相符（容许所印位数的四舍五入或截断）。',
    description: 'a stated share (占总数的20.0%) matches part ÷ total within the rounding it prints',
    message: (at, d) => `正文「${d.text}」：${d.part} ÷ ${d.total} = ${num(at.right)}%，与所写的 ${num(at.left)}% 不符。`,
  }),
  'prose.table': entry<{ text: string; over?: number; cells?: string }>({
    severity: 'error',
    table: null,
    summary: '总体情况中全机关的数字应与表三、表四（及旧统计指标表）相符。',
    description:
      "a whole-body figure in 总体情况 (全区共受理…N件 and by applicant under 其中 or 涉及, 上年结转N件, 办结N件, 结转下年度N件 and the results listed under 其中; 政府信息公开行政复议/行政诉讼 N件 and their results) agrees with table 三 (本年新收, or that plus 上年结转, in 总计 or the applicant's columns; 上年结转; 总计, or that plus 结转; 结转下年度; each result's rows) and table 四, and in the 2008–2018 reports with the old table's rows (收到申请数 and its channels, 申请办结数, 申请答复数 and each kind of reply, 行政复议/行政诉讼 and their results); an office speaking for the body (代表) or a sentence of another year is a warning (prose.tableScope); approximate figures (约, 近, 余) are not read",
    message: (at, d) =>
      `正文「${d.text}」与${cellsOf(at, d)}不符：表中为 ${num(at.right)} 件${d.over ? `（加上年结转为 ${num(at.right! + d.over)} 件）` : ''}，正文为 ${num(at.left)} 件。`,
  }),
  'prose.tableScope': entry<{ text: string; cells?: string }>({
    severity: 'warning',
    table: null,
    summary: '正文数字与表格不符，但这句话可能只说一部分或另一口径（某一单位、代表、另一年度等）：只作警告。',
    description:
      "a figure stated in the text differs from its table where the sentence may not speak for the whole report (one office, 代表; 全市/全区 in a department's report or one whose agency is unknown; a sentence naming only another year; table 二's 规范性文件, whose library may hold others'; a 主动公开 count, in all or by channel (网站, 政府公报, 政务微博, 政务微信), that the old table keeps its own way): quoted, never an error",
    message: (at, d) => `正文「${d.text}」为 ${num(at.left)}，${cellsOf(at, d)}为 ${num(at.right)}；这句话说的可能只是一部分或另一口径，请核对。`,
  }),
  'year.period': entry<{ text: string }>({
    severity: 'error',
    table: null,
    summary: '正文所说的统计期限是另一年度的。',
    description: "the statistics period the text states (统计期限自…年1月1日) is of another year than the report's",
    message: (at, d) => `正文「${d.text}」的统计期限是 ${at.left} 年，报告却是 ${at.right} 年度的（沿用了其他年度的文字？）。`,
  }),
  'year.heading': entry<{ text: string }>({
    severity: 'error',
    table: null,
    summary: '表格标题写的是另一年度。',
    description: "a table's heading names another year than the report's (2015年度 in a 2016 report)",
    message: (at, d) => `统计表标题「${d.text}」写的是 ${at.left} 年，报告却是 ${at.right} 年度的。`,
  }),
  'year.stated': entry<{ text: string }>({
    severity: 'warning',
    table: null,
    summary: '一句讲数字的话以另一年度开头：可能沿用了往年的文字，或说的是另一年。',
    description:
      "a sentence of figures opens with another year than the report's (2022年，全区收到… in a 2023 report): copied from last year's report, or about another year",
    message: (at, d) => `正文「${d.text}」说的是 ${at.left} 年的数字，报告却是 ${at.right} 年度的（沿用了其他年度的文字？）。`,
  }),
  'date.early': entry<{ text: string; year: number; end?: string }>({
    severity: 'error',
    table: null,
    summary: '落款日期早于数字的截止日：早于正文所说的统计期限结束，或在报告年度结束之前。',
    description:
      'the report is signed before its figures end: before the end of the period its text states (统计期限…至, 数据截止…), else before the year it reports on had ended',
    message: (_at, d) =>
      d.end ? `落款日期「${d.text}」早于正文所说的统计截止日 ${d.end}。` : `落款日期「${d.text}」在 ${d.year} 年结束之前，而报告说的是 ${d.year} 全年。`,
  }),
  'date.periodShort': entry<{ text: string; end: string }>({
    severity: 'info',
    table: null,
    summary: '正文所说的统计期限在年底之前结束：数字不是全年的。',
    description: 'the period the text states ends before the year does (数据截止12月26日): the figures are not the whole year’s',
    message: (_at, d) => `正文说「${d.text}」：本报告的数字截至 ${d.end}，不是全年的。`,
  }),
  'date.late': entry<{ text: string; due: string; rule: string }>({
    severity: 'info',
    table: null,
    summary: '落款日期晚于法定公布期限（部门 1 月 31 日，人民政府 3 月 31 日）：只作提示。',
    description: 'signed after the legal deadline: 1月31日 for departments, 3月31日 for people’s governments (since the 2019 条例); a note',
    message: (_at, d) => `落款日期「${d.text}」晚于 ${d.due}（${d.rule}）。`,
  }),
  'form.sections': entry<{ missing: string; outOfOrder: string }>({
    severity: 'info',
    table: null,
    summary: '2019、2021 年版格式的六个部分应齐全且按序：只作提示。',
    description: 'the 2019 and 2021 forms: the six sections 一、总体情况 … 六、其他需要报告的事项 present and in order (a note)',
    message: (_at, d) =>
      `报告格式的六个部分（一、总体情况 … 六、其他需要报告的事项）中，${d.missing ? `第 ${d.missing} 部分的标题未找到（缺少，或写法与格式不同）` : ''}${d.missing && d.outOfOrder ? '；' : ''}${d.outOfOrder ? `第 ${d.outOfOrder} 部分的次序与格式不同` : ''}。`,
  }),
  'form.feeUnit': entry<{ text: string }>({
    severity: 'info',
    table: 'active',
    summary: '2021 年版表二收费金额一栏的单位应为万元：写成其他单位时提示。',
    description: "the 2021 form heads table 二's fee column 本年收费金额（单位：万元）: a column headed in another unit (元) is a note",
    message: (_at, d) => `表二收费金额的表头为「${d.text}」，2021 年格式规定以万元为单位；与其他报告比较时请换算。`,
  }),
  'continuity.carryover': entry<{ previousYear: number; previousFile: string } | { nextYear: number; nextFile: string }>({
    severity: 'error',
    table: 'requests',
    summary: '同一机关：上一年的结转下年度应等于下一年的上年结转。',
    description: "year N's 结转下年度 = year N+1's 上年结转 for the same agency (name compared exactly, spaces aside), filed on year N+1",
    message: (at, d) =>
      'nextYear' in d
        ? `${where(at)}：结转下年度继续办理 ${num(at.left)} 不等于 ${d.nextYear} 年报告（${d.nextFile}）的上年结转 ${num(at.right)}${difference(at)}。`
        : `${where(at)}：上年结转 ${num(at.left)} 不等于 ${d.previousYear} 年报告（${d.previousFile}）的结转下年度继续办理 ${num(at.right)}${difference(at)}。`,
  }),
  'continuity.stock': entry<{
    otherYear: number;
    otherFile: string;
    previousYear: number;
    previous: number;
    issued: number;
    repealed: number;
    year: number;
  }>({
    severity: 'warning',
    table: 'active',
    summary: '同一机关表二：上年现行有效加本年制发减本年废止，应等于本年现行有效（修订有时另计，只作警告）。',
    description:
      "table 二's stock from year to year, for 规章 and 规范性文件: year N−1's 现行有效 + year N's 本年制发 − 本年废止 = year N's 现行有效 (a warning: revisions are sometimes counted as 制发)",
    message: (at, d) =>
      `${where(at)}：${d.previousYear} 年现行有效 ${d.previous} 件 + ${d.year} 年制发 ${d.issued} 件 − 废止 ${d.repealed} 件 = ${num(at.right)} 件，而 ${d.year} 年现行有效为 ${num(at.left)} 件（对照 ${d.otherYear} 年报告 ${d.otherFile}；把修订计为制发时会这样，请核对）。`,
  }),
  'continuity.copied': entry<{
    /** fromPrevious: filed on the later report; byNext: on the earlier, which the later one copies. */
    direction: 'fromPrevious' | 'byNext';
    otherYear: number;
    otherFile: string;
    /** Of the later report's sentences, in characters: the share found word for word in the earlier. */
    percent: number;
    copied: number;
    characters: number;
    /** The longest run of copied sentences, in characters, and the section it starts in. */
    longest: number;
    longestSection: string | null;
    /** The form's sections the later report copies whole. */
    sections: string[];
  }>({
    severity: 'info',
    table: null,
    summary: '同一机关：正文与上一年报告一字不差的句子，占多少、最长一段在哪、哪些节整节照抄（评议时常因此扣分）。',
    description:
      "sentences of year N+1's running text that are year N's word for word (same agency): noted when they are a fifth of its text or more, or fill a whole section of the form, with the share, the longest run and the sections copied whole",
    message: (_at, d) => {
      const whose = d.direction === 'fromPrevious' ? `本报告正文有 ${d.percent}%` : `${d.otherYear} 年报告（${d.otherFile}）正文有 ${d.percent}%`;
      const source = d.direction === 'fromPrevious' ? `与 ${d.otherYear} 年报告（${d.otherFile}）` : '与本报告';
      const longest = `最长一段连续照抄 ${d.longest} 字${d.longestSection ? `，在「${d.longestSection}」` : ''}`;
      const sections = d.sections.length > 0 ? `；整节照抄：${d.sections.join('、')}` : '';
      return `${whose}（${d.characters} 字中的 ${d.copied} 字）${source}一字不差；${longest}${sections}。`;
    },
  }),
  'continuity.duplicateYear': entry<{ year: number; otherFile: string }>({
    severity: 'info',
    table: null,
    summary: '同一机关同一年度有两份文件（网页和 PDF 等）：各自与相邻年度核对。',
    description: 'two files hold the same agency and year (a web page and its PDF, as crawls often have): each is compared with its neighbouring years',
    message: (_at, d) => `同一机关 ${d.year} 年的报告已读过一份（${d.otherFile}）；两份各自与相邻年度核对。`,
  }),
  ...READING,
};

export type FindingId = keyof typeof CATALOGUE;

/** The details each finding's message needs, by id. */
export type Details = { [Id in FindingId]: (typeof CATALOGUE)[Id] extends Entry<infer D> ? D : never };

export const FINDING_IDS = Object.keys(CATALOGUE) as FindingId[];
