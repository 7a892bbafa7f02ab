export { parseReport, readText, type ParseOptions, type ReadText } from './parse.js';
export type * from './types.js';
