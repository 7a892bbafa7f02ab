import { describe, expect, it } from 'vitest';
import { latticeCells } from '../src/text/pdf/lattice.js';
import { cleanText } from '../src/text/ocr/page.js';
import { markOf } from '../src/text/ocr/marks.js';
import { framed, inkOf, isBilevel, skewOf, softened, turned, type Raster } from '../src/text/ocr/raster.js';
import { rasterRules } from '../src/text/ocr/ruling.js';
import { mendLabel } from '../src/text/ocr/vocabulary.js';

/** A white page with a ruled grid of `rows` × `columns` cells, and a dark blot in each cell as its text. */
function grid(rows: number, columns: number): Raster {
  const [width, height] = [800, 600];
  const grey = new Uint8Array(width * height).fill(255);
  const [left, top, cellWidth, cellHeight] = [100, 100, 120, 40];
  const dark = (x: number, y: number) => (grey[y * width + x] = 0);
  for (let r = 0; r <= rows; r++) for (let x = left; x <= left + columns * cellWidth; x++) for (const t of [0, 1]) dark(x, top + r * cellHeight + t);
  for (let c = 0; c <= columns; c++) for (let y = top; y <= top + rows * cellHeight; y++) for (const t of [0, 1]) dark(left + c * cellWidth + t, y);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) for (let y = 12; y < 28; y++) for (let x = 50; x < 58; x++) dark(left + c * cellWidth + x, top + r * cellHeight + y);
  return { width, height, grey };
}

describe('a scan’s ruling lines', () => {
  it('finds every cell of a ruled grid, and not the text inside', () => {
    const rules = rasterRules(inkOf(grid(4, 5)), 0.5);
    expect(rules.level).toHaveLength(5);
    expect(rules.upright).toHaveLength(6);
    expect(latticeCells(rules)).toHaveLength(20);
  });

  it('finds how far a page is turned, and turns it back until its grid is found whole', () => {
    const page = grid(4, 5);
    for (const degrees of [-1.5, -0.7, 0.8, 1.3]) {
      const skew = skewOf(inkOf(turned(page, -degrees)));
      expect(Math.abs(skew - degrees)).toBeLessThanOrEqual(0.11);
      expect(latticeCells(rasterRules(inkOf(turned(turned(page, -degrees), skew)), 0.5))).toHaveLength(20);
    }
  });

  it('finds a tall table cut at its border, its lines one pixel thin and a tenth of a degree off, once framed in white', () => {
    // A screenshot of a web page's table: 50 rows of 4 cells, its outer lines the picture's edge.
    const [rows, columns, cellWidth, cellHeight] = [50, 4, 100, 40];
    const [width, height] = [columns * cellWidth + 1, rows * cellHeight + 1];
    const cut = cellOf(
      width,
      height,
      (x, y) => x % cellWidth === 0 || y % cellHeight === 0 || (x % cellWidth > 45 && x % cellWidth < 55 && y % cellHeight > 14 && y % cellHeight < 26),
    );
    // Over 2,000 rows a tenth of a degree moves an upright line 3.5 pixels: out of the columns its run is read along.
    for (const degrees of [0.1, -0.1]) expect(latticeCells(rasterRules(inkOf(turned(framed(cut, 12), degrees)), 0.5))).toHaveLength(rows * columns);
  });

  it('softens a black-and-white picture, and leaves a grey one as it is', () => {
    const page = grid(2, 2);
    expect(isBilevel(page)).toBe(true);
    const soft = softened(page);
    expect(isBilevel(soft)).toBe(false);
    // A line's edge is grey, its middle still dark, the paper still white.
    expect(soft.grey[101 * 800 + 300]).toBeLessThan(100);
    expect(soft.grey[99 * 800 + 300]).toBeGreaterThan(100);
    expect(soft.grey[50 * 800 + 50]).toBe(255);
  });
});

/** A cell's picture: white, with `ink` drawn on it in black. */
function cellOf(width: number, height: number, ink: (x: number, y: number) => boolean): Raster {
  const grey = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (ink(x, y)) grey[y * width + x] = 0;
  return { width, height, grey };
}

describe('the marks a cell holds where no figure applies', () => {
  it('tells a dash and a slash by their shape, and never a figure', () => {
    expect(
      markOf(
        cellOf(60, 40, (x, y) => x >= 10 && x < 50 && y >= 18 && y < 22),
        128,
      ),
    ).toBe('—');
    // A slash leaning a fifth of its height, three pixels thick.
    const slash = (x: number, y: number) => y >= 5 && y < 41 && Math.abs(x - (20 - (y - 5) / 4)) < 1.5;
    expect(markOf(cellOf(40, 46, slash), 128)).toBe('/');
    // A 1: a stem, and a flag leaning the other way at its top.
    const one = (x: number, y: number) => (y >= 5 && y < 41 && x >= 18 && x < 21) || (y >= 5 && y < 10 && x >= 13 && x < 18 && x - 13 >= y - 5);
    expect(markOf(cellOf(40, 46, one), 128)).toBeNull();
    // A 7: a bar across its top, which no slash has.
    const seven = (x: number, y: number) => (y >= 5 && y < 8 && x >= 10 && x < 26) || slash(x + 4, y);
    expect(markOf(cellOf(40, 46, seven), 128)).toBeNull();
    // Two strokes (a =) are no dash.
    expect(
      markOf(
        cellOf(60, 40, (x, y) => x >= 10 && x < 50 && ((y >= 14 && y < 17) || (y >= 23 && y < 26))),
        128,
      ),
    ).toBeNull();
  });
});

describe('a cell’s text as OCR gives it', () => {
  it('puts right a label a character or a stop off, and leaves a label that is another one', () => {
    expect(mendLabel('(一)子以公开')).toBe('（一）予以公开');
    expect(mendLabel('引危及“三安全一稳定“')).toBe('3.危及“三安全一稳定”');
    expect(mendLabel('行政仵可')).toBe('行政许可');
    expect(mendLabel('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请')).toBe(
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    );
    expect(mendLabel('行政处罚')).toBe('行政处罚');
    expect(mendLabel('1033')).toBe('1033');
    expect(mendLabel('全年主动公开政府信息')).toBe('全年主动公开政府信息');
  });

  it('joins a wrapped number and the spaces tesseract puts between Chinese characters', () => {
    expect(cleanText('103\n3')).toBe('1033');
    expect(cleanText('-1 4')).toBe('-14');
    expect(cleanText('自 然\n人')).toBe('自然人');
    expect(cleanText('Word 文件')).toBe('Word文件');
  });
});

describe('a picture file', () => {
  it('refuses a PNG whose header claims more pixels than any scan, before inflating it', async () => {
    const { decodeImage } = await import('../src/text/ocr/image.js');
    const header = Buffer.alloc(64);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
    header.writeUInt32BE(13, 8);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(100_000, 16);
    header.writeUInt32BE(100_000, 20);
    expect(() => decodeImage(header)).toThrow('picture too large');
  });
});
