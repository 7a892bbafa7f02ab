// Writes a corpus of bad inputs into a directory (default fixtures/hostile): what a crawler
// collects besides reports. The large files and the names a checkout cannot hold (newlines,
// links) are made only with --all, as the hostile-input tests do in a scratch directory.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { PdfWriter } from './pdf-writer.js';

const report = (name) => readFileSync(new URL(`../fixtures/parse/${name}.txt`, import.meta.url), 'utf8');

/** A pseudo-random byte sequence that is the same on every run. */
function randomBytes(length, seed = 7) {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export function makeHostile(dir, { all = false } = {}) {
  mkdirSync(dir, { recursive: true });
  const write = (name, content) => writeFileSync(join(dir, name), content);
  const text = report('2021-pipe');
  const lines = text.split('\n');
  const half = Math.floor(lines.length / 2);
  write('empty.txt', '');
  write('image.txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4096, 3)]));
  write('random.txt', randomBytes(8192));
  const damaged = Buffer.from(text);
  damaged[300] = 0xff;
  damaged[1200] = 0xc3;
  write('invalid-utf8.txt', damaged);
  write('mixed-encodings.txt', Buffer.concat([Buffer.from(`${lines.slice(0, half).join('\n')}\n`), iconv.encode(lines.slice(half).join('\n'), 'gb18030')]));
  write('nul-bytes.txt', Buffer.from(text.replace('一、总体情况', '一、总体情况\u0000')));
  write('truncated.txt', text.slice(0, text.indexOf('（四）无法提供') + 40));
  write('not-a-report.txt', 'Minutes of the residents’ committee.\n会议纪要：讨论了小区停车问题。\n');
  write('escape-sequences.txt', text.replace('示例市交通运输局\n', '示例市\u001b]0;pwned\u0007交通\u001b[2J运输局\r\n'));
  write('名字 带空格.txt', text);
  // A scan: ruled pages with no text layer at all.
  const scan = new PdfWriter();
  for (let page = 0; page < 3; page++) scan.addPage().line(72, 700, 523, 700);
  write('scanned.pdf', scan.toBuffer());
  write('damaged.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2048, 11)]));
  const pdf = readFileSync(new URL('../fixtures/parse/2021-pdf.pdf', import.meta.url));
  write('truncated.pdf', pdf.subarray(0, pdf.length >> 1));
  if (!all) return;
  write('name\nwith newline.txt', text);
  write('single-line-10mb.txt', '| 1 '.repeat(2_500_000));
  const filler = '本机关持续推进政务公开标准化规范化建设，'.repeat(400);
  const big = text.replace('一、总体情况\n', `一、总体情况\n${`${filler}\n`.repeat(Math.ceil(50_000_000 / Buffer.byteLength(filler)))}`);
  write('report-50mb.txt', big);
  mkdirSync(join(dir, 'folder.txt'));
  write('folder.txt/report.txt', text);
  mkdirSync(join(dir, 'loop'));
  write('loop/inside.txt', text);
  symlinkSync('..', join(dir, 'loop', 'up'));
  symlinkSync('nowhere.txt', join(dir, 'dangling.txt'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  makeHostile(process.argv[2] ?? new URL('../fixtures/hostile/', import.meta.url).pathname, { all: process.argv.includes('--all') });
}
