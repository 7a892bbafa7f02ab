// Makes fixtures/ocr/: the official-form PDFs of fixtures/ made into scans as an office scanner
// makes them — each page rendered (pdftoppm, from poppler-utils), turned by up to 1.5°, specked
// with noise, a red seal stamped over the signature, saved as JPEG and wrapped into a PDF of
// pictures only — and the page of table 三 as a PNG, as a web page pastes it in. The 2019 form with
// an injected error is filled in here (LibreOffice exports it) and scanned as a fax scanner does:
// black and white, into a TIFF of four pages compressed CCITT G4. The effects are drawn from a
// fixed seed: the same sources give the same pictures. Needs pdftoppm, soffice and tiffcp
// (Debian: poppler-utils, libreoffice-writer-nogui, libtiff-tools); the files are committed, so
// tests do not. Run: node scripts/make-scan-fixtures.js
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { expectedFindings, INJECTIONS, injected } from './injections.js';
import { filledForm } from './official-form.js';
import { model, random, REQUEST_COLUMNS } from './report-model.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const OUT = new URL('ocr/', FIXTURES);

/** Each scan: its source, the resolution, the turn in degrees, and the expectation it keeps. */
const SCANS = [
  { name: 'form-2021-random-3-300dpi', source: 'parse/form-2021-random-3', dpi: 300, turn: 0.6 },
  { name: 'form-2021-random-3-150dpi', source: 'parse/form-2021-random-3', dpi: 150, turn: -1.2 },
  { name: 'form-2019-random-5-200dpi', source: 'parse/form-2019-random-5', dpi: 200, turn: 1.5 },
  { name: 'form-blank-clean-200dpi', source: 'check/form-blank-clean', dpi: 200, turn: -0.8 },
  { name: 'form-blank-new-cell-200dpi', source: 'check/form-blank-new-cell', dpi: 200, turn: 0.4 },
  { name: 'form-blank-total-row-cell-150dpi', source: 'check/form-blank-total-row-cell', dpi: 150, turn: 1.1 },
  { name: 'form-blank-reviews-total-300dpi', source: 'check/form-blank-reviews-total', dpi: 300, turn: -0.5 },
];
/** The page of table 三 as a picture of its own, as a web page pastes it in. */
const TABLE_PICTURE = { name: 'form-2021-random-3-table', source: 'parse/form-2021-random-3', page: 2, dpi: 150 };
/** The 2019 form with an injected error, as a fax scanner's TIFF. */
const FAX = { name: 'form-2019-blank-outcome-cell-300dpi', injection: 'outcome-cell', dpi: 300, turn: 0.7 };

