export { parseReport, readText, type ParseOptions, type ReadText } from './parse.js';
export { checkAcross, checkReport, checkReports, createStreamChecker, digestOf, summarise, type Digest, type CheckOptions, type CheckResult, type StreamChecker, type Summary } from './check.js';
export { IDENTITY_RULES, SET_RULES } from './rules/index.js';
export type * from './types.js';
