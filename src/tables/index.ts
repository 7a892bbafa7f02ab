import { toGrid } from '../grid/index.js';
import type { ReportLines } from '../grid/lines.js';
import { REQUEST_ROWS, type TableKey, type TableTemplate } from '../template/index.js';
import { fact } from '../findings/fact.js';
import type { Fact, Tables, Template } from '../types.js';
import { compactLabel } from '../text/normalise.js';
import { extractActive } from './active.js';
import type { LocatedCell } from './extracted.js';
import { extractMeta, type Meta } from './meta.js';
import { hasNumber } from './numbers.js';
import { extractRequests } from './requests.js';
import { extractReviews } from './reviews.js';
import { extractGlued } from './glued.js';
import { extractLegacy, legacyHeaderLine } from './legacy.js';
import { findSections, type Sections } from './sections.js';
import { activeSignal, chooseTemplate, isMixed, requestsSignal } from './template.js';

/** What is read from a report's text: its metadata, template and tables, with what was met on the way. */
export interface ExtractedReport extends Meta {
  template: Template;
  tables: Tables;
  facts: Fact[];
  /** The cells OCR was unsure of that the tables took, and where. */
  located: LocatedCell[];
}

/**
 * Lines longer than this are not compacted: no heading or title is that long, and removing
 * millions of spaces from a hostile 10 MB line costs more than everything else together.
 */
const LONG_LINE = 100_000;
/** A row label running straight into its numbers: a web table flattened without separators. */
const GLUED_TABLE = /(?:申请数量|（七）总计|继续办理)\d/;
const REPORT_WORDS = /信息公开/;

function slice(lines: readonly string[], range: [number, number] | null): { lines: readonly string[]; first: number } {
  return range ? { lines: lines.slice(range[0] + 1, range[1]), first: range[0] + 1 } : { lines: [], first: 0 };
}

/**
 * No table could be read: numbers in running text are prose (read by a later stage); a table
 * that is there but unreadable is said to be so, and so is each heading found without its
 * table (a page whose tables are pictures) and each table not found at all.
 */
function withoutTables(text: string, sections: Sections, unreadable: Fact[]): { template: Template; facts: Fact[] } {
  if (sections.requests !== null || unreadable.length > 0) {
    return { template: 'unknown', facts: [...unreadable, ...absentTables(sections, (key) => unreadable.some((f) => f.table === key))] };
  }
  if (REPORT_WORDS.test(text)) return { template: 'prose', facts: [] };
  return { template: 'unknown', facts: [fact('structure.unknownFormat')] };
}

/** A warning for each table of the form not read and not yet told of: only its heading found (tableEmpty), or not even that (tableMissing). */
function absentTables(sections: Sections, told: (key: TableKey) => boolean): Fact[] {
  return (['active', 'requests', 'reviews'] as const satisfies readonly TableKey[])
    .filter((key) => !told(key))
    .map((key) => fact(sections[key] ? 'structure.tableEmpty' : 'structure.tableMissing', { table: key }));
}

/** A report whose table cells ran together: the cells recovered from what the tables must satisfy. */
function fromGlued(lines: readonly string[]): { template: Template; tables: Tables; facts: Fact[] } {
  const glued = extractGlued(lines.join('\n'), (activeText, requests) =>
    chooseTemplate({ active: activeSignal([compactLabel(activeText)]), requests: requestsSignal(requests) }),
  );
  const tables: Tables = { active: glued.active.table, requests: glued.requests.table, reviews: glued.reviews.table, legacy: null };
  const recovered = [...glued.active.facts, ...glued.requests.facts, ...glued.reviews.facts];
  const facts = tables.requests || tables.reviews ? recovered : [fact('structure.gluedCells', { table: 'requests' }), ...recovered];
  return { template: glued.template ?? 'unknown', tables, facts };
}

/** A table cut short loses its last rows: one warning says so rather than one per row. */
const TRUNCATED_AFTER = 3;

/** Rows of table 三 the report should print, given the form of its （六） rows. */
function missingRows(rows: Tables['requests'], form: TableTemplate, reported: readonly Fact[]): Fact[] {
  if (!rows) return [];
  const expected = REQUEST_ROWS.filter((r) => !('template' in r) || r.template === form).map((r) => r.key);
  const lastFound = expected.findLastIndex((key) => key in rows.rows);
  const missing = expected.filter((key) => !(key in rows.rows) && !reported.some((f) => f.table === 'requests' && f.row === key));
  const tail = expected.length - 1 - lastFound;
  if (tail >= TRUNCATED_AFTER) {
    const inside = missing.filter((key) => expected.indexOf(key) < lastFound);
    const truncated = fact('structure.tableTruncated', { table: 'requests', row: expected[lastFound]!, detail: { missing: tail } });
    return [...inside.map((key) => fact('structure.rowMissing', { table: 'requests', row: key })), truncated];
  }
  return missing.map((key) => fact('structure.rowMissing', { table: 'requests', row: key }));
}

/** From a normalised report's lines to metadata, template, tables and what went wrong reading them. */
export function extractTables({ texts: lines, cells, unsure }: ReportLines): ExtractedReport {
  const grid = (part: { lines: readonly string[]; first: number }) => toGrid(part.lines, part.first, cells, unsure);
  const compact = lines.map((line) => (line.length > LONG_LINE ? line : compactLabel(line)));
  const meta = extractMeta(compact);
  const sections = findSections(compact);
  const requestsPart = slice(lines, sections.requests);
  const activePart = slice(lines, sections.active);
  const requests = extractRequests(grid(requestsPart));
  const signals = { active: activeSignal(slice(compact, sections.active).lines), requests: requestsSignal(requests.table) };
  const chosen = chooseTemplate(signals);
  const activeGrid = grid(activePart);
  let active = extractActive(activeGrid, chosen ?? '2021');
  if (!chosen && !active.table) active = extractActive(activeGrid, '2019');
  const reviewsPart = slice(lines, sections.reviews);
  const reviews = sections.reviews ? extractReviews(grid(reviewsPart)) : { table: null, facts: [] };
  const tables: Tables = { active: active.table, requests: requests.table, reviews: reviews.table, legacy: null };
  const found = tables.active || tables.requests || tables.reviews;

  const located = [...(active.located ?? []), ...(requests.located ?? []), ...(reviews.located ?? [])];
  if (!found && GLUED_TABLE.test(compact.join(''))) return { ...meta, ...fromGlued(lines), located: [] };
  const legacyHeader = found ? -1 : legacyHeaderLine(compact);
  if (legacyHeader >= 0) {
    const legacy = extractLegacy(lines, legacyHeader, cells);
    return { ...meta, template: 'legacy', tables: { ...tables, legacy: legacy.table }, facts: legacy.facts, located: [] };
  }
  if (!found) return { ...meta, tables, located, ...withoutTables(compact.join(''), sections, [...active.facts, ...requests.facts, ...reviews.facts]) };

  const template: Template = chosen ?? 'unknown';
  const facts: Fact[] = [...active.facts, ...requests.facts, ...reviews.facts];
  if (isMixed(signals)) {
    facts.push(fact('structure.mixedTemplate', { table: 'requests', detail: { active: signals.active!, requests: signals.requests! } }));
  }
  facts.push(...absentTables(sections, (key) => tables[key] !== null || facts.some((f) => f.table === key)));
  facts.push(...missingRows(tables.requests, signals.requests ?? chosen ?? '2021', facts));
  if (!hasNumber(tables)) facts.push(fact('structure.blankTables'));
  return { ...meta, template, tables, facts, located };
}
