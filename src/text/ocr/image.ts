import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import UTIF from 'utif2';
import { pictureSize } from '../picture-size.js';
import { greyOf, type Raster } from './raster.js';

/** Pixels a picture may have: a page at 600 dpi is ~35 million; more is no report's scan. */
const MAX_PIXELS = 80_000_000;
/** Pages a TIFF may have: a scanned report runs to a few dozen. */
const MAX_TIFF_PAGES = 200;

const tooLarge = (width: number, height: number): boolean => width * height > MAX_PIXELS;

/** A PNG, JPEG or TIFF file's pages as grey pixels: one page but for a TIFF, which a scanner fills with the whole report. */
export function decodeImage(bytes: Uint8Array): Raster[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The size is in the header: a picture too large is refused before it is inflated.
  const size = pictureSize(bytes);
  if (size && tooLarge(size.width, size.height)) throw new RangeError('picture too large');
  if (bytes[0] === 0x89) {
    const png = PNG.sync.read(buffer);
    return [greyOf(png.data, png.width, png.height, 4)];
  }
  if (bytes[0] === 0xff) {
    const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 1024 });
    return [greyOf(image.data, image.width, image.height, 4)];
  }
  return tiffPages(buffer);
}

/** Each page of a TIFF (uncompressed, LZW, Deflate, PackBits, CCITT G3/G4 as fax scanners write, JPEG), its size looked at first. */
function tiffPages(buffer: Buffer): Raster[] {
  const pages = UTIF.decode(buffer).filter((ifd) => ifd['t256'] !== undefined && ifd['t273'] !== undefined);
  if (pages.length === 0 || pages.length > MAX_TIFF_PAGES) throw new RangeError('no pages, or too many');
  return pages.map((ifd) => {
    const [width, height] = [Number((ifd['t256'] as number[])[0]), Number((ifd['t257'] as number[])[0])];
    if (tooLarge(width, height)) throw new RangeError('picture too large');
    UTIF.decodeImage(buffer, ifd);
    return greyOf(UTIF.toRGBA8(ifd), ifd.width, ifd.height, 4);
  });
}
