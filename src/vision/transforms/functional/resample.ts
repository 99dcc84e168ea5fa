// Pillow's two-pass convolution resampler (libImaging/Resample.c), ported so that uint8 results
// are bit-identical: the same filters, the support scaled by the downscale factor (antialias),
// coefficients normalized to 22-bit fixed point and the same rounding and clipping.
import type { HWCImage } from '../../../framework/image';
import { newImage } from './image-input';

/** Interpolation names, as Paddle's PIL backend spells them. */
export type Interpolation = 'nearest' | 'bilinear' | 'bicubic' | 'box' | 'lanczos' | 'hamming';

interface Filter {
  readonly fn: (x: number) => number;
  readonly support: number;
}

function sinc(x: number): number {
  if (x === 0) return 1;
  const px = x * Math.PI;
  return Math.sin(px) / px;
}

const FILTERS: Readonly<Record<Exclude<Interpolation, 'nearest'>, Filter>> = Object.freeze({
  box: { support: 0.5, fn: (x: number) => (x > -0.5 && x <= 0.5 ? 1 : 0) },
  bilinear: {
    support: 1,
    fn: (x: number) => {
      const a = Math.abs(x);
      return a < 1 ? 1 - a : 0;
    },
  },
  hamming: {
    support: 1,
    fn: (x: number) => {
      const a = Math.abs(x);
      if (a === 0) return 1;
      if (a >= 1) return 0;
      const px = a * Math.PI;
      // Pillow writes the constants as C floats.
      return (Math.sin(px) / px) * (Math.fround(0.54) + Math.fround(0.46) * Math.cos(px));
    },
  },
  bicubic: {
    support: 2,
    fn: (x: number) => {
      const a = Math.abs(x);
      if (a < 1) return (1.5 * a - 2.5) * a * a + 1;
      if (a < 2) return (((a - 5) * a + 8) * a - 4) * -0.5;
      return 0;
    },
  },
  lanczos: { support: 3, fn: (x: number) => (x >= -3 && x < 3 ? sinc(x) * sinc(x / 3) : 0) },
});

const PRECISION_BITS = 22;

/** Precomputed taps of one resampling pass. */
export interface Coeffs {
  readonly ksize: number;
  /** Per output pixel: first source index and number of taps. */
  readonly bounds: Int32Array;
  /** Normalized weights, `ksize` per output pixel. */
  readonly weights: Float64Array;
  /** The same weights in Pillow's 22-bit fixed point. */
  readonly fixed: Int32Array;
}

const cache = new Map<string, Coeffs>();
const CACHE_LIMIT = 64;

