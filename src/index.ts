export { parseReport, parseText, readText, type ParseOptions, type ReadText } from './parse.js';
export { columnLabel, rowLabel, TABLE_LABELS } from './template/index.js';
export type { RequestColumnKey, RequestRowKey, ReviewFieldKey, ReviewGroupKey, TableKey } from './template/index.js';
export { checkReport } from './check.js';
export { checkReports, createStreamChecker, type CheckResult, type StreamChecker } from './run/checker.js';
export type { Summary } from './run/summary.js';
export { IDENTITY_RULES, PROSE_RULES } from './rules/index.js';
export { CATALOGUE, FINDING_IDS, type FindingId } from './findings/index.js';
export type * from './types.js';
