import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { TEXT_ONLY_WORKER } from '../../src/text/pdf/load.js';
import { CORPUS, FIXTURES, hasCorpus, ROOT } from '../helpers.js';

const run = promisify(execFile);

const PDFS = [
  // The official form as Word exports it (its fonts embedded as TrueType subsets), and real reports.
  ...['parse/form-2021-printed.pdf', 'parse/form-2019-printed.pdf', 'parse/form-2021-long.pdf', 'check/form-two-errors.pdf'].map((f) => `${FIXTURES}${f}`),
  ...(hasCorpus ? ['real/020_huaian_2024.pdf', 'peer/kiro_hongze_2023_report.pdf', 'peer/kiro_hongze_2024_report.pdf'].map((f) => `${CORPUS}${f}`) : []),
];

interface Read {
  path: string;
  items: unknown[];
  rules: { level: unknown[]; upright: unknown[] }[];
  withoutProgram: number;
}

const lines = (read: Read): number => read.rules.reduce((sum, page) => sum + page.level.length + page.upright.length, 0);

async function textItems(worker: 'pdfjs' | 'text-only', paths: string[]): Promise<Read[]> {
  const { stdout } = await run(process.execPath, [`${ROOT}test/e2e/support/pdf-text-items.mjs`, worker, ...paths], { maxBuffer: 256 * 2 ** 20 });
  return JSON.parse(stdout) as Read[];
}

const bothWorkers = (paths: string[]): Promise<[Read[], Read[]]> => Promise.all([textItems('pdfjs', paths), textItems('text-only', paths)]);

describe("the build's text-only copy of pdfjs's worker", () => {
  it('is made from the pdfjs that is installed', () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}node_modules/pdfjs-dist/package.json`, 'utf8')) as { version: string };
    expect(existsSync(TEXT_ONLY_WORKER)).toBe(true);
    expect(readFileSync(TEXT_ONLY_WORKER, 'utf8').split('\n', 1)[0]).toContain(`pdfjs-dist ${version} `);
  });

  it('skips font programs, and gives the very text items pdfjs gives and, with them, the ruling lines of its operator list', { timeout: 120_000 }, async () => {
    const [own, textOnly] = await bothWorkers(PDFS);
    expect(textOnly.map((r) => r.items)).toEqual(own.map((r) => r.items));
    expect(textOnly.map((r) => r.rules)).toEqual(own.map((r) => r.rules));
    expect(textOnly.every((r) => r.items.length > 100 && lines(r) > 50)).toBe(true);
    // pdfjs reads every embedded program; the copy leaves some unread in every one of these PDFs.
    expect(own.map((r) => r.withoutProgram)).toEqual(PDFS.map(() => 0));
    for (const [i, read] of textOnly.entries()) expect(read.withoutProgram, read.path).toBeGreaterThan(own[i]!.withoutProgram);
  });

  it('reads text and colour set outside a q, nested two deep, as pdfjs does', { timeout: 60_000 }, async () => {
    const [[own], [textOnly]] = await bothWorkers([`${FIXTURES}pdfjs/nested-states.pdf`]);
    // Set in the first state and drawn in the second: 90 % scale of 10 pt, spacing shown as spaces, moved by both cm.
    expect(own!.items).toContainEqual(['第 二 层 沿 用', 9, 0, 0, 10, 75, 660, expect.any(Number)]);
    expect(textOnly!.items).toEqual(own!.items);
    expect(textOnly!.rules).toEqual(own!.rules);
  });

  it('reads PDFs whose Chinese font is not embedded, one after another, as pdfjs does: their CMaps and maps built once', { timeout: 60_000 }, async () => {
    // The copy builds the built-in CMaps (UniGB-UCS2-H, Adobe-GB1-UCS2) and the text and glyph maps
    // made from them once in a process; a form PDF between reads fonts of its own.
    const paths = ['parse/2021-pdf.pdf', 'parse/form-2021-printed.pdf', 'parse/2019-pdf-blank.pdf', 'parse/2021-pdf-unruled.pdf'].map((f) => `${FIXTURES}${f}`);
    const [own, textOnly] = await bothWorkers(paths);
    expect(textOnly.map((r) => r.items)).toEqual(own.map((r) => r.items));
    expect(textOnly.every((r) => r.items.length > 50)).toBe(true);
    expect(JSON.stringify(textOnly[3]!.items)).toContain('政府信息');
  });

  it('reads a page compressed by Brotli, whose decoder it makes on the first such stream, as pdfjs does', { timeout: 60_000 }, async () => {
    const [[own], [textOnly]] = await bothWorkers([`${FIXTURES}pdfjs/brotli.pdf`]);
    expect(own!.items).toContainEqual(['压缩过的页面', 12, 0, 0, 12, 50, 780, 72]);
    expect(textOnly!.items).toEqual(own!.items);
    expect(textOnly!.rules).toEqual(own!.rules);
    expect(lines(textOnly!)).toBe(1);
  });

  it('reads the lines of forms as pdfjs draws them: moved by their matrix, drawn again, beside their text', { timeout: 60_000 }, async () => {
    const [[own], [textOnly]] = await bothWorkers([`${FIXTURES}pdfjs/form-drawing.pdf`]);
    expect(textOnly!.items).toEqual(own!.items);
    expect(textOnly!.rules).toEqual(own!.rules);
    // Lines only, 100 pt down by the form's matrix, and again 200 more by the state it is drawn in;
    // the second form's line halved and moved by its own; the page's line.
    const level = textOnly!.rules[0]!.level as { at: number; from: number; to: number }[];
    expect(level.map((rule) => [rule.at, rule.from, rule.to])).toEqual([
      [600, 40, 240],
      [590.25, 40, 240],
      [400, 40, 240],
      [390.25, 40, 240],
      [300, 60, 260],
      [100, 40, 240],
    ]);
  });
});
