// Does the workbook `check --xlsx` writes open in LibreOffice with its Chinese text and numbers
// intact? Needs LibreOffice and poppler-utils (not in CI): writes a workbook of four fixtures,
// converts it to PDF headless, and looks for an agency's name, a file's status and a figure.
//   node scripts/check-xlsx-libreoffice.js
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'gov-disclose-xlsx-'));
const workbook = join(dir, 'check.xlsx');
try {
  execFileSync(process.execPath, [
    join(ROOT, 'bin/gov-disclose.js'),
    'check',
    ...['clean.txt', 'outcome-cell.txt', 'carryover'].map((f) => join(ROOT, 'fixtures/check', f)),
    '--xlsx',
    workbook,
  ]);
} catch (error) {
  // Exit 1: the fixtures hold errors on purpose.
  if (error.status !== 1) throw error;
}
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, workbook], { stdio: 'ignore' });
const text = execFileSync('pdftotext', ['-layout', join(dir, 'check.pdf'), '-'], { encoding: 'utf8', maxBuffer: 2 ** 28 });
const wanted = ['示例市交通运输局', '核对无误', '有错', '3085', 'requests.total', '（七）总计', '错的应是'];
const missing = wanted.filter((w) => !text.includes(w));
console.log(
  missing.length === 0 ? `LibreOffice opened ${workbook}: ${wanted.join(', ')} all there` : `missing from LibreOffice's rendering: ${missing.join(', ')}`,
);
process.exit(missing.length === 0 ? 0 : 1);
