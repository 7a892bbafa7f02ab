import { Memo } from '../memo.js';
import type { GridRow } from '../grid/index.js';
import { BLANK, type ParsedCell } from '../text/cell.js';
import { compactLabel, ROW_NUMBER, stripNumbering } from '../text/normalise.js';

/** What the row collector needs to know of a template row. */
export interface RowMatcher {
  readonly key: string;
  readonly keywords: readonly string[];
  /** The label, without numbering, must equal the first keyword (规章). */
  readonly exact?: boolean;
  /** A bare label (3.其他) is this row only right after one of these rows. */
  readonly after?: readonly string[];
}

export interface CollectedRow {
  key: string;
  values: ParsedCell[];
  line: number;
  /** Label cells OCR read unsure (their places among the document's unsure cells): the whole row rests on them. */
  unsureLabels: number[];
}

export type RowProblem =
  | { kind: 'incomplete'; key: string; line: number; count: number }
  | { kind: 'overflow'; key: string; line: number; count: number }
  | { kind: 'tooLarge'; key: string; line: number; count: number };

export interface Collected {
  rows: Map<string, CollectedRow>;
  /** Rows read only after `repair` mended them. */
  repaired: string[];
  problems: RowProblem[];
  /** Lines whose label ran straight into digits: the values cannot be told apart. */
  gluedLines: number;
}

/** Text left over from the lines before a row: wrapped label pieces, vertical group labels. */
const MAX_PENDING_LINES = 4;
/** 3.其他 at the end of a label, or 其他 alone. */
const BARE_OTHER = /(?:^|\d[、.,]?)其他[。.;；]?$/;

/**
 * A template's keywords by their first character, and the rows matched otherwise (exact, after).
 * A label is scanned character by character, so the first character finds its keywords through
 * a table indexed by code unit rather than a map.
 */
interface KeywordIndex {
  /** Code unit → 1 + its entry in `keywords`; 0 when no keyword starts with it. */
  bucketOf: Uint16Array;
  keywords: { keyword: string; def: number }[][];
  special: number[];
  /** What each label met before holds: labels repeat within a table and from report to report. */
  labels: Memo<LabelKeywords>;
}
const keywordIndexes = new WeakMap<readonly RowMatcher[], KeywordIndex>();

function keywordIndex(defs: readonly RowMatcher[]): KeywordIndex {
  const index = keywordIndexes.get(defs);
  if (index) return index;
  const built: KeywordIndex = { bucketOf: new Uint16Array(0x10000), keywords: [], special: [], labels: new Memo(MAX_REMEMBERED_LABELS) };
  defs.forEach((def, i) => {
    if (def.exact || def.after) built.special.push(i);
    else
      for (const keyword of def.keywords) {
        const first = keyword.charCodeAt(0);
        if (built.bucketOf[first] === 0) built.bucketOf[first] = built.keywords.push([]);
        built.keywords[built.bucketOf[first]! - 1]!.push({ keyword, def: i });
      }
  });
  keywordIndexes.set(defs, built);
  return built;
}

interface Match {
  def: number;
  pos: number;
}

/** A label's compact form and every keyword in it, best first: the one that starts last, on a tie the row listed first. */
interface LabelKeywords {
  compact: string;
  keywords: Match[];
}

/** Labels remembered per template; the memory is emptied when full, so that a long batch does not grow it. */
const MAX_REMEMBERED_LABELS = 20_000;
/** Longer labels are lines of prose, not met twice. */
const MAX_REMEMBERED_LENGTH = 200;

function* keywordsIn(compact: string, index: KeywordIndex): Generator<Match> {
  for (let pos = compact.length - 1; pos >= 0; pos--) {
    const bucket = index.bucketOf[compact.charCodeAt(pos)]!;
    if (bucket === 0) continue;
    const here: number[] = [];
    for (const c of index.keywords[bucket - 1]!) if (compact.startsWith(c.keyword, pos)) here.push(c.def);
    for (const def of here.sort((a, b) => a - b)) yield { def, pos };
  }
}

/** The best keyword of a row not yet found; a label met before is not scanned again. */
function bestKeyword(label: string, index: KeywordIndex, isFound: (def: number) => boolean): { compact: string; best: Match | null } {
  const known = index.labels.get(label);
  if (known) return { compact: known.compact, best: known.keywords.find((m) => !isFound(m.def)) ?? null };
  const compact = compactLabel(label);
  if (label.length > MAX_REMEMBERED_LENGTH) {
    // A long line is scanned only as far as its best keyword: listing them all could take as much memory as the line.
    for (const m of keywordsIn(compact, index)) if (!isFound(m.def)) return { compact, best: m };
    return { compact, best: null };
  }
  const keywords = [...keywordsIn(compact, index)];
  index.labels.set(label, { compact, keywords });
  return { compact, best: keywords.find((m) => !isFound(m.def)) ?? null };
}

/** Rows matched by something other than a keyword anywhere in the label: a whole label, or a bare word after certain rows. */
function specialPosition(compact: string, def: RowMatcher, lastKey: string | null): number {
  // 规章 must be the whole label, or end it (glued text runs the headers into it), never be inside one.
  if (def.exact) return stripNumbering(compact) === def.keywords[0] || compact.endsWith(def.keywords[0]!) ? 0 : -1;
  return lastKey !== null && def.after!.includes(lastKey) && BARE_OTHER.test(compact.slice(-12)) ? compact.length : -1;
}

/**
 * The row a label names. Group headings come before row labels (（六）其他处理 1.申请人…逾期不补正),
 * so the keyword found last in the label decides, among rows not yet found.
 */