/** Taps for resampling `inSize` source pixels (window [in0, in1)) to `outSize` (Pillow's `precompute_coeffs`). */
export function precomputeCoeffs(inSize: number, in0: number, in1: number, outSize: number, name: Exclude<Interpolation, 'nearest'>): Coeffs {
  const key = `${inSize},${in0},${in1},${outSize},${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const filter = FILTERS[name];
  const scale = (in1 - in0) / outSize;
  const filterscale = scale < 1 ? 1 : scale;
  const support = filter.support * filterscale;
  const ksize = Math.ceil(support) * 2 + 1;
  const weights = new Float64Array(outSize * ksize);
  const fixed = new Int32Array(outSize * ksize);
  const bounds = new Int32Array(outSize * 2);
  const ss = 1 / filterscale;
  for (let xx = 0; xx < outSize; xx++) {
    const center = in0 + (xx + 0.5) * scale;
    let xmin = Math.trunc(center - support + 0.5);
    if (xmin < 0) xmin = 0;
    let xmax = Math.trunc(center + support + 0.5);
    if (xmax > inSize) xmax = inSize;
    xmax -= xmin;
    const base = xx * ksize;
    let ww = 0;
    for (let x = 0; x < xmax; x++) {
      const w = filter.fn((x + xmin - center + 0.5) * ss);
      weights[base + x] = w;
      ww += w;
    }
    for (let x = 0; x < xmax; x++) {
      if (ww !== 0) weights[base + x] /= ww;
      const w = weights[base + x];
      fixed[base + x] = w < 0 ? Math.trunc(-0.5 + w * (1 << PRECISION_BITS)) : Math.trunc(0.5 + w * (1 << PRECISION_BITS));
    }
    bounds[xx * 2] = xmin;
    bounds[xx * 2 + 1] = xmax;
  }
  const coeffs = { ksize, bounds, weights, fixed };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, coeffs);
  return coeffs;
}

// The passes are written out per sample type (uint8 fixed point / float64 weights) so that each
// inner loop sees one typed-array kind and stays monomorphic.

function horizontalU8(s: Uint8Array, inW: number, d: Uint8Array, outW: number, rows: number, rowOffset: number, C: number, k: Coeffs): void {
  if (C === 3) return horizontalU8x3(s, inW, d, outW, rows, rowOffset, k);
  const { bounds, ksize, fixed: kk } = k;
  const half = 1 << (PRECISION_BITS - 1);
  for (let yy = 0; yy < rows; yy++) {
    const rowIn = (yy + rowOffset) * inW * C;
    let q = yy * outW * C;
    for (let xx = 0; xx < outW; xx++) {
      const xmin = bounds[xx * 2];
      const xmax = bounds[xx * 2 + 1];
      const kb = xx * ksize;
      const p0 = rowIn + xmin * C;
      for (let c = 0; c < C; c++, q++) {
        let ss = half;
        for (let x = 0, p = p0 + c; x < xmax; x++, p += C) ss += s[p] * kk[kb + x];
        const v = ss >> PRECISION_BITS;
        d[q] = v < 0 ? 0 : v > 255 ? 255 : v;
      }
    }
  }
}

function clipFixed(ss: number): number {
  const v = ss >> PRECISION_BITS;
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

/** RGB, the common case: one weight load feeds three channels. */
function horizontalU8x3(s: Uint8Array, inW: number, d: Uint8Array, outW: number, rows: number, rowOffset: number, k: Coeffs): void {
  const { bounds, ksize, fixed: kk } = k;
  const half = 1 << (PRECISION_BITS - 1);
  for (let yy = 0; yy < rows; yy++) {
    const rowIn = (yy + rowOffset) * inW * 3;
    let q = yy * outW * 3;
    for (let xx = 0; xx < outW; xx++) {
      const xmax = bounds[xx * 2 + 1];
      const kb = xx * ksize;
      let p = rowIn + bounds[xx * 2] * 3;
      let s0 = half;
      let s1 = half;
      let s2 = half;
      for (let x = 0; x < xmax; x++, p += 3) {
        const w = kk[kb + x];
        s0 += s[p] * w;
        s1 += s[p + 1] * w;
        s2 += s[p + 2] * w;
      }
      d[q++] = clipFixed(s0);
      d[q++] = clipFixed(s1);
      d[q++] = clipFixed(s2);
    }
  }
}

function horizontalF32(s: Float32Array, inW: number, d: Float32Array, outW: number, rows: number, rowOffset: number, C: number, k: Coeffs): void {
  const { bounds, ksize, weights: kk } = k;
  for (let yy = 0; yy < rows; yy++) {
    const rowIn = (yy + rowOffset) * inW * C;
    let q = yy * outW * C;
    for (let xx = 0; xx < outW; xx++) {
      const xmin = bounds[xx * 2];
      const xmax = bounds[xx * 2 + 1];
      const kb = xx * ksize;
      const p0 = rowIn + xmin * C;
      for (let c = 0; c < C; c++, q++) {
        let ss = 0;
        for (let x = 0, p = p0 + c; x < xmax; x++, p += C) ss += s[p] * kk[kb + x];
        d[q] = ss;
      }
    }
  }
}

function verticalU8(s: Uint8Array, row: number, d: Uint8Array, outH: number, bounds: Int32Array, k: Coeffs): void {
  const { ksize, fixed: kk } = k;
  const half = 1 << (PRECISION_BITS - 1);
  // Tap-major accumulation walks source rows sequentially (one fused multiply-add per sample).
  const acc = new Float64Array(row);
  for (let yy = 0; yy < outH; yy++) {
    const ymin = bounds[yy * 2];
    const ymax = bounds[yy * 2 + 1];
    const kb = yy * ksize;
    acc.fill(half);
    for (let y = 0; y < ymax; y++) {
      const w = kk[kb + y];
      const base = (ymin + y) * row;
      for (let i = 0; i < row; i++) acc[i] += s[base + i] * w;
    }
    const rowOut = yy * row;
    for (let i = 0; i < row; i++) {
      const v = acc[i] >> PRECISION_BITS;
      d[rowOut + i] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
}

function verticalF32(s: Float32Array, row: number, d: Float32Array, outH: number, bounds: Int32Array, k: Coeffs): void {
  const { ksize, weights: kk } = k;
  for (let yy = 0; yy < outH; yy++) {
    const ymin = bounds[yy * 2];
    const ymax = bounds[yy * 2 + 1];
    const kb = yy * ksize;
    const rowOut = yy * row;
    const base = ymin * row;
    for (let i = 0; i < row; i++) {
      let ss = 0;
      for (let y = 0, p = base + i; y < ymax; y++, p += row) ss += s[p] * kk[kb + y];
      d[rowOut + i] = ss;
    }
  }
}

function horizontal(src: HWCImage, out: HWCImage, rowOffset: number, k: Coeffs): void {
  if (src.data instanceof Uint8Array) horizontalU8(src.data, src.width, out.data as Uint8Array, out.width, out.height, rowOffset, src.channels, k);
  else horizontalF32(src.data, src.width, out.data as Float32Array, out.width, out.height, rowOffset, src.channels, k);
}

function vertical(src: HWCImage, out: HWCImage, k: Coeffs, bounds: Int32Array = k.bounds): void {
  const row = src.width * src.channels;
  if (src.data instanceof Uint8Array) verticalU8(src.data, row, out.data as Uint8Array, out.height, bounds, k);
  else verticalF32(src.data, row, out.data as Float32Array, out.height, bounds, k);
}

/** Pillow's `ImagingResample` for a convolution filter (uint8 exact; float32 like mode 'F'). */
export function resampleConv(img: HWCImage, width: number, height: number, name: Exclude<Interpolation, 'nearest'>): HWCImage {
  const needH = width !== img.width;
  const needV = height !== img.height;
  const kh = precomputeCoeffs(img.width, 0, img.width, width, name);
  const kv = precomputeCoeffs(img.height, 0, img.height, height, name);
  let cur = img;
  if (needH) {
    // Only the source rows that the vertical pass reads are resampled horizontally.
    const first = kv.bounds[0];
    const last = kv.bounds[height * 2 - 2] + kv.bounds[height * 2 - 1];
    const tmp = newImage(img, width, needV ? last - first : img.height);
    horizontal(img, tmp, needV ? first : 0, kh);
    cur = tmp;
    if (needV && first !== 0) {
      const shifted = new Int32Array(kv.bounds);
      for (let i = 0; i < height; i++) shifted[i * 2] -= first;
      const out = newImage(img, width, height);
      vertical(cur, out, kv, shifted);
      return out;
    }
  }
  if (needV) {
    const out = newImage(img, cur.width, height);
    vertical(cur, out, kv);
    return out;
  }
  return cur === img ? { ...img, data: img.data.slice() } : cur;
}

/**
 * Pillow's nearest-neighbour resize (`ImagingScaleAffine`): the source position advances by an
 * accumulated step, so rounding follows Pillow's exactly.
 */
export function resampleNearest(img: HWCImage, width: number, height: number): HWCImage {
  const out = newImage(img, width, height);
  const C = img.channels;
  const a0 = img.width / width;
  const a4 = img.height / height;
  // -1 marks a column Pillow leaves at 0 (only reachable through accumulated rounding).
  const xin = new Int32Array(width);
  let xo = a0 * 0.5;
  for (let x = 0; x < width; x++) {
    const v = xo < 0 ? -1 : Math.trunc(xo);
    xin[x] = v < img.width ? v : -1;
    xo += a0;
  }
  let yo = a4 * 0.5;
  const s = img.data;
  const d = out.data;
  for (let y = 0; y < height; y++) {
    const yi = yo < 0 ? -1 : Math.trunc(yo);
    yo += a4;
    if (yi < 0 || yi >= img.height) continue;
    const rowIn = yi * img.width * C;
    const rowOut = y * width * C;
    for (let x = 0; x < width; x++) {
      if (xin[x] < 0) continue;
      const p = rowIn + xin[x] * C;
      const q = rowOut + x * C;
      for (let c = 0; c < C; c++) d[q + c] = s[p + c];
    }
  }
  return out;
}
