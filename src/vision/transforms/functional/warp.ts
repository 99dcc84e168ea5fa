// Pillow's `Image.transform` engine (libImaging/Geometry.c) for affine and perspective maps:
// every output pixel centre is mapped back into the source and sampled there. Nearest affine
// maps take Pillow's fixed-point and scale-only fast paths, so results match bit for bit.
import type { HWCImage } from '../../image';
import { newImage } from './image-input';

/** Interpolations that warps accept. */
export type WarpInterpolation = 'nearest' | 'bilinear' | 'bicubic';

/** Output pixel centre → source position. `out` receives [x, y]. */
type MapFn = (x: number, y: number, out: Float64Array) => void;

function affineMap(a: readonly number[]): MapFn {
  const [a0, a1, a2, a3, a4, a5] = a;
  return (x, y, out) => {
    const xin = x + 0.5;
    const yin = y + 0.5;
    out[0] = a0 * xin + a1 * yin + a2;
    out[1] = a3 * xin + a4 * yin + a5;
  };
}

function perspectiveMap(a: readonly number[]): MapFn {
  const [a0, a1, a2, a3, a4, a5, a6, a7] = a;
  return (x, y, out) => {
    const xin = x + 0.5;
    const yin = y + 0.5;
    const w = a6 * xin + a7 * yin + 1;
    out[0] = (a0 * xin + a1 * yin + a2) / w;
    out[1] = (a3 * xin + a4 * yin + a5) / w;
  };
}

const coord = (v: number) => (v < 0 ? -1 : Math.trunc(v));

function cubic(v1: number, v2: number, v3: number, v4: number, d: number): number {
  const p1 = v2;
  const p2 = -v1 + v3;
  const p3 = 2 * (v1 - v2) + v3 - v4;
  const p4 = -v1 + v2 - v3 + v4;
  return p1 + d * (p2 + d * (p3 + d * p4));
}

/** Samples channel `c` at source position (xin, yin); false if outside the image. */
function sample(img: HWCImage, xin: number, yin: number, kind: WarpInterpolation, dst: HWCImage['data'], q: number): boolean {
  const { width: W, height: H, channels: C, data: s } = img;
  const isInt = s instanceof Uint8Array;
  if (kind === 'nearest') {
    const x = coord(xin);
    const y = coord(yin);
    if (x < 0 || x >= W || y < 0 || y >= H) return false;
    const p = (y * W + x) * C;
    for (let c = 0; c < C; c++) dst[q + c] = s[p + c];
    return true;
  }
  if (xin < 0 || xin >= W || yin < 0 || yin >= H) return false;
  const fx = xin - 0.5;
  const fy = yin - 0.5;
  let x = Math.floor(fx);
  let y = Math.floor(fy);
  const dx = fx - x;
  const dy = fy - y;
  const cx = (i: number) => (i < 0 ? 0 : i < W ? i : W - 1);
  if (kind === 'bilinear') {
    const y0 = (y < 0 ? 0 : y < H ? y : H - 1) * W;
    const hasY1 = y + 1 >= 0 && y + 1 < H;
    const x0 = cx(x);
    const x1 = cx(x + 1);
    for (let c = 0; c < C; c++) {
      const a = s[(y0 + x0) * C + c];
      const b = s[(y0 + x1) * C + c];
      const v1 = a + (b - a) * dx;
      let v2 = v1;
      if (hasY1) {
        const a2 = s[((y + 1) * W + x0) * C + c];
        const b2 = s[((y + 1) * W + x1) * C + c];
        v2 = a2 + (b2 - a2) * dx;
      }
      const v = v1 + (v2 - v1) * dy;
      dst[q + c] = isInt ? Math.trunc(v) : v;
    }
    return true;
  }
  x -= 1;
  y -= 1;
  const xs = [cx(x), cx(x + 1), cx(x + 2), cx(x + 3)];
  const row = (yy: number, c: number) => {
    const base = yy * W;
    return cubic(s[(base + xs[0]) * C + c], s[(base + xs[1]) * C + c], s[(base + xs[2]) * C + c], s[(base + xs[3]) * C + c], dx);
  };
  const yc = y < 0 ? 0 : y < H ? y : H - 1;
  for (let c = 0; c < C; c++) {
    const v1 = row(yc, c);
    const v2 = y + 1 >= 0 && y + 1 < H ? row(y + 1, c) : v1;
    const v3 = y + 2 >= 0 && y + 2 < H ? row(y + 2, c) : v2;
    const v4 = y + 3 >= 0 && y + 3 < H ? row(y + 3, c) : v3;
    const v = cubic(v1, v2, v3, v4, dy);
    dst[q + c] = isInt ? (v <= 0 ? 0 : v >= 255 ? 255 : Math.trunc(v)) : v;
  }
  return true;
}

