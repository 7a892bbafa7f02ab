import type { ProseFigure, StatedList } from '../types.js';
import { extractDates, extractStatedYear } from './dates.js';
import { approximate, chineseNumber, item } from './numbers.js';
import { extractLists } from './lists.js';
import { extractPublished } from './published.js';
import { extractFeeUnit, extractSections } from './sections.js';

/**
 * Figures that reports state in running text (all of them before 2008–2013, and 总体情况 since):
 * totals, the 其中 breakdowns that follow them, and the percentages given for each part. Keys
 * say what a figure counts; a part is `<total key>.<kind>` or `<total key>.part<n>`; its share
 * is `<part key>.percent`. Extraction is deliberately narrow: a figure we are unsure of is left out.
 */

/** A clause ends at a full stop or a semicolon; a breakdown runs to the end of its sentence. */
const SENTENCE = /[^。]+/g;

interface TotalPattern {
  key: string;
  /** A word the sentence must hold for the pattern to be tried: most sentences hold none. */
  needle: string;
  pattern: RegExp;
  /**
   * For a figure that follows its subject (全区共收到70件申请，依法办结69件): the sentence up to the
   * figure must speak of applications for information and of nothing else that is 办结 or 结转.
   */
  about?: { must: RegExp; not: RegExp };
  /**
   * For a figure whose phrase names its subject (受理…申请N件): a sentence up to the figure that speaks
   * of another kind of application (行政复议申请, 审批窗口 受理申请121510件) is not about table 三, unless
   * the phrase itself says 信息公开.
   */
  otherwise?: RegExp;
}

/** What else a report says is applied for, received or handled: 复议, 咨询, 信访 …. */
const OTHER_KINDS = '复议|诉讼|诉求|审批|热线|信访|投诉|咨询|建议|提案';

/** Applications for information, and not the other things a report says are handled. */
const APPLICATIONS = { must: /申请/, not: new RegExp(`${OTHER_KINDS}|事项|案件`) };

/** Applications of other kinds than for information, and the places that receive them (平潭 2014: 审批…窗口…受理申请121510件). */
const OTHER_APPLICATIONS = new RegExp(`${OTHER_KINDS}|窗口|办件|政务服务`);

/** Totals by what they count, most specific first. The number is the last group. */
const TOTALS: readonly TotalPattern[] = [
  // 已答复 or 答复总数: a bare 答复2件 is as often about 建议提案 as about applications.
  // Applications are counted in 件, and in the 2008–2013 reports in 条.
  { key: 'requests.answered', needle: '答复', pattern: /(?:(?:已经|已)答复(?:的)?(?:总数|总计)?|答复(?:总数|总计))(?:为|了)?\s*(\d+)\s*[件条]/ },
  {
    key: 'requests.received',
    needle: '申请',
    pattern: /(?:受理|收到|接收|接到)(?:了)?[^，,；;。]{0,24}?申请(?:共|共计|总数)?(?:为)?\s*(\d+)\s*[件条]/,
    otherwise: OTHER_APPLICATIONS,
  },
  { key: 'requests.received', needle: '申请', pattern: /申请[^，,；;。]{0,8}?(?:总数|总量|数量)(?:为)?\s*(\d+)\s*[件条]/, otherwise: OTHER_APPLICATIONS },
  {
    key: 'requests.received',
    needle: '申请',
    pattern: /(?:受理|收到|接收|接到)(?:了)?(?:共|共计)?\s*(\d+)\s*件(?:政府信息公开|信息公开|依申请公开)?申请/,
    otherwise: OTHER_APPLICATIONS,
  },
  // 办结 and 结转 are table 三's 总计 and 结转下年度: said after the applications they are of.
  {
    key: 'requests.handled',
    needle: '办',
    // 按时办结18件，延期办结1件 are parts of the 总计, not it.
    pattern: /(?<!按时|按期|延期|逾期|当场|当日)(?:办结|办理(?:完毕|完成)?)(?:了)?(?:政府信息公开申请|依申请公开(?:申请)?|申请)?(?:共|共计)?\s*(\d+)\s*件/,
    about: APPLICATIONS,
  },
  { key: 'requests.carriedOver', needle: '上年结转', pattern: /上年结转(?:的)?(?:申请)?(?:共)?\s*(\d+)\s*件/, about: APPLICATIONS },
  {
    key: 'requests.carriedForward',
    needle: '结转',
    // A year only after 至 or 到: 结转2024年度的申请 is what came over from 2024. The lookbehind starts
    // the second form's number at the first digit of a run (else a long run is tried at each digit).
    pattern:
      /(?:结转(?:(?:至|到)?下一?年度?|(?:至|到)(?:19|20)\d{2}年度?)(?:继续办理)?(?:的)?(?:申请)?(?:共|为)?\s*(\d+)\s*件|(?<!\d)(\d+)\s*件(?:申请)?结转(?:(?:至|到)?下一?年度?|(?:至|到)(?:19|20)\d{2}年))/,
    about: APPLICATIONS,
  },
  { key: 'consultations', needle: '咨询', pattern: /咨询[^，,；;。\d]{0,8}?(\d+)\s*人次/ },
  { key: 'reviews.total', needle: '行政复议', pattern: /行政复议(?:案件|案)?\s*(\d+)\s*件/ },
  { key: 'litigation.total', needle: '行政诉讼', pattern: /行政诉讼(?:案件|案)?\s*(\d+)\s*件/ },
];

