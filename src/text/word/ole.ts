/**
 * Whether an OLE compound file (Word 97-2003, WPS, Excel 97-2003) was cut short: its header says
 * how large a sector is and where its allocation table lies, and every sector that table marks
 * used must be in the file. A download or a copy that stopped early fails this.
 */
const HEADER = 512;
const FREE_SECTOR = 0xffffffff;
/** The header's own list of allocation-table sectors (larger files continue it elsewhere: not followed). */
const HEADER_FAT_ENTRIES = 109;

export function oleTruncated(bytes: Uint8Array): boolean {
  if (bytes.length < HEADER) return true;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  // A sector size no file uses is damage of another kind, for the reader to find.
  if (shift !== 9 && shift !== 12) return false;
  const size = 1 << shift;
  const entriesPerSector = size / 4;
  const ends = (sector: number): number => (sector + 2) * size;
  for (let i = 0; i < HEADER_FAT_ENTRIES; i++) {
    const fatSector = view.getInt32(0x4c + i * 4, true);
    if (fatSector < 0) continue;
    if (ends(fatSector) > bytes.length) return true;
    const start = (fatSector + 1) * size;
    for (let entry = 0; entry < entriesPerSector; entry++) {
      if (view.getUint32(start + entry * 4, true) !== FREE_SECTOR && ends(i * entriesPerSector + entry) > bytes.length) return true;
    }
  }
  return false;
}
