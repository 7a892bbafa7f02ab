export { documentText, parseReport, parseText, readDocument, type ParseOptions, type ReadDocument } from './parse.js';
export type { Block, Document, TableBlock, TableCell, TextBlock } from './text/document.js';
/** Ends OCR's thread at once (it ends itself ten seconds after the last picture). */
export { stopEngine as stopOcr } from './text/ocr/engine.js';
export { columnLabel, rowLabel, TABLE_LABELS } from './template/index.js';
export type { RequestColumnKey, RequestRowKey, ReviewFieldKey, ReviewGroupKey, TableKey } from './template/index.js';
export { checkReport } from './check.js';
export { checkReports, createStreamChecker, type CheckResult, type StreamChecker } from './run/checker.js';
export type { Summary } from './run/summary.js';
export { IDENTITY_RULES, PROSE_RULES } from './rules/index.js';
export { CATALOGUE, FINDING_IDS, type FindingId } from './findings/index.js';
export type * from './types.js';