/** Results stated beside a total without 其中 (行政复议纠错0件). */
const BESIDE: readonly TotalPattern[] = [
  { key: 'reviews.corrected', needle: '纠错', pattern: /行政复议[^，,；;。\d]{0,4}纠错(?:数)?\s*(\d+)\s*件/ },
  { key: 'litigation.corrected', needle: '纠错', pattern: /行政诉讼[^，,；;。\d]{0,4}纠错(?:数)?\s*(\d+)\s*件/ },
];

/**
 * Table 二's 行政规范性文件 as 总体情况 states them (动态更新本年度制发的规范性文件88件; 集中公开现行有效
 * 行政规范性文件698件). A library of documents in force may hold others' too, so these are compared as
 * warnings; they settle a glued row of table 二 that splits several ways.
 */
const NORMATIVE_DOCS: readonly TotalPattern[] = [
  { key: 'active.normativeDocs.issued', needle: '制发', pattern: /制发(?:的)?(?:行政)?规范性文件(?:共)?\s*(\d+)\s*件/ },
  { key: 'active.normativeDocs.repealed', needle: '废止', pattern: /废止(?:了)?(?:行政)?规范性文件(?:共)?\s*(\d+)\s*件/ },
  { key: 'active.normativeDocs.inForce', needle: '现行有效', pattern: /现行有效(?:的)?(?:行政)?规范性文件(?:共)?\s*(\d+)\s*件/ },
];

/**
 * 主动公开 by channel, as the 2008–2018 tables count it (通过“中国平潭网”门户网站公开政府信息3636条;
 * 政务微博发布信息…条). A website's count may hold more than the table's (news, other offices), so
 * these are compared as warnings. Keyed apart from published.total's parts: one item goes out on
 * several channels, so they are not parts that add up. The bounded gaps keep a long sentence linear.
 */
