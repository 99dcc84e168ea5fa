// Pillow's `Image.transform` engine (libImaging/Geometry.c) for affine and perspective maps:
// every output pixel centre is mapped back into the source and sampled there. Nearest affine
// maps take Pillow's fixed-point and scale-only fast paths, so results match bit for bit.
import type { HWCImage } from '../../../framework/image';
import { newImage } from './image-input';
import { withPremultipliedAlpha } from './premultiply';

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

/** Pillow's nearest filter: COORD() truncation, out-of-range pixels keep the fill. */
function sampleNearest(img: HWCImage, xin: number, yin: number, d: HWCImage['data'], q: number): void {
  const { width: W, height: H, channels: C, data: s } = img;
  const x = coord(xin);
  const y = coord(yin);
  if (x < 0 || x >= W || y < 0 || y >= H) return;
  const p = (y * W + x) * C;
  for (let c = 0; c < C; c++) d[q + c] = s[p + c];
}

/** Pillow's 2×2 bilinear filter (`BILINEAR_HEAD`/`BILINEAR_BODY`): edges clamp, uint8 truncates. */
function sampleBilinear(img: HWCImage, xin: number, yin: number, d: HWCImage['data'], q: number, isInt: boolean): void {
  const { width: W, height: H, channels: C, data: s } = img;
  if (xin < 0 || xin >= W || yin < 0 || yin >= H) return;
  const fx = xin - 0.5;
  const fy = yin - 0.5;
  const x = Math.floor(fx);
  const y = Math.floor(fy);
  const dx = fx - x;
  const dy = fy - y;
  const x0 = (x < 0 ? 0 : x < W ? x : W - 1) * C;
  const x1 = (x + 1 < 0 ? 0 : x + 1 < W ? x + 1 : W - 1) * C;
  const r0 = (y < 0 ? 0 : y < H ? y : H - 1) * W * C;
  const hasY1 = y + 1 >= 0 && y + 1 < H;
  const r1 = (y + 1) * W * C;
  for (let c = 0; c < C; c++) {
    const a = s[r0 + x0 + c];
    const v1 = a + (s[r0 + x1 + c] - a) * dx;
    let v2 = v1;
    if (hasY1) {
      const a2 = s[r1 + x0 + c];
      v2 = a2 + (s[r1 + x1 + c] - a2) * dx;
    }
    const v = v1 + (v2 - v1) * dy;
    d[q + c] = isInt ? Math.trunc(v) : v;
  }
}

/** Pillow's 4×4 bicubic filter (`BICUBIC_HEAD`/`BICUBIC_BODY`, a = -0.5): rows past the edge repeat the last one read. */
function sampleBicubic(img: HWCImage, xin: number, yin: number, d: HWCImage['data'], q: number, isInt: boolean, xs: Int32Array): void {
  const { width: W, height: H, channels: C, data: s } = img;
  if (xin < 0 || xin >= W || yin < 0 || yin >= H) return;
  const fx = xin - 0.5;
  const fy = yin - 0.5;
  const x = Math.floor(fx) - 1;
  const y = Math.floor(fy) - 1;
  const dx = fx - (x + 1);
  const dy = fy - (y + 1);
  for (let i = 0; i < 4; i++) {
    const xi = x + i;
    xs[i] = (xi < 0 ? 0 : xi < W ? xi : W - 1) * C;
  }
  const row = W * C;
  const r0 = (y < 0 ? 0 : y < H ? y : H - 1) * row;
  const ok1 = y + 1 >= 0 && y + 1 < H;
  const ok2 = y + 2 >= 0 && y + 2 < H;
  const ok3 = y + 3 >= 0 && y + 3 < H;
  const x0 = xs[0];
  const x1 = xs[1];
  const x2 = xs[2];
  const x3 = xs[3];
  const r1 = (y + 1) * row;
  const r2 = (y + 2) * row;
  const r3 = (y + 3) * row;
  for (let c = 0; c < C; c++) {
    const v1 = cubic(s[r0 + x0 + c], s[r0 + x1 + c], s[r0 + x2 + c], s[r0 + x3 + c], dx);
    const v2 = ok1 ? cubic(s[r1 + x0 + c], s[r1 + x1 + c], s[r1 + x2 + c], s[r1 + x3 + c], dx) : v1;
    const v3 = ok2 ? cubic(s[r2 + x0 + c], s[r2 + x1 + c], s[r2 + x2 + c], s[r2 + x3 + c], dx) : v2;
    const v4 = ok3 ? cubic(s[r3 + x0 + c], s[r3 + x1 + c], s[r3 + x2 + c], s[r3 + x3 + c], dx) : v3;
    const v = cubic(v1, v2, v3, v4, dy);
    d[q + c] = isInt ? (v <= 0 ? 0 : v >= 255 ? 255 : Math.trunc(v)) : v;
  }
}

/** The fill color as it looks after premultiplication (alpha is the last channel). */
function premultipliedFill(fill: readonly number[], img: HWCImage): readonly number[] {
  if (!(img.data instanceof Uint8Array) || (img.channels !== 2 && img.channels !== 4)) return fill;
  const a = fill[fill.length - 1];
  return fill.map((v, c) => {
    if (c === fill.length - 1) return v;
    const t = v * a + 128;
    return ((t >> 8) + t) >> 8;
  });
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
  const xs = new Int32Array(4);
  const C = img.channels;
  const isInt = img.data instanceof Uint8Array;
  const d = out.data;
  for (let y = 0; y < out.height; y++) {
    for (let x = 0; x < out.width; x++) {
      map(x, y, pos);
      const q = (y * out.width + x) * C;
      if (kind === 'nearest') sampleNearest(img, pos[0], pos[1], d, q);
      else if (kind === 'bilinear') sampleBilinear(img, pos[0], pos[1], d, q, isInt);
      else sampleBicubic(img, pos[0], pos[1], d, q, isInt, xs);
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
  if (method === 'affine' && interpolation === 'nearest') return affineNearest(img, filled(img, width, height, fill), data);
  const map = method === 'affine' ? affineMap(data) : perspectiveMap(data);
  if (interpolation === 'nearest') return generic(img, filled(img, width, height, fill), map, interpolation);
  // Pillow converts RGBA to RGBa first, fill color included (it converts the whole new image).
  return withPremultipliedAlpha(img, (im) => generic(im, filled(im, width, height, premultipliedFill(fill, im)), map, interpolation));
}
