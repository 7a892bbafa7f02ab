// The bench's corpus of composed text reports: five years of each agency, mixed templates,
// layouts, encodings and scripts, one in ten with an error. The same seed makes the same files,
// so that the bench and the output comparison (compare-output.js) read the same reports.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js/cn2t';
import { prng } from './bench-common.js';
import { model, requestsRows } from './report-model.js';
import { reportHtml, reportText } from './report-text.js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const LAYOUTS = ['pipe', 'pipe', 'markdown', 'tab', 'space', 'cells', 'html', 'glued'];

export function makeCorpus(dir, n) {
  if (existsSync(join(dir, '.done'))) return;
  mkdirSync(dir, { recursive: true });
  const random = prng(2024);
  const pick = (list) => list[Math.floor(random() * list.length)];
  for (let i = 0; i < n; i++) {
    // Five years of each agency, so that the carry-over chains are checked too.
    const agency = Math.floor(i / 5);
    const year = 2019 + (i % 5);
    const template = year >= 2021 ? '2021' : '2019';
    const carried = [agency % 7, 0, 0, 0, 0, 0];
    const m = model(template, { agency: `示例市第${agency}区政务服务局`, year, requests: requestsRows(template, carried, carried) });
    // Table 二's stock runs on from year to year, as an agency's reports do (2021 form years).
    if (template === '2021')
      for (const row of ['regulations', 'normativeDocs']) m.active[row].inForce += (year - 2021) * (m.active[row].issued - m.active[row].repealed);
    if (random() < 0.1) m.requests.granted[0] += 1 + Math.floor(random() * 9);
    const layout = pick(LAYOUTS);
    const traditional = random() < 0.2;
    let text = layout === 'html' ? reportHtml(m, { charset: 'utf-8', layout: 'pipe' }) : reportText(m, { layout });
    if (traditional) text = toTraditional(text);
    const encoding = traditional ? pick(['utf-8', 'big5']) : pick(['utf-8', 'utf-8', 'gb18030', 'utf-16le']);
    const bytes = encoding === 'utf-16le' ? Buffer.from(text, 'utf16le') : encoding === 'utf-8' ? Buffer.from(text) : iconv.encode(text, encoding);
    const folder = join(dir, String(agency).padStart(5, '0'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${year}.${layout === 'html' ? 'html' : 'txt'}`), bytes);
  }
  writeFileSync(join(dir, '.done'), '');
}