const CHANNELS: readonly TotalPattern[] = [
  {
    key: 'channels.website',
    needle: '网',
    pattern: /(?:通过|在|经)[^，,；;。\d]{0,24}?(?:网站|门户网|政府网)[^，,；;。\d]{0,8}?(?:公开|发布)(?:了)?(?:政府)?信息(?:共|共计)?\s*(\d+)\s*条/,
  },
  { key: 'channels.gazette', needle: '公报', pattern: /政府公报[^，,；;。\d]{0,8}?(?:公开|刊登|刊发|发布)(?:了)?(?:政府)?信息(?:共|共计)?\s*(\d+)\s*条/ },
  { key: 'channels.weibo', needle: '微博', pattern: /政务微博[^，,；;。\d]{0,8}?(?:公开|发布)(?:了)?(?:政府)?信息(?:共|共计)?\s*(\d+)\s*条/ },
  { key: 'channels.wechat', needle: '微信', pattern: /政务微信[^，,；;。\d]{0,8}?(?:公开|发布)(?:了)?(?:政府)?信息(?:共|共计)?\s*(\d+)\s*条/ },
];

const PATTERNS = [...TOTALS, ...BESIDE, ...NORMATIVE_DOCS, ...CHANNELS];

/**
 * A total's phrase with the start of its clause: it says whose figure it is (全市共受理…,
 * 区政府办代表区政府受理…). Taken after the match, not by the pattern: a lazy prefix in the pattern
 * is tried at every position of a long table line.
 */
const CLAUSE_LEAD = 16;
function withClause(sentence: string, index: number, phrase: string): string {
  const before = sentence.slice(Math.max(0, index - CLAUSE_LEAD), index);
  const start = Math.max(...['，', ',', '；', ';', '。'].map((mark) => before.lastIndexOf(mark))) + 1;
  return (before.slice(start) + phrase).trim();
}

/**
 * A figure that follows its subject, quoted from the start of its sentence; in a long sentence, up
 * to its first figure (whose figures they are: 全区共收到…N件) and then the figure's own clause.
 */
const SUBJECT_LEAD = 80;
function withSubject(sentence: string, start: number, end: number): string {
  if (end <= SUBJECT_LEAD) return sentence.slice(0, end).trim();
  const own = Math.max(...['，', ',', '；', ';'].map((mark) => sentence.lastIndexOf(mark, start))) + 1;
  const firstFigure = sentence.search(/\d/);
  const subjectEnd = sentence.slice(firstFigure).search(/[，,；;]/) + firstFigure;
  if (subjectEnd < firstFigure || subjectEnd >= own) return sentence.slice(own, end).trim();
  return `${sentence.slice(0, subjectEnd).trim()}……${sentence.slice(own, end).trim()}`;
}

/** Words that say none were received: the figure is 0. */
const NONE_RECEIVED = /(?:未|没有)(?:收到|接到|受理)过?[^。，,]{0,12}申请/;

/** Kinds of part, by the words of their label. */
const KINDS: Record<string, readonly [RegExp, string][]> = {
  'requests.received': [
    [/当面/, 'inPerson'],
    [/网上|网络|在线/, 'online'],
    [/信函/, 'letter'],
    [/传真/, 'fax'],
    [/电子邮件/, 'email'],
    // By applicant, as table 三's columns (其中自然人申请741件，法人或其他组织申请8件).
    [/自然人/, 'natural'],
    [/法人或其他组织|法人和其他组织/, 'organisations'],
    [/商业企业/, 'commercial'],
    [/科研机构/, 'research'],
    [/社会公益组织/, 'nonprofit'],
    [/法律服务机构/, 'legal'],
  ],
  // The groups of table 三's 办理结果, as 总体情况 names them.
  'requests.handled': [
    [/(?:予以|同意)公开(?:及|和|或|、)部分公开/, 'grantedOrPartial'],
    [/不予公开/, 'withheld'],
    [/部分公开/, 'partial'],
    [/予以公开|同意公开/, 'granted'],
    [/无法提供/, 'unavailable'],
    [/不予处理/, 'unprocessed'],
    [/其他处理/, 'other'],
  ],
  'requests.answered': [
    [/已主动公开/, 'alreadyPublic'],
    [/同意公开.{0,6}部分公开|部分公开.{0,6}同意公开/, 'grantedOrPartial'],
    [/不同意公开|不予公开/, 'denied'],
    [/不属于本/, 'notThisAgency'],
    [/非政府信息|不属于政府信息/, 'notGovInfo'],
    [/不存在/, 'notExist'],
    [/更改补充/, 'amend'],
    [/其他途径/, 'otherChannel'],
  ],
  consultations: [
    [/电话/, 'phone'],
    [/当面/, 'inPerson'],
    [/网上|网络/, 'online'],
  ],
  'reviews.total': [
    [/维持/, 'maintained'],
    [/纠错|纠正/, 'corrected'],
    [/其他/, 'other'],
    [/未审结|未结/, 'pending'],
  ],
  'litigation.total': [
    [/维持|驳回/, 'maintained'],
    [/纠错|纠正/, 'corrected'],
    [/其他/, 'other'],
    [/未审结|未结/, 'pending'],
  ],
};

