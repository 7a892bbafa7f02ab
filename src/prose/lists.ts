import type { Completeness, StatedFigure, StatedList } from '../types.js';
import { approximate } from './numbers.js';

/**
 * The running text read as statements of lists: a total and the parts listed with it, in any
 * subject. A sentence is cut into clauses (，；：) and items (、); each figure is its number,
 * unit and label (the words before it in its clause). A list is a figure followed by a marker
 * (其中, 包括, 分别为 …) and the figures after it, or a stated total (共, 累计 …) followed by bare
 * items of the same unit. Where the text leaves open which figure the parts are of, each
 * plausible total is kept as a reading: the rules call a list wrong only where every reading is.
 */

const UNITS = '人次|件|条|个|项|起|篇|家|次|人';
/** A count and its unit; not an ordinal (第20条), not a span of time (3个工作日), not a share. */
const FIGURE = new RegExp(`(?<![\\d.第])(\\d+(?:\\.\\d+)?)\\s*(${UNITS})(?!工作日|月|小时|季度|百分点|以上|以内|左右|余)`, 'g');
const SHARE = /^[，,]?\s*占[^，,；;。\d%]{0,12}?(\d+(?:\.\d+)?)\s*%/;
const MARKER = /(?:其中|包括|分别为|分别是|具体为|具体是|主要为|主要有)[，,：:]?/g;
/** Words that make a figure a total: 共 (not of 公共, 共同 …), 累计, 合计 … before its number. */
const TOTAL_WORD = /(?:^|[^公])共(?![同享建性产识])|累计|合计|总计|总数|总量/;
/** A marker right after a figure: that figure heads a list of its own, and is no part of the one before. */
const HEADS_LIST = /^[\s，,：:（(]*(?:其中|包括|分别为|分别是)/;
/** A clause that starts another statement ends the list before it (…，共办理718件; …，结转下年度31件). */
const NEXT_STATEMENT = /^(?:另|此外|同时|全年|共|累计|结转|办理|办结|答复|受理|收到)/;
/** Verbs in an item's label make it a statement of its own, not an item of a bare list. */
const VERB = /公开|发布|收到|受理|办结|办理|答复|结转|新增|制发|处理|接待|召开|开展|举办|培训/;
const CATCH_ALL = /^(?:[和及与、]|以及)?\s*(?:其他|其它|其余)/;
const BOUNDARY = /[，,；;：:、]/;
const LEADING_MARKER = /^(?:其中|包括|分别为|分别是|具体为|具体是|主要为|主要有)[，,：:]?\s*/;
/**
 * Markers read in one sentence: a report's longest sentence has a few. Each reads the figures
 * after it, so past this a hostile sentence would cost markers × figures.
 */
const MAX_MARKERS = 50;

interface Found extends StatedFigure {
  start: number;
  end: number;
  /** The clause it stands in: figures of one clause are one item each only when 、 divides them. */
  labelStart: number;
}

/** Every figure of a sentence, in order, each with its label and any share that follows it. */
function figuresOf(sentence: string): Found[] {
  const found: Found[] = [];
  for (const match of sentence.matchAll(FIGURE)) {
    const start = match.index;
    const end = start + match[0].length;
    const previousEnd = found.at(-1)?.end ?? 0;
    let labelStart = start;
    while (labelStart > previousEnd && !BOUNDARY.test(sentence[labelStart - 1]!)) labelStart--;
    const label = sentence.slice(labelStart, start).trim().replace(LEADING_MARKER, '');
    if (approximate(label)) continue;
    const share = SHARE.exec(sentence.slice(end));
    found.push({
      label,
      value: Number(match[1]),
      unit: match[2]!,
      start,
      end: share ? end + share[0].length : end,
      labelStart,
      ...(share ? { share: Number(share[1]) } : {}),
    });
  }
  return found;
}

/** How deep in parentheses each place of the sentence is: a list inside （…） is a part's own breakdown. */
function depths(sentence: string): Int16Array {
  const depth = new Int16Array(sentence.length + 1);
  let level = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (ch === '(' || ch === '（') level++;
    depth[i] = level;
    if (ch === ')' || ch === '）') level = Math.max(0, level - 1);
  }
  depth[sentence.length] = level;
  return depth;
}