function render(pdf, dpi, page) {
  const scratch = mkdtempSync(join(tmpdir(), 'scan-fixtures-'));
  try {
    const range = page ? ['-f', String(page), '-l', String(page)] : [];
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', ...range, pdf, join(scratch, 'page')]);
    return readdirSync(scratch)
      .sort()
      .map((file) => PNG.sync.read(readFileSync(join(scratch, file))));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The page turned by `degrees` about its centre, white where nothing comes from. */
function turn(png, degrees) {
  const { width, height, data } = png;
  const out = Buffer.alloc(data.length, 255);
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const sx = Math.round(cos * (x - width / 2) + sin * (y - height / 2) + width / 2);
      const sy = Math.round(-sin * (x - width / 2) + cos * (y - height / 2) + height / 2);
      if (sx < 0 || sx >= width || sy < 0 || sy >= height) continue;
      data.copy(out, 4 * (y * width + x), 4 * (sy * width + sx), 4 * (sy * width + sx) + 4);
    }
  return { width, height, data: out };
}

/** Grain over the whole page and dark specks here and there, as a scanner's glass leaves them. */
function speckle(png, next) {
  const { data } = png;
  for (let i = 0; i < data.length; i += 4) {
    const grain = (next() - 0.5) * 24;
    const speck = next() < 0.0004 ? -160 : 0;
    for (let c = 0; c < 3; c++) data[i + c] = Math.max(0, Math.min(255, data[i + c] + grain + speck));
  }
}

/** A red seal: a ring and a star, laid over what is printed (multiplied, as ink on ink). */
function seal(png, cx, cy, radius) {
  const { width, height, data } = png;
  const ring = radius * 0.08;
  const star = (x, y) => {
    const angle = Math.atan2(y, x);
    const r = Math.hypot(x, y);
    const points = 0.5 + 0.5 * Math.cos(5 * (angle + Math.PI / 2));
    return r < radius * 0.28 * (0.45 + 0.55 * points);
  };
  for (let y = Math.max(0, cy - radius); y < Math.min(height, cy + radius); y++)
    for (let x = Math.max(0, cx - radius); x < Math.min(width, cx + radius); x++) {
      const [dx, dy] = [x - cx, y - cy];
      const r = Math.hypot(dx, dy);
      if (!(Math.abs(r - radius * 0.9) < ring || star(dx, dy))) continue;
      const i = 4 * (y * width + x);
      data[i + 1] = Math.round((data[i + 1] * 60) / 255);
      data[i + 2] = Math.round((data[i + 2] * 60) / 255);
    }
}

/** An uncompressed one-bit TIFF of a page (white is zero), for tiffcp to compress. */
function tiffOf(png) {
  const { width, height, data } = png;
  const rowBytes = Math.ceil(width / 8);
  const bits = Buffer.alloc(rowBytes * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = 4 * (y * width + x);
      if (Math.max(data[i], data[i + 1], data[i + 2]) < 128) bits[y * rowBytes + (x >> 3)] |= 0x80 >> (x & 7);
    }
  // Header, then one IFD of nine entries, then the pixels.
  const entries = [
    [256, 4, width],
    [257, 4, height],
    [258, 3, 1],
    [259, 3, 1],
    [262, 3, 0],
    [273, 4, 8 + 2 + 9 * 12 + 4],
    [277, 3, 1],
    [278, 4, height],
    [279, 4, bits.length],
  ];
  const head = Buffer.alloc(8 + 2 + entries.length * 12 + 4);
  head.write('II*\0', 0, 'latin1');
  head.writeUInt32LE(8, 4);
  head.writeUInt16LE(entries.length, 8);
  entries.forEach(([tag, type, value], i) => {
    const at = 10 + 12 * i;
    head.writeUInt16LE(tag, at);
    head.writeUInt16LE(type, at + 2);
    head.writeUInt32LE(1, at + 4);
    if (type === 3) head.writeUInt16LE(value, at + 8);
    else head.writeUInt32LE(value, at + 8);
  });
  return Buffer.concat([head, bits]);
}

const jpegOf = (png) => jpeg.encode({ width: png.width, height: png.height, data: png.data }, 50).data;

/** A PDF whose every page is one JPEG picture, A4 (595 × 842 points). */
function picturePdf(jpegs, sizes) {
  const parts = [];
  const offsets = [];
  let length = 0;
  const write = (chunk) => {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    parts.push(buffer);
    length += buffer.length;
  };
  const object = (number, ...chunks) => {
    offsets[number - 1] = length;
    write(`${number} 0 obj\n`);
    chunks.forEach(write);
    write('\nendobj\n');
  };
  write('%PDF-1.4\n');
  const pages = jpegs.length;
  const kids = Array.from({ length: pages }, (_, i) => `${3 + 3 * i} 0 R`).join(' ');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  jpegs.forEach((picture, i) => {
    const [page, image, content] = [3 + 3 * i, 4 + 3 * i, 5 + 3 * i];
    const draw = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
    object(page, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`);
    const { width, height } = sizes[i];
    object(
      image,
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${picture.length} >>\nstream\n`,
      picture,
      '\nendstream',
    );
    object(content, `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
  });
  const xref = length;
  write(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  write(`trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

mkdirSync(OUT, { recursive: true });
for (const file of readdirSync(OUT)) rmSync(new URL(file, OUT));
SCANS.forEach((scan, n) => {
  const next = random(n + 1);
  const pages = render(new URL(`${scan.source}.pdf`, FIXTURES).pathname, scan.dpi).map((png, i, all) => {
    const scanned = turn(png, scan.turn);
    speckle(scanned, next);
    // The seal goes on the last page, over where the agency signs.
    if (i === all.length - 1) seal(scanned, Math.round(scanned.width * 0.7), Math.round(scanned.height * 0.3), Math.round(scan.dpi * 0.8));
    return scanned;
  });
  writeFileSync(new URL(`${scan.name}.pdf`, OUT), picturePdf(pages.map(jpegOf), pages));
  copyFileSync(new URL(`${scan.source}.expected.json`, FIXTURES), new URL(`${scan.name}.expected.json`, OUT));
});
{
  const injection = INJECTIONS.find((i) => i.name === FAX.injection);
  const scratch = mkdtempSync(join(tmpdir(), 'scan-fixtures-'));
  try {
    writeFileSync(join(scratch, 'form.docx'), await filledForm(injected(model('2019'), injection), { blankZeros: true }));
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', scratch, join(scratch, 'form.docx')], { stdio: 'ignore' });
    const next = random(SCANS.length + 1);
    const pages = render(join(scratch, 'form.pdf'), FAX.dpi).map((png) => {
      const scanned = turn(png, FAX.turn);
      speckle(scanned, next);
      return scanned;
    });
    // Each page black and white at mid-grey, as a fax scanner leaves it; tiffcp joins them under G4.
    const files = pages.map((png, i) => {
      const file = join(scratch, `page-${i}.tif`);
      writeFileSync(file, tiffOf(png));
      return file;
    });
    execFileSync('tiffcp', ['-c', 'g4', ...files, join(scratch, 'scan.tif')]);
    copyFileSync(join(scratch, 'scan.tif'), new URL(`${FAX.name}.tif`, OUT));
    // The injection's expectation, but for the figure the suspect cell should hold: the 2019 model's own.
    const expected = JSON.parse(expectedFindings(injection));
    expected.suspect.expected = model('2019').requests[expected.suspect.row][REQUEST_COLUMNS.findIndex((c) => c.key === expected.suspect.column)];
    writeFileSync(new URL(`${FAX.name}.expected.json`, OUT), `${JSON.stringify(expected, null, 2)}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
{
  const [page] = render(new URL(`${TABLE_PICTURE.source}.pdf`, FIXTURES).pathname, TABLE_PICTURE.dpi, TABLE_PICTURE.page);
  writeFileSync(new URL(`${TABLE_PICTURE.name}.png`, OUT), PNG.sync.write(page, { colorType: 0 }));
}
