import { sep } from 'node:path';
import type { PictureSource } from '../pictures.js';
import { readInput } from './inputs.js';

/**
 * The pictures a saved web page shows, as a browser leaves them: files beside the page (its
 * `_files` folder), found by the relative address in `<img src>`. A web address is never
 * fetched, and a path from the root (`/images/…`) means the site's root, not this disk's. The
 * page's path is bytes, as the walk found it (a name need not be UTF-8).
 */
export function picturesBeside(page: string | Uint8Array, maxBytes: number): PictureSource {
  const path = Buffer.from(page);
  const folder = path.subarray(0, path.lastIndexOf(sep) + 1);
  return async (src) => {
    const address = src.replace(/\\/g, '/').split(/[?#]/)[0]!;
    if (/^[a-z][a-z\d+.-]*:/i.test(address) || address.startsWith('/') || address === '') return null;
    let relative: string;
    try {
      relative = decodeURIComponent(address);
    } catch {
      return null;
    }
    const input = readInput(Buffer.concat([folder, Buffer.from(relative.split('/').join(sep))]), maxBytes);
    return 'bytes' in input ? input.bytes : null;
  };
}
