import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readPictures } from '../src/pictures.js';
import { inputs } from '../src/run/inputs.js';
import { picturesBeside } from '../src/run/pictures.js';
import { plainTable, type Document } from '../src/text/document.js';
import { htmlToDocument } from '../src/text/html.js';
import { pictureSize } from '../src/text/picture-size.js';

const png = (width: number, height: number): Buffer => PNG.sync.write(new PNG({ width, height }));

describe('a picture’s size from its header', () => {
  it('reads PNG, JPEG and TIFF headers, and says nothing of a GIF', () => {
    expect(pictureSize(png(640, 200))).toEqual({ width: 640, height: 200 });
    // A JPEG: SOI, an APP0 segment to step over, then SOF0 with height 300 and width 500.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x01, 0x2c, 0x01, 0xf4, 0x01, 0x01, 0x11, 0x00]);
    expect(pictureSize(jpeg)).toEqual({ width: 500, height: 300 });
    // A little-endian TIFF: one IFD of two entries, a SHORT width and a LONG height.
    const tiff = Buffer.alloc(40);
    tiff.write('II*\0', 0, 'latin1');
    tiff.writeUInt32LE(8, 4);
    tiff.writeUInt16LE(2, 8);
    [
      [256, 3, 2481],
      [257, 4, 3508],
    ].forEach(([tag, type, value], i) => {
      tiff.writeUInt16LE(tag!, 10 + 12 * i);
      tiff.writeUInt16LE(type!, 12 + 12 * i);
      tiff.writeUInt32LE(1, 14 + 12 * i);
      if (type === 3) tiff.writeUInt16LE(value!, 18 + 12 * i);
      else tiff.writeUInt32LE(value!, 18 + 12 * i);
    });
    expect(pictureSize(tiff)).toEqual({ width: 2481, height: 3508 });
    expect(pictureSize(Buffer.from('GIF89a'))).toBeNull();
  });
});

describe('a web page’s pictures', () => {
  const page = htmlToDocument(
    '<p>一、总体情况</p><img src="logo.png"><p>二、主动公开</p><img src="t1.png"><img src="gone.png"><img src="note.txt"><p>五、存在的主要问题</p>',
  );
  const files: Record<string, Uint8Array> = { 'logo.png': png(120, 40), 't1.png': png(800, 300), 'note.txt': Buffer.from('不是图片') };
  const source = async (src: string) => files[src] ?? null;
  /** Reads a picture as a one-cell table naming its size, as OCR would give its table. */
  const readBinary = async (_format: string, bytes: Uint8Array): Promise<Document> => ({
    blocks: [plainTable([[`${pictureSize(bytes)!.width}`]], 0)],
    pages: 1,
    ocr: { pages: 1 },
  });

  it('are where the page shows them, between its blocks', () => {
    expect(page.pictures).toEqual([
      { src: 'logo.png', at: 1 },
      { src: 't1.png', at: 2 },
      { src: 'gone.png', at: 2 },
      { src: 'note.txt', at: 2 },
    ]);
  });

  it('are read in their places with OCR, a logo passed over, and each one not read told with why', async () => {
    const { document, unread } = await readPictures(page, { ocr: true, source, readBinary });
    expect(document.blocks.map((b) => (b.kind === 'text' ? b.text : b.rows[0]![0]!.text))).toEqual([
      '一、总体情况',
      '二、主动公开',
      '800',
      '五、存在的主要问题',
    ]);
    expect(document.ocr).toEqual({ pages: 1 });
    expect(document.pictures).toBeUndefined();
    expect(unread).toEqual([
      { src: 'gone.png', why: 'missing' },
      { src: 'note.txt', why: 'notPicture' },
    ]);
  });

  it('are all left unread without OCR, and a data: address needs no host', async () => {
    expect((await readPictures(page, { ocr: false, source, readBinary })).unread.map((p) => p.why)).toEqual(['noOcr', 'noOcr', 'noOcr', 'noOcr']);
    const inline = htmlToDocument(`<img src="data:image/png;base64,${png(700, 400).toString('base64')}">`);
    const { document } = await readPictures(inline, { ocr: true, source: undefined, readBinary });
    // Its tables name it as a person would find it: a data: address by its kind and length.
    expect(document.blocks).toEqual([{ ...plainTable([['700']], 0), picture: expect.stringMatching(/^data:image\/png;base64,…（\d+ 字符）$/) }]);
  });
});

describe('the files a browser saves beside a page', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pictures-'));
  mkdirSync(join(folder, '报告_files'));
  mkdirSync(join(folder, 'other'));
  writeFileSync(join(folder, '报告.html'), '<img src="报告_files/表.png">');
  writeFileSync(join(folder, '报告_files', '表.png'), png(10, 10));
  writeFileSync(join(folder, 'other', 'scan.png'), png(10, 10));

  it('are found by the address the page gives, a web address or a path from the root never', async () => {
    const pictures = picturesBeside(join(folder, '报告.html'), 2 ** 20);
    expect(await pictures('%E6%8A%A5%E5%91%8A_files/%E8%A1%A8.png')).toEqual(png(10, 10));
    expect(await pictures('报告_files\\表.png?v=2')).toEqual(png(10, 10));
    expect(await pictures('../' + folder.split('/').at(-1) + '/other/scan.png')).toEqual(png(10, 10));
    for (const src of ['http://example.gov.cn/表.png', '/报告_files/表.png', 'gone.png', '%E0%A4%A']) expect(await pictures(src)).toBeNull();
    expect(await picturesBeside(join(folder, '报告.html'), 10)('报告_files/表.png')).toBeNull();
  });

  it('are not walked as reports of their own: the page reads them', async () => {
    const found: string[] = [];
    for await (const entry of inputs([folder], process.stdin, 2 ** 20)) found.push(entry.path.slice(folder.length + 1));
    expect(found).toEqual(['other/scan.png', '报告.html']);
  });
});