export function matchRow(label: string, defs: readonly RowMatcher[], found: ReadonlySet<string>, lastKey: string | null): RowMatcher | null {
  const index = keywordIndex(defs);
  const read = bestKeyword(label, index, (def) => found.has(defs[def]!.key));
  const { compact } = read;
  let { best } = read;
  for (const def of index.special) {
    if (found.has(defs[def]!.key)) continue;
    const pos = specialPosition(compact, defs[def]!, lastKey);
    if (pos >= 0 && (!best || pos > best.pos || (pos === best.pos && def < best.def))) best = { def, pos };
  }
  return best ? defs[best.def]! : null;
}

interface Pending {
  key: string | null;
  labels: string[];
  values: ParsedCell[];
  /** Blank cells that stood after the last value: the row's last cells, if it is short. */
  blanksAfter: number;
  line: number;
  unsureLabels: number[];
}

/**
 * Gathers template rows from grid rows, whatever the layout: a row's label may wrap over
 * several lines before or after its values, and its values may stand on lines of their own
 * (one cell per line, or numbers printed below a two-line label).
 */
/** Mends a row with one cell too many (a number split in two by PDF extraction), or says it cannot. */
export type Repair = (values: ParsedCell[]) => ParsedCell[] | null;

/**
 * Whether a label line with every cell blank is a row of nulls rather than a heading: by default
 * when it is numbered (table 三's 一、 （三） 2.; a column heading such as 总计 is not).
 */
export type BlankRowLabel = (label: string) => boolean;
const numbered: BlankRowLabel = (label) => ROW_NUMBER.test(label);

export function collectRows(
  grid: readonly GridRow[],
  defs: readonly RowMatcher[],
  width: (key: string) => number,
  repair?: Repair,
  blankRowLabel: BlankRowLabel = numbered,
): Collected {
  const rows = new Map<string, CollectedRow>();
  const repaired: string[] = [];
  /** The keys of `rows`, for matching: a row is taken once. */
  const found = new Set<string>();
  const problems: RowProblem[] = [];
  let gluedLines = 0;
  let lastKey: string | null = null;
  let pending: Pending = { key: null, labels: [], values: [], blanksAfter: 0, line: -1, unsureLabels: [] };

  const reset = (line: number): void => {
    pending = { key: null, labels: [], values: [], blanksAfter: 0, line, unsureLabels: [] };
  };
  const flush = (): void => {
    const { key, line, blanksAfter, unsureLabels } = pending;
    let { values } = pending;
    if (key !== null && values.length > 0) {
      const expected = width(key);
      if (values.length < expected && values.length + blanksAfter >= expected) values = [...values, ...Array<ParsedCell>(expected - values.length).fill(BLANK)];
      const mended = values.length === expected + 1 && repair ? repair(values) : null;
      if (mended) {
        // A mended row's cells moved: an unsure cell in it is the whole row's.
        unsureLabels.push(...values.flatMap((v) => (v.unsure === undefined ? [] : [v.unsure])));
        values = mended.map((v) => (v.unsure === undefined ? v : { kind: v.kind, value: v.value }));
        repaired.push(key);
      }
      if (values.length === expected && values.some((v) => v.kind === 'unreadable')) problems.push({ kind: 'tooLarge', key, line, count: values.length });
      else if (values.length === expected) {
        rows.set(key, { key, values, line, unsureLabels });
        found.add(key);
        lastKey = key;
      } else if (values.some((v) => v.kind === 'number')) {
        // Without a single number it was no row: dashes under a heading that names one (申请人情况（总计） | - |).
        problems.push({ kind: values.length < expected ? 'incomplete' : 'overflow', key, line, count: values.length });
      }
    }
    reset(-1);
  };
  const addValues = (values: ParsedCell[], blanksAfter: number): void => {
    pending.values.push(...values);
    pending.blanksAfter = blanksAfter;
    if (pending.key !== null && pending.values.length >= width(pending.key)) flush();
  };

  for (const row of grid) {
    if (row.glued) gluedLines++;
    if (row.labels.length === 0 && row.values.length === 0) continue;
    const label = row.labels.join('');
    const own = label === '' ? null : matchRow(label, defs, found, lastKey);
    if (own && own.key !== pending.key) {
      flush();
      pending = { key: own.key, labels: [label], values: [], blanksAfter: 0, line: row.line, unsureLabels: [...(row.unsureLabels ?? [])] };
    } else if (label !== '') {
      if (pending.key !== null && pending.values.length > 0 && row.values.length === 0) flush();
      pending.labels = [...pending.labels, label].slice(-MAX_PENDING_LINES);
      pending.unsureLabels.push(...(row.unsureLabels ?? []));
      if (pending.line < 0) pending.line = row.line;
      if (pending.key === null) pending.key = matchRow(pending.labels.join(''), defs, found, lastKey)?.key ?? null;
    }
    if (row.values.length === 0) {
      // Every cell left blank (zeros not written on a web page, the blank form): a row of nulls, if its label is a row's.
      const blankRow = own !== null && pending.values.length === 0 && row.blanksAfter >= width(own.key) && row.labels.some(blankRowLabel);
      if (blankRow) addValues(Array<ParsedCell>(width(own.key)).fill(BLANK), 0);
      continue;
    }
    if (pending.key === null) {
      // Numbers with no row to belong to: a stray line between tables, or a total line of prose.
      reset(-1);
      continue;
    }
    addValues(row.values, row.blanksAfter);
  }
  flush();
  return { rows, repaired, problems, gluedLines };
}
