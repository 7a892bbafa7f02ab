export { parseReport, readText, type ParseOptions, type ReadText } from './parse.js';
export { checkReport } from './check.js';
export { checkReports, createStreamChecker, type CheckResult, type StreamChecker } from './run/checker.js';
export type { Summary } from './run/summary.js';
export { IDENTITY_RULES, PROSE_RULES } from './rules/index.js';
export { CATALOGUE, FINDING_IDS, type FindingId } from './findings/index.js';
export type * from './types.js';
