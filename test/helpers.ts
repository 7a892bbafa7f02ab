import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = `${ROOT}fixtures/`;
/** The shared corpus sits beside the checkout; tests that need it skip when it is absent. */
export const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
export const hasCorpus = existsSync(CORPUS);

/** Report files of a fixture folder (each beside its `.expected.json`). */
export function fixtureFiles(dir: string): string[] {
  return readdirSync(`${FIXTURES}${dir}`)
    .filter((f) => /\.(?:txt|html|pdf|docx|doc)$/.test(f))
    .sort();
}

export const stem = (file: string): string => file.replace(/\.[^.]+$/, '');

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const schema = readJson<Record<string, unknown>>(`${ROOT}schema/report.schema.json`);
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema);
const validateReport = ajv.getSchema(schema['$id'] as string)!;
const validateCheck = ajv.getSchema(`${schema['$id'] as string}#/$defs/checkResult`)!;

/** Schema errors of a report object (parse --json, one NDJSON line), as text; empty when valid. */
export function reportSchemaErrors(value: unknown): string {
  return validateReport(value) ? '' : ajv.errorsText(validateReport.errors);
}

export function checkSchemaErrors(value: unknown): string {
  return validateCheck(value) ? '' : ajv.errorsText(validateCheck.errors);
}