const NEXT_STATEMENT = /^(?:共|另|此外|同时|其余|全年|累计|结转|办理|办结)/;
const PERCENT = /占([^，,；;。\d]{0,6}?)(\d+(?:\.\d+)?)%/;

/** The key of a part: reviews.total's parts are reviews.maintained …, requests.received's requests.received.inPerson …. */
export function partKey(total: string, kind: string): string {
  return `${total.replace(/\.total$/, '')}.${kind}`;
}

function kindOf(total: string, label: string, index: number): string {
  const found = KINDS[total]?.find(([pattern]) => pattern.test(label));
  return partKey(total, found ? found[1] : `part${index + 1}`);
}

/** The parts listed after 其中 up to the end of the sentence, with the percentages given for them. */
function breakdown(total: string, rest: string): ProseFigure[] {
  const match = /^[，,]?\s*(其中|涉及)[：:，,]?/.exec(rest);
  if (!match) return [];
  // 涉及自然人72件、商业企业3件，均在…: a list of its own, in 、, that ends where its items do.
  const involving = match[1] === '涉及';
  const figures: ProseFigure[] = [];
  let last: ProseFigure | null = null;
  let parts = 0;
  const clauses = rest.slice(match[0].length).split(involving ? /[，,；;、]/ : /[，,；;]/);
  for (const clause of clauses) {
    const text = clause.trim();
    // The list ends where the sentence goes on to another total (…；行政诉讼46件，其中…) or
    // another statement (…，共办理718件，结转下一年31件).
    if (NEXT_STATEMENT.test(text) || TOTALS.some((t) => t.key !== total && text.includes(t.needle) && t.pattern.test(text))) break;
    const percent = PERCENT.exec(text);
    if (percent && last) {
      if (!approximate(percent[1]!)) figures.push({ key: `${last.key}.percent`, value: Number(percent[2]), unit: '%', text: `${last.text}，${text}` });
      continue;
    }
    const part = item(text);
    if (!part && involving) break;
    if (!part) {
      last = null;
      continue;
    }
    last = { key: kindOf(total, part.label, parts++), value: part.value, unit: part.unit, text };
    figures.push(last);
  }
  return figures;
}

/**
 * Sentences as one line (PDF text breaks them anywhere: 行政复议 351⏎件), numbers written as words
 * (三件, 二〇二〇年) and with thousands separators (1,468件) made plain digits.
 */
function plainNumbers(text: string): string {
  return numberWordsAsDigits(joinLines(text).replace(/(\d),(?=\d{3}(?!\d))/g, '$1'));
}

const NUMERAL_RUN = /[零〇一二两三四五六七八九十百千]+/g;
const YEAR_DIGITS = /^[〇零一二三四五六七八九]{4}$/;

/**
 * Numbers written as words made digits: a run of numerals before 件, 人次 or 条 (三件, 第二十条),
 * or the last four digit-words of a run before 年 (二〇二〇年). Found run by run: one pattern with
 * both cases and a look-ahead was tried at every character and cost twice as much.
 */