/** The shallowest place between two places: below the list's own depth, a parenthesis closed on it. */
function shallowest(depth: Int16Array, from: number, to: number): number {
  let least = Infinity;
  for (let i = from; i < to; i++) least = Math.min(least, depth[i]!);
  return least;
}

const plain = ({ label, value, unit, share }: Found): StatedFigure => ({ label, value, unit, ...(share === undefined ? {} : { share }) });

/** The index of the first figure that starts at or after `place` (figures are in order). */
function firstAfter(figures: readonly Found[], place: number): number {
  let low = 0;
  let high = figures.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (figures[mid]!.start < place) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether a marker stands between two places: a second 其中 starts a list of its own. */
function markerBetween(sentence: string, from: number, to: number): boolean {
  const between = sentence.slice(from, to);
  return LEADING_MARKER.test(between.replace(/^[\s，,；;、]+/, '')) || /[，,；;](?:其中|包括)/.test(between);
}

/**
 * The parts after `from`: figures of the unit at the list's own depth, up to a clause that starts
 * another statement, a figure that heads a list of its own, a closing parenthesis, or a figure
 * without a share after parts whose shares make 100 %. Figures in parentheses after a part are
 * that part's own.
 */
function partsAfter(sentence: string, depth: Int16Array, figures: readonly Found[], from: number, unit: string, bare: boolean): Found[] {
  const level = depth[from]!;
  const parts: Found[] = [];
  let previousEnd = from;
  for (let i = firstAfter(figures, from); i < figures.length; i++) {
    const figure = figures[i]!;
    if (shallowest(depth, previousEnd, figure.start) < level) break;
    previousEnd = figure.end;
    if (depth[figure.start]! > level) continue;
    const lead = sentence.slice(figure.labelStart, figure.start).replace(/^[\s，,；;、]+/, '');
    if (NEXT_STATEMENT.test(lead) || TOTAL_WORD.test(figure.label) || (bare && VERB.test(figure.label))) break;
    if (HEADS_LIST.test(sentence.slice(figure.end, figure.end + 8))) break;
    if (parts.length > 0 && markerBetween(sentence, parts.at(-1)!.end, figure.start)) break;
    if (figure.unit !== unit) continue;
    // Parts whose shares make 100 % are the whole: a figure after them without a share is another statement.
    if (figure.share === undefined && sharesWhole(parts)) break;
    parts.push(figure);
  }
  return parts;
}

/** Every part has its share, and they make 100 % (within their rounding). */
const sharesWhole = (parts: readonly StatedFigure[]): boolean =>
  parts.length > 1 && parts.every((p) => p.share !== undefined) && Math.abs(parts.reduce((n, p) => n + p.share!, 0) - 100) <= 1;

function completeness(text: string, parts: readonly Found[], totals: readonly StatedFigure[], respectively: boolean): Completeness | null {
  if (respectively) return 'respectively';
  if (parts.some((p) => CATCH_ALL.test(p.label))) return 'catchAll';
  if (sharesWhole(parts)) return 'shares';
  // 行政复议 and 行政诉讼 by their results (维持, 纠错, 其他, and 尚未审结 where the text knows it) are the whole of them.
  const labels = parts.map((p) => p.label).join('');
  const results = totals.some((t) => /复议|诉讼/.test(t.label)) && /维持/.test(labels) && /纠错|纠正/.test(labels) && /其他/.test(labels);
  return results && (/审结|未结/.test(labels) || !/审结|未结/.test(text)) ? 'results' : null;
}

/** The figures of one enumeration ending at `last`: joined by 、, 和 or 及 within its clause. */
function enumeration(sentence: string, figures: readonly Found[], last: Found): Found[] {
  const run = [last];
  for (let i = figures.indexOf(last) - 1; i >= 0; i--) {
    const figure = figures[i]!;
    if (figure.unit !== last.unit || /[，,；;：:]/.test(sentence.slice(figure.end, run[0]!.labelStart + 1))) break;
    run.unshift(figure);
  }
  return run;
}

/** The end of a sentence, quoted before a list that goes on from it. */
const tail = (sentence: string): string => (sentence.length <= 40 ? sentence : `…${sentence.slice(-40)}`);

/** The totals a marker's parts may be of: the figure before it, and the enumeration it ends; else the sentence before's figures. */
function totalsBefore(sentence: string, figures: readonly Found[], last: Found | undefined, unit: string, before: readonly Found[]): StatedFigure[] {
  if (!last) return before.filter((figure) => figure.unit === unit).map(plain);
  // 信函4件、网络申请2件，其中…: the parts may be of the enumeration before the marker as well as of its last item.
  const run = enumeration(sentence, figures, last);
  const whole = run.length > 1 && !TOTAL_WORD.test(last.label);
  return [plain(last), ...(whole ? [{ label: run.map((f) => f.label).join('、'), value: run.reduce((n, f) => n + f.value, 0), unit }] : [])];
}

/** A sentence being read for lists: its figures, where parentheses stand, and the figures already in a list. */
interface Reading {
  sentence: string;
  figures: readonly Found[];
  depth: Int16Array;
  used: Set<Found>;
}

/** The lists a marker (其中, 包括, 分别为 …) opens. */
function markedLists({ sentence, figures, depth, used }: Reading, before: { sentence: string; figures: readonly Found[] }): StatedList[] {
  const lists: StatedList[] = [];
  let markers = 0;
  for (const marker of sentence.matchAll(MARKER)) {
    if (++markers > MAX_MARKERS) break;
    const last = figures[firstAfter(figures, marker.index) - 1];
    const unit = last?.unit ?? before.figures.at(-1)?.unit;
    if (unit === undefined) continue;
    const parts = partsAfter(sentence, depth, figures, marker.index + marker[0].length, unit, false);
    const totals = parts.length > 0 ? totalsBefore(sentence, figures, last, unit, before.figures) : [];
    if (totals.length === 0) continue;
    for (const part of parts) used.add(part);
    const complete = completeness(sentence, parts, totals, /^分别/.test(marker[0]));
    const text = last ? sentence : `${tail(before.sentence)}。${sentence}`;
    lists.push({ text, totals, parts: parts.map(plain), complete, ...(last ? {} : { totalBefore: true as const }) });
  }
  return lists;
}

/**
 * A stated total followed by bare items (累计300条，概况信息10条，工作动态180条 …): no marker at
 * all. A total that names a category (生态环境保护类信息40条) is one item of its own.
 */
function bareLists({ sentence, figures, depth, used }: Reading): StatedList[] {
  const lists: StatedList[] = [];
  for (const total of figures) {
    if (used.has(total) || !TOTAL_WORD.test(total.label) || total.label.includes('类')) continue;
    const parts = partsAfter(sentence, depth, figures, total.end, total.unit, true).filter((p) => !used.has(p));
    if (parts.length < 2) continue;
    for (const part of parts) used.add(part);
    lists.push({ text: sentence, totals: [plain(total)], parts: parts.map(plain), complete: completeness(sentence, parts, [total], false) });
  }
  return lists;
}

/** A total stated after its parts: its label is the total word alone (…网络申请2件，共计6件; 以上合计…). */
const TOTAL_AFTER = /^(?:以上|上述)?(?:共|共计|合计|总计|总共)(?:为|有|是)?$/;

/**
 * Parts then their total (信函4件、网络申请2件，共计6件): the figures of the unit before the total,
 * back to a clause that starts another statement, a figure with a total word, a verb, or a list
 * already read. Complete only as any list is (an 其他 item, shares of 100 %): the total may hold
 * parts not listed.
 */
function totalsAfter({ sentence, figures, used }: Reading): StatedList[] {
  const lists: StatedList[] = [];
  figures.forEach((total, i) => {
    if (used.has(total) || !TOTAL_AFTER.test(total.label)) return;
    const parts: Found[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const part = figures[j]!;
      const lead = sentence.slice(part.labelStart, part.start).replace(/^[\s，,；;、]+/, '');
      if (used.has(part) || part.unit !== total.unit || TOTAL_WORD.test(part.label) || VERB.test(part.label)) break;
      parts.unshift(part);
      if (NEXT_STATEMENT.test(lead)) break;
    }
    if (parts.length < 2) return;
    for (const part of [total, ...parts]) used.add(part);
    lists.push({ text: sentence, totals: [plain(total)], parts: parts.map(plain), complete: completeness(sentence, parts, [total], false) });
  });
  return lists;
}

/**
 * The lists of one sentence, given its figures; `before` is the sentence before and its figures
 * (a 其中 opening the sentence may be of any of them, and is quoted with it).
 */
function listsOf(
  sentence: string,
  figures: readonly Found[],
  before: { sentence: string; figures: readonly Found[] },
): { lists: StatedList[]; used: ReadonlySet<Found> } {
  // Every list has parts in its own sentence: a sentence without a figure holds none. A table's
  // rows run into the text (cells between tabs or bars) are the table stage's, not sentences.
  if (figures.length === 0 || /[\t|]/.test(sentence)) return { lists: [], used: new Set() };
  const reading: Reading = { sentence, figures, depth: depths(sentence), used: new Set() };
  return { lists: [...markedLists(reading, before), ...bareLists(reading), ...totalsAfter(reading)], used: reading.used };
}

/**
 * Parts given with shares that make 100 %, in no list (本年度…当面申请12件，占40%；网络申请18件，占60%):
 * their total may come in the next sentence (全年共收到申请30件).
 */
function sharesAwaitingTotal(sentence: string, figures: readonly Found[], used: ReadonlySet<Found>): { sentence: string; parts: Found[] } | null {
  const parts = figures.filter((f) => !used.has(f) && f.share !== undefined);
  return parts.length > 1 && parts.every((p) => p.unit === parts[0]!.unit && !TOTAL_WORD.test(p.label)) && sharesWhole(parts) ? { sentence, parts } : null;
}

/** A list whose parts all give shares short of 100 %: the next sentence may go on with it. */
const goesOn = (list: StatedList | undefined): boolean =>
  list !== undefined && list.parts.every((p) => p.share !== undefined) && list.parts.reduce((n, p) => n + p.share!, 0) < 99;

/**
 * The figures opening a sentence that finish a list of shares the sentence before began
 * (其中，区直各单位…1397条，占73%。各乡镇…534条，占27%。): of its unit, each with its share, and
 * bringing the shares to 100 %. Their shares tie them to that total; nothing else would.
 */
function continuation(list: StatedList, figures: readonly Found[]): StatedFigure[] {
  const unit = list.parts[0]!.unit;
  const more: StatedFigure[] = [];
  for (const figure of figures) {
    if (figure.unit !== unit || figure.share === undefined) break;
    more.push(plain(figure));
  }
  return more.length > 0 && sharesWhole([...list.parts, ...more]) ? more : [];
}

/** The first total of the parts' unit in a sentence, in no list of its own. */
const totalOf = (parts: readonly Found[], figures: readonly Found[], used: ReadonlySet<Found>): Found | undefined =>
  figures.find((f) => !used.has(f) && f.unit === parts[0]!.unit && TOTAL_WORD.test(f.label));

/** Every list the sentences state. */
export function extractLists(sentences: readonly string[]): StatedList[] {
  const lists: StatedList[] = [];
  let before: { sentence: string; figures: readonly Found[] } = { sentence: '', figures: [] };
  let open: StatedList | undefined;
  let awaiting: { sentence: string; parts: Found[] } | null = null;
  for (const sentence of sentences) {
    const figures = figuresOf(sentence);
    const more = open ? continuation(open, figures) : [];
    if (open && more.length > 0) {
      open.parts.push(...more);
      open.text += `。${sentence}`;
      open.complete = 'shares';
    }
    const { lists: stated, used } = listsOf(sentence, more.length > 0 ? figures.slice(more.length) : figures, before);
    // Shares stated before their total: the first total of their unit in this sentence is theirs.
    const total: Found | undefined = awaiting ? totalOf(awaiting.parts, figures, used) : undefined;
    if (awaiting && total)
      lists.push({ text: `${tail(awaiting.sentence)}。${sentence}`, totals: [plain(total)], parts: awaiting.parts.map(plain), complete: 'shares' });
    for (const list of stated) lists.push(list);
    open = goesOn(stated.at(-1)) ? stated.at(-1) : undefined;
    awaiting = total ? null : sharesAwaitingTotal(sentence, figures, used);
    before = { sentence, figures };
  }
  return lists;
}
