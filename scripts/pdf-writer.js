// A small PDF writer for the fixtures: text in the Adobe-GB1 font STSong-Light, which PDF readers
// supply themselves (UniGB-UCS2-H encoding, nothing embedded), and ruled lines. Many published
// reports use this font too, so the fixtures also exercise pdfjs's CMap loading. Positions are
// in points from the page's foot, as in PDF itself.
import { brotliCompressSync } from 'node:zlib';

/** Advance width of a character in ems: Adobe-GB1's half-width forms for ASCII, full width otherwise. */
export const charWidth = (ch) => (ch.charCodeAt(0) < 0x7f ? 0.5 : 1);
export const textWidth = (text, size) => [...text].reduce((w, ch) => w + charWidth(ch), 0) * size;

/** The file is written in Latin-1, a byte a character (the pictures' pixels, compressed streams). */
const latin1Length = (text) => Buffer.byteLength(text, 'latin1');

const compressed = (data) => `<< /Length ${latin1Length(data)} /Filter /BrotliDecode >>\nstream\n${data}\nendstream`;

export const hex = (text) => Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();

export class PdfWriter {
  constructor(width = 595, height = 842) {
    this.width = width;
    this.height = height;
    this.pages = [];
    this.forms = [];
    this.brotli = false;
  }

  /** Pages whose content streams are compressed by Brotli (/BrotliDecode, new in PDF 2.0). */
  withBrotli() {
    this.brotli = true;
    return this;
  }

  /** A form XObject that pages draw by name (`/Fm1 Do`): its content operators as written, placed by its matrix. */
  addForm(name, matrix, ...lines) {
    this.forms.push({ name, matrix, stream: `${lines.join('\n')}\n` });
  }

  addPage() {
    const page = [];
    this.pages.push(page);
    return {
      text: (x, y, size, text) => page.push(`BT /F1 ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)} Tm <${hex(text)}> Tj ET`),
      line: (x1, y1, x2, y2) => page.push(`${x1.toFixed(2)} ${y1.toFixed(2)} m ${x2.toFixed(2)} ${y2.toFixed(2)} l S`),
      /** A grey picture in the box (a table pasted in as an image: no text, no ruling lines). */
      picture: (x, y, width, height) => {
        this.hasPicture = true;
        page.push(`q ${width.toFixed(2)} 0 0 ${height.toFixed(2)} ${x.toFixed(2)} ${y.toFixed(2)} cm /Im1 Do Q`);
      },
      /** Content operators as written, for fixtures that need more of PDF than text and lines. */
      operators: (...lines) => page.push(...lines),
    };
  }

  /** The file's bytes; the same pages always give the same bytes. */
  toBuffer() {
    const objects = [];
    const add = (body) => objects.push(body) && objects.length;
    const catalog = add(null);
    const pagesRef = add(null);
    const descriptor = add(
      '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    );
    const cidFont = add(
      `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 95 500] >>`,
    );
    const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`);
    // One 8×8 grey checkerboard serves every picture.
    const pixels = Array.from({ length: 64 }, (_, i) => ((i + (i >> 3)) % 2 ? '\xe0' : '\x40')).join('');
    const image = this.hasPicture
      ? add(`<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n${pixels}\nendstream`)
      : null;
    const forms = this.forms.map(
      ({ name, matrix, stream }) =>
        `/${name} ${add(`<< /Type /XObject /Subtype /Form /BBox [0 0 ${this.width} ${this.height}] /Matrix [${matrix.join(' ')}] /Resources << /Font << /F1 ${font} 0 R >> >> /Length ${latin1Length(stream)} >>\nstream\n${stream}endstream`)} 0 R`,
    );
    const named = [...(image ? [`/Im1 ${image} 0 R`] : []), ...forms];
    const xobjects = named.length > 0 ? ` /XObject << ${named.join(' ')} >>` : '';
    const kids = this.pages.map((ops) => {
      const stream = `0.5 w\n${ops.join('\n')}\n`;
      const content = add(
        this.brotli ? compressed(brotliCompressSync(stream).toString('latin1')) : `<< /Length ${latin1Length(stream)} >>\nstream\n${stream}endstream`,
      );
      return add(
        `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${this.width} ${this.height}] /Resources << /Font << /F1 ${font} 0 R >>${xobjects} >> /Contents ${content} 0 R >>`,
      );
    });
    objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRef} 0 R >>`;
    objects[pagesRef - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
    let out = '%PDF-1.4\n';
    const offsets = objects.map((body, i) => {
      const at = latin1Length(out);
      out += `${i + 1} 0 obj\n${body}\nendobj\n`;
      return at;
    });
    const xref = latin1Length(out);
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return Buffer.from(out, 'latin1');
  }
}