export function numberWordsAsDigits(text: string): string {
  let out = '';
  let done = 0;
  for (const { 0: run, index: start } of text.matchAll(NUMERAL_RUN)) {
    const end = start + run.length;
    let from = -1;
    if (text.startsWith('件', end) || text.startsWith('人次', end) || text.startsWith('条', end)) from = start;
    else if (text[end] === '年' && run.length >= 4 && YEAR_DIGITS.test(run.slice(-4))) from = end - 4;
    if (from < 0) continue;
    out += text.slice(done, from) + String(chineseNumber(text.slice(from, end)));
    done = end;
  }
  return out + text.slice(done);
}

/** A section heading standing on its line (一、总体情况; （二）依申请公开方面): it ends where the sentence after it starts. */
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^。，,；;\d]{2,20}$/;

/** The lines run together without the spaces around each break; a heading line ends as a sentence would. */
function joinLines(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const trimmed = line.trim();
      return HEADING.test(trimmed) ? `${trimmed}。` : trimmed;
    })
    .join('');
}

/** A count the text states (not its dates, years or section headings): what makes a report one with figures to check. */
export function isStatedFigure(figure: ProseFigure): boolean {
  return !/^(?:date|year|form)\./.test(figure.key);
}

/** The first figure a pattern finds in a sentence, with the phrase it came from; null when the sentence is not about what the pattern counts. */
function statedBy({ key, pattern, about, otherwise }: TotalPattern, sentence: string): { figure: ProseFigure; end: number } | null {
  const match = pattern.exec(sentence);
  if (!match) return null;
  const end = match.index + match[0].length;
  const number = match.slice(1).find((group) => group !== undefined)!;
  if (approximate(sentence.slice(0, match.index + match[0].lastIndexOf(number)))) return null;
  if (about && !(about.must.test(sentence.slice(0, end)) && !about.not.test(sentence.slice(0, match.index)))) return null;
  if (otherwise && otherwise.test(sentence.slice(0, end)) && !/信息公开|依申请/.test(match[0])) return null;
  const figure = {
    key,
    value: Number(number),
    unit: match[0].endsWith('人次') ? '人次' : match[0].endsWith('条') ? '条' : '件',
    text: about ? withSubject(sentence, match.index, end) : withClause(sentence, match.index, match[0]),
  };
  return { figure, end };
}

/** What the running text states: its figures, each with the phrase it came from, and its lists. */
export function readProse(raw: string): { figures: ProseFigure[]; lists: StatedList[] } {
  const text = plainNumbers(raw);
  const figures: ProseFigure[] = [];
  const seen = new Set<string>();
  const add = (figure: ProseFigure | null): void => {
    if (!figure || seen.has(figure.key)) return;
    seen.add(figure.key);
    figures.push(figure);
  };
  // Dates are read from the lines as they are: a signature stands on a line of its own.
  for (const figure of [...extractDates(raw), ...extractSections(raw), ...extractFeeUnit(raw)]) add(figure);
  const sentences = [...text.matchAll(SENTENCE)].map(([sentence]) => sentence);
  for (const figure of extractPublished(sentences)) add(figure);
  add(extractStatedYear(sentences));
  for (const sentence of sentences) {
    for (const total of PATTERNS) {
      if (seen.has(total.key) || !sentence.includes(total.needle)) continue;
      const stated = statedBy(total, sentence);
      if (!stated) continue;
      add(stated.figure);
      for (const part of breakdown(total.key, sentence.slice(stated.end))) add(part);
    }
    if (!seen.has('requests.received')) {
      const none = NONE_RECEIVED.exec(sentence);
      // 未收到…行政复议申请 says nothing of the applications for information.
      if (none && !/复议|诉讼/.test(none[0])) add({ key: 'requests.received', value: 0, unit: '件', text: none[0] });
    }
  }
  return { figures, lists: extractLists(sentences) };
}