function filled(img: HWCImage, width: number, height: number, fill: readonly number[]): HWCImage {
  const out = newImage(img, width, height);
  const C = img.channels;
  if (fill.some((v) => v !== 0)) {
    for (let i = 0; i < out.data.length; i += C) for (let c = 0; c < C; c++) out.data[i + c] = fill[c];
  }
  return out;
}

function generic(img: HWCImage, out: HWCImage, map: MapFn, kind: WarpInterpolation): HWCImage {
  const pos = new Float64Array(2);
  const C = img.channels;
  for (let y = 0; y < out.height; y++) {
    for (let x = 0; x < out.width; x++) {
      map(x, y, pos);
      sample(img, pos[0], pos[1], kind, out.data, (y * out.width + x) * C);
    }
  }
  return out;
}

function copyPixel(img: HWCImage, out: HWCImage, xin: number, yin: number, q: number): void {
  const p = (yin * img.width + xin) * img.channels;
  for (let c = 0; c < img.channels; c++) out.data[q + c] = img.data[p + c];
}

/** Pillow's nearest affine paths: scale-only (`ImagingScaleAffine`) and 16.16 fixed point (`affine_fixed`). */
function affineNearest(img: HWCImage, out: HWCImage, a: readonly number[]): HWCImage {
  const { width: W, height: H, channels: C } = img;
  const w = out.width;
  const h = out.height;
  if (a[1] === 0 && a[3] === 0) {
    let xo = a[2] + a[0] * 0.5;
    let yo = a[5] + a[4] * 0.5;
    const xin = new Int32Array(w);
    for (let x = 0; x < w; x++) {
      const v = coord(xo);
      xin[x] = v >= 0 && v < W ? v : -1;
      xo += a[0];
    }
    for (let y = 0; y < h; y++) {
      const yi = coord(yo);
      yo += a[4];
      if (yi < 0 || yi >= H) continue;
      for (let x = 0; x < w; x++) if (xin[x] >= 0) copyPixel(img, out, xin[x], yi, (y * w + x) * C);
    }
    return out;
  }
  const fits = (x: number, y: number) => Math.abs(x * a[0] + y * a[1] + a[2]) < 32768 && Math.abs(x * a[3] + y * a[4] + a[5]) < 32768;
  if (!(fits(0, 0) && fits(w, h) && fits(0, h) && fits(w, 0))) return generic(img, out, affineMap(a), 'nearest');
  const fix = (v: number) => Math.floor(v * 65536 + 0.5) | 0;
  const a0 = fix(a[0]);
  const a1 = fix(a[1]);
  const a3 = fix(a[3]);
  const a4 = fix(a[4]);
  let a2 = fix(a[2] + a[0] * 0.5 + a[1] * 0.5);
  let a5 = fix(a[5] + a[3] * 0.5 + a[4] * 0.5);
  for (let y = 0; y < h; y++) {
    let xx = a2;
    let yy = a5;
    for (let x = 0; x < w; x++) {
      const xi = xx >> 16;
      if (xi >= 0 && xi < W) {
        const yi = yy >> 16;
        if (yi >= 0 && yi < H) copyPixel(img, out, xi, yi, (y * w + x) * C);
      }
      xx = (xx + a0) | 0;
      yy = (yy + a3) | 0;
    }
    a2 = (a2 + a1) | 0;
    a5 = (a5 + a4) | 0;
  }
  return out;
}

/**
 * Pillow's `Image.transform(size, AFFINE | PERSPECTIVE, data, resample, fillcolor=fill)`: `data`
 * maps output to input coordinates; pixels that map outside the source keep `fill`.
 */
export function warp(
  img: HWCImage,
  width: number,
  height: number,
  method: 'affine' | 'perspective',
  data: readonly number[],
  interpolation: WarpInterpolation,
  fill: readonly number[],
): HWCImage {
  const out = filled(img, width, height, fill);
  if (method === 'affine' && interpolation === 'nearest') return affineNearest(img, out, data);
  return generic(img, out, method === 'affine' ? affineMap(data) : perspectiveMap(data), interpolation);
}
