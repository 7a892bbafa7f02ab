/**
 * A picture's size in pixels from its header alone (PNG, JPEG, TIFF), so that a web page's icons
 * and logos are passed over without being decoded; null where the header does not say.
 */
export function pictureSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0x89 && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes, view);
  if ((bytes[0] === 0x49 || bytes[0] === 0x4d) && bytes.length >= 8) return tiffSize(view, bytes[0] === 0x49);
  return null;
}

/** A JPEG's size from its frame header (SOF0–SOF15, less the markers that share their range). */
function jpegSize(bytes: Uint8Array, view: DataView): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

/** A TIFF's first page's size: its ImageWidth (256) and ImageLength (257) entries. */
function tiffSize(view: DataView, little: boolean): { width: number; height: number } | null {
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > view.byteLength) return null;
  const size: Record<number, number> = {};
  const entries = view.getUint16(ifd, little);
  for (let i = 0; i < entries && ifd + 2 + 12 * (i + 1) <= view.byteLength; i++) {
    const at = ifd + 2 + 12 * i;
    const tag = view.getUint16(at, little);
    // SHORT (3) or LONG (4), held in the entry itself.
    if (tag === 256 || tag === 257) size[tag] = view.getUint16(at + 2, little) === 3 ? view.getUint16(at + 8, little) : view.getUint32(at + 8, little);
  }
  return size[256] && size[257] ? { width: size[256], height: size[257] } : null;
}
