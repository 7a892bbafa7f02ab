import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { greyOf, type Raster } from './raster.js';

/** Pixels a picture may have: a page at 600 dpi is ~35 million; more is no report's scan. */
const MAX_PIXELS = 80_000_000;

/** A PNG or JPEG file's pixels as grey. */
export function decodeImage(bytes: Uint8Array): { raster: Raster } {
  if (bytes[0] === 0x89) {
    // The size is in the header (IHDR): a picture too large is refused before it is inflated.
    const header = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (header.length >= 24 && header.readUInt32BE(16) * header.readUInt32BE(20) > MAX_PIXELS) throw new RangeError('picture too large');
    const png = PNG.sync.read(header);
    return { raster: greyOf(png.data, png.width, png.height, 4) };
  }
  const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 1024 });
  return { raster: greyOf(image.data, image.width, image.height, 4) };
}
