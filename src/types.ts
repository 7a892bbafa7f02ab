import type { FindingId } from './findings/catalogue.js';
import type { Located } from './findings/entry.js';
import type { Coverage, Status } from './coverage.js';
export type { Fact } from './findings/fact.js';
export type { Coverage, Status, TableCoverage, TableState } from './coverage.js';
import type { RequestColumnKey, RequestRowKey, ReviewFieldKey, ReviewGroupKey } from './template/index.js';

/** A cell as printed: a number, or null where the report left it blank or wrote —, /, 无. */
export type Cell = number | null;

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
export type Script = 'simplified' | 'traditional';
export type Template = '2019' | '2021' | 'legacy' | 'prose' | 'unknown';
export type Severity = 'error' | 'warning' | 'info';

export interface Source {
  path: string;
  bytes: number;
  /** Which reader read it: plain text, a web page, a PDF, a Word file (.docx, or .doc/.wps), a picture; null when it was not read. */
  format: 'text' | 'html' | 'pdf' | 'docx' | 'doc' | 'image' | null;
  encoding: EncodingName | null;
  bom: boolean;
  script: Script | null;
  converted: boolean;
  /** Where pages were read from pictures by OCR (--ocr): how many, and the cells tesseract was unsure of. */
  ocr?: OcrReading;
}

/** A cell read by OCR with its confidence (0–100). */
export interface OcrCell {
  text: string;
  confidence: number;
  /** The 0-based page of its table (in a web page's picture, of that picture). */
  page: number | null;
  /** The web page's picture it was read from, by its address. */
  picture?: string;
  /** The table it is in, told by the section heading before it; null where none is. */
  table: 'active' | 'requests' | 'reviews' | null;
  /** The row (and column) of the table that took the cell, where it fed one; a label's column is null. */
  row?: string;
  column?: string | null;
}

export interface OcrReading {
  pages: number;
  /** Table cells read by OCR. */
  cells: number;
  /** Those read with less confidence than an error may rest on, least sure first. */
  unsure: OcrCell[];
}

export type ActiveTable = Record<string, Record<string, Cell>>;

export interface RequestsTable {
  columns: RequestColumnKey[];
  rows: Partial<Record<RequestRowKey, Cell[]>>;
}

export type ReviewsTable = Record<ReviewGroupKey, Record<ReviewFieldKey, Cell>>;

export interface Tables {
  active: ActiveTable | null;
  requests: RequestsTable | null;
  reviews: ReviewsTable | null;
  legacy: Record<string, Cell> | null;
}

export interface Suspect {
  row: string;
  column: string;
  value: Cell;
  expected: number;
}

export type Finding = Located & {
  rule: FindingId;
  severity: Severity;
  /** One plain sentence naming the Chinese labels; worded in src/findings only. */
  message: string;
  /** The typed facts the message is worded from (digits, quoted sentence, the identities one wrong cell breaks …), by rule. */
  detail: object;
  /** Only on structure.ambiguousCells: the splits that fit (beyond SPEC §4, so that a series can settle them). */
  candidates?: number[][];
};

export interface ProseFigure {
  key: string;
  value: number;
  unit: string | null;
  text: string;
}

/** A figure the text states, `<label><number><unit>`. */
export interface StatedFigure {
  label: string;
  value: number;
  unit: string;
  /** The share stated right after it (占…15.2%), as printed. */
  share?: number;
}

/** Why a list is the whole of its total, so that it must add up exactly. */
export type Completeness = 'catchAll' | 'shares' | 'respectively' | 'results';

export interface StatedList {
  /** The sentence, as the finding quotes it. */
  text: string;
  /** What the parts may be of, one per reading: the figure before 其中, the sum of a list before it, the last figure of the sentence before. */
  totals: StatedFigure[];
  parts: StatedFigure[];
  complete: Completeness | null;
  /** The list opens its sentence (其中… after a full stop): `totals` are the figures of the sentence before. */
  totalBefore?: true;
}

/** The running text's sentences as fingerprints (src/prose/prints.ts), to find text copied from another year's report. */
export interface TextPrints {
  /** Characters of the sentences fingerprinted, whitespace aside. */
  characters: number;
  /** One per sentence in order: its FNV-1a hash (30 bits), its length, and the form section it is in (0 before the first heading). */
  sentences: [hash: number, length: number, section: number][];
}

export interface Report {
  source: Source;
  title: string | null;
  agency: string | null;
  year: number | null;
  template: Template;
  tables: Tables;
  prose: ProseFigure[];
  /** The lists the running text states: totals and the parts given with them (src/prose/lists.ts). */
  lists: StatedList[];
  text: TextPrints;
  findings: Finding[];
  /** Set by check: each required table read whole or not, and the identities checked (src/coverage.ts). */
  coverage?: Coverage;
  /** Set by check: 有错, 部分核对, 核对无误, 未填写 or 未读出. */
  status?: Status;
}
