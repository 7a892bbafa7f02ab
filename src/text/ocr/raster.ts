/**
 * A page as grey pixels, and what a scan needs before its lines can be found: ink told from
 * paper (Otsu's threshold), and the page turned level again (a scan is often a degree or two off).
 */
export interface Raster {
  width: number;
  height: number;
  /** One byte a pixel, 0 black to 255 white, row by row. */
  grey: Uint8Array;
}

/** Ink as 1 and paper as 0, one byte a pixel. */
export interface Ink {
  width: number;
  height: number;
  ink: Uint8Array;
}

/**
 * A picture's pixels as grey: each pixel's lightest channel, so that only black or grey print
 * is ink and a red seal stamped over the table or the signature is paper (its red channel is
 * light), as are coloured backgrounds.
 */
export function greyOf(pixels: Uint8Array | Uint8ClampedArray | Buffer, width: number, height: number, channels: 3 | 4): Raster {
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) {
    const at = channels * i;
    const lightest = Math.max(pixels[at]!, pixels[at + 1]!, pixels[at + 2]!);
    // A transparent pixel is paper.
    const alpha = channels === 4 ? pixels[at + 3]! / 255 : 1;
    grey[i] = Math.round(lightest * alpha + 255 * (1 - alpha));
  }
  return { width, height, grey };
}

/** Otsu's threshold: the grey level that best splits the page's histogram into ink and paper. */
export function otsu(grey: Uint8Array): number {
  const histogram = new Float64Array(256);
  for (const value of grey) histogram[value]!++;
  const total = grey.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * histogram[i]!;
  let [below, belowSum, best, threshold] = [0, 0, -1, 128];
  for (let t = 0; t < 256; t++) {
    below += histogram[t]!;
    if (below === 0 || below === total) continue;
    belowSum += t * histogram[t]!;
    const above = total - below;
    const spread = below * above * (belowSum / below - (sum - belowSum) / above) ** 2;
    if (spread > best) [best, threshold] = [spread, t];
  }
  return threshold;
}

export function inkOf({ width, height, grey }: Raster): Ink {
  const threshold = otsu(grey);
  const ink = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) ink[i] = grey[i]! <= threshold ? 1 : 0;
  return { width, height, ink };
}

/** Turns are tried to this many degrees either way, in tenths: a scan further off is rare and is read as it is. */
const MAX_TURN = 2;
const TURN_STEP = 0.1;
/** The skew is judged on every few rows and columns: enough ink to tell the angle, a fraction of the work. */
const SAMPLE = 2;

/**
 * The angle, in degrees, that makes the page's lines level: the one under which ink piles into
 * the fewest rows (the rows' counts squared summed is largest), as a table's ruling and a
 * paragraph's lines do when level.
 */
export function skewOf({ width, height, ink }: Ink): number {
  let [bestAngle, bestScore] = [0, -1];
  // Rows are counted in bins of SAMPLE: sampled every SAMPLE rows, a level page would otherwise
  // fill only every other row and score twice what a turned one does.
  const rows = new Float64Array(Math.ceil(height / SAMPLE) + 1);
  for (let tenth = -MAX_TURN / TURN_STEP; tenth <= MAX_TURN / TURN_STEP; tenth++) {
    const slope = Math.tan((tenth * TURN_STEP * Math.PI) / 180);
    rows.fill(0);
    for (let y = 0; y < height; y += SAMPLE) {
      for (let x = 0; x < width; x += SAMPLE) {
        if (ink[y * width + x] === 0) continue;
        const row = Math.floor((y - x * slope) / SAMPLE);
        if (row >= 0 && row < rows.length) rows[row]!++;
      }
    }
    let score = 0;
    for (const count of rows) score += count * count;
    if (score > bestScore) [bestScore, bestAngle] = [score, tenth * TURN_STEP];
  }
  return bestAngle;
}

/** The page turned by `degrees` about its centre (the skew found), nearest pixel, paper where nothing comes from. */
export function turned(raster: Raster, degrees: number): Raster {
  if (degrees === 0) return raster;
  const { width, height, grey } = raster;
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  const [cx, cy] = [width / 2, height / 2];
  const out = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Where this pixel of the level page was on the skewed one.
      const sx = Math.round(cos * (x - cx) - sin * (y - cy) + cx);
      const sy = Math.round(sin * (x - cx) + cos * (y - cy) + cy);
      if (sx >= 0 && sx < width && sy >= 0 && sy < height) out[y * width + x] = grey[sy * width + sx]!;
    }
  }
  return { width, height, grey: out };
}

/** Whether a picture holds only black and white (a fax scanner's TIFF, a PDF's CCITT or JBIG2 page). */
export function isBilevel({ grey }: Raster): boolean {
  for (const value of grey) if (value !== 0 && value !== 255) return false;
  return true;
}

/**
 * Black and white softened by a 3 × 3 mean, as a grey scanner leaves a stroke's edges: tesseract
 * reads such edges best (a lone 4 of a black-and-white scan at 300 dpi came back as 44 and 少;
 * softened, as 4).
 */
export function softened({ width, height, grey }: Raster): Raster {
  const across = new Uint16Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = y * width + x;
      across[at] = grey[at]! + grey[x > 0 ? at - 1 : at]! + grey[x < width - 1 ? at + 1 : at]!;
    }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = y * width + x;
      out[at] = Math.round((across[at]! + across[y > 0 ? at - width : at]! + across[y < height - 1 ? at + width : at]!) / 9);
    }
  return { width, height, grey: out };
}

/** The picture with a white margin of `margin` pixels all round: a table cut to its border keeps its outer lines when turned level. */
export function framed({ width, height, grey }: Raster, margin: number): Raster {
  const [w, h] = [width + 2 * margin, height + 2 * margin];
  const out = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < height; y++) out.set(grey.subarray(y * width, (y + 1) * width), (y + margin) * w + margin);
  return { width: w, height: h, grey: out };
}
