import { InvalidArgumentError } from '../../../errors';
import type { HWCImage } from '../../../framework/image';
import { type ImageInput, type ImageOutput, mapImage, newImage } from './image-input';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

const f32 = Math.fround;
const clip8 = (v: number) => (v <= 0 ? 0 : v >= 255 ? 255 : v);
const clip = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Pillow's `rgb2hsv_row` (libImaging/Convert.c), with its float32 intermediates. */
function rgbToHsvU8(r: number, g: number, b: number, out: Uint8Array): void {
  const maxc = Math.max(r, g, b);
  const minc = Math.min(r, g, b);
  out[2] = maxc;
  if (maxc === minc) {
    out[0] = 0;
    out[1] = 0;
    return;
  }
  const cr = maxc - minc;
  const s = f32(cr / maxc);
  const rc = f32((maxc - r) / cr);
  const gc = f32((maxc - g) / cr);
  const bc = f32((maxc - b) / cr);
  let h: number;
  if (r === maxc) h = f32(bc - gc);
  else if (g === maxc) h = f32(2.0 + rc - bc);
  else h = f32(4.0 + gc - rc);
  // fmod(h / 6 + 1, 1) with the argument in [5/6, 11/6): one exact subtraction, no fmod call.
  const wrapped = h / 6.0 + 1.0;
  h = f32(wrapped >= 1 ? wrapped - 1 : wrapped);
  out[0] = clip8(Math.trunc(h * 255.0));
  out[1] = clip8(Math.trunc(s * 255.0));
}

/** Pillow's `hsv2rgb` for one pixel. */
function hsvToRgbU8(h: number, s: number, v: number, out: Uint8Array, q0: number): void {
  if (s === 0) {
    out[q0] = v;
    out[q0 + 1] = v;
    out[q0 + 2] = v;
    return;
  }
  const i = Math.floor((f32(h) * 6.0) / 255.0);
  const f = f32((f32(h) * 6.0) / 255.0 - i);
  const fs = f32(s / 255.0);
  const p = clip8(Math.round(v * (1.0 - fs)));
  const q = clip8(Math.round(v * (1.0 - f32(fs * f))));
  const t = clip8(Math.round(v * (1.0 - fs * (1.0 - f))));
  let r: number;
  let g: number;
  let b: number;
  switch (i % 6) {
    case 0:
      r = v;
      g = t;
      b = p;
      break;
    case 1:
      r = q;
      g = v;
      b = p;
      break;
    case 2:
      r = p;
      g = v;
      b = t;
      break;
    case 3:
      r = p;
      g = q;
      b = v;
      break;
    case 4:
      r = t;
      g = p;
      b = v;
      break;
    default:
      r = v;
      g = p;
      b = q;
  }
  out[q0] = r;
  out[q0 + 1] = g;
  out[q0 + 2] = b;
}

function hueU8(img: HWCImage, hueFactor: number): HWCImage {
  const out = newImage(img, img.width, img.height);
  const C = img.channels;
  // `np.uint8(hue_factor * 255)`: truncated toward zero, then wrapped modulo 256.
  const shift = ((Math.trunc(hueFactor * 255) % 256) + 256) % 256;
  const hsv = new Uint8Array(3);
  const src = img.data as Uint8Array;
  const dst = out.data as Uint8Array;
  for (let p = 0; p < src.length; p += C) {
    rgbToHsvU8(src[p], src[p + 1], src[p + 2], hsv);
    hsvToRgbU8((hsv[0] + shift) & 255, hsv[1], hsv[2], dst, p);
    for (let c = 3; c < C; c++) dst[p + c] = src[p + c];
  }
  return out;
}

/** Paddle's tensor `adjust_hue` (`_rgb_to_hsv`, shift modulo 1, `_hsv_to_rgb`) on [0, 1] floats. */
function hueFloat(img: HWCImage, hueFactor: number): HWCImage {
  const out = newImage(img, img.width, img.height);
  const C = img.channels;
  const s0 = img.data;
  for (let p = 0; p < s0.length; p += C) {
    const r = s0[p];
    const g = s0[p + 1];
    const b = s0[p + 2];
    const maxc = Math.max(r, g, b);
    const minc = Math.min(r, g, b);
    const eq = maxc === minc;
    const delta = maxc - minc;
    const sat = delta / (eq ? 1 : maxc);
    const div = eq ? 1 : delta;
    const rc = (maxc - r) / div;
    const gc = (maxc - g) / div;
    const bc = (maxc - b) / div;
    let h: number;
    if (maxc === r) h = bc - gc;
    else if (maxc === g) h = rc - bc + 2;
    else h = gc - rc + 4;
    h = h / 6 + 1;
    h -= Math.trunc(h);
    h += hueFactor;
    h -= Math.floor(h);
    const v = maxc;
    const f6 = h * 6;
    const i = Math.floor(f6);
    const f = f6 - i;
    const pp = clip(v * (1 - sat));
    const qq = clip(v * (1 - sat * f));
    const tt = clip(v * (1 - sat * (1 - f)));
    let r1: number;
    let g1: number;
    let b1: number;
    switch (((i % 6) + 6) % 6) {
      case 0:
        r1 = v;
        g1 = tt;
        b1 = pp;
        break;
      case 1:
        r1 = qq;
        g1 = v;
        b1 = pp;
        break;
      case 2:
        r1 = pp;
        g1 = v;
        b1 = tt;
        break;
      case 3:
        r1 = pp;
        g1 = qq;
        b1 = v;
        break;
      case 4:
        r1 = tt;
        g1 = pp;
        b1 = v;
        break;
      default:
        r1 = v;
        g1 = pp;
        b1 = qq;
    }
    out.data[p] = r1;
    out.data[p + 1] = g1;
    out.data[p + 2] = b1;
    for (let c = 3; c < C; c++) out.data[p + c] = s0[p + c];
  }
  return out;
}

/**
 * All of {@link adjustHue}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: F.adjust_hue(img=img, hue_factor=0.1)
 * paddle.vision.transforms.functional.adjustHue({ img, hueFactor: 0.1 });
 * ```
 */
export interface AdjustHueArgs<T extends ImageInput = ImageInput> {
  img: T;
  hueFactor: number;
}

const ADJUSTHUE_SIGNATURE = defineSignature('vision.transforms.functional.adjustHue', ['img', 'hueFactor'], { required: 2, records: { img: isHWCImage } });

/**
 * Shifts hue (Paddle's `F.adjust_hue`): uint8 images go through Pillow's HSV conversion with the
 * hue byte shifted by `uint8(hueFactor * 255)` (wrapping), float images through Paddle's tensor
 * HSV formulas with the hue shifted modulo 1. Images with fewer than 3 channels are copied.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link AdjustHueArgs})
 * @returns the adjusted image (a new tensor for a tensor)
 * @throws InvalidArgumentError if `hueFactor` is outside [-0.5, 0.5]
 * @example
 * ```ts
 * const shifted = paddle.vision.transforms.functional.adjustHue(img, 0.1);
 * paddle.vision.transforms.functional.adjustHue(img, { hueFactor: 0.1 }); // Paddle: F.adjust_hue(img, hue_factor=0.1)
 * ```
 * @category Vision
 */
export function adjustHue<T extends ImageInput>(args: AdjustHueArgs<T>): ImageOutput<T>;
export function adjustHue<T extends ImageInput>(img: T, args: Omit<AdjustHueArgs<T>, 'img'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param hueFactor - shift in [-0.5, 0.5]; ±0.5 gives complementary colors
 */
export function adjustHue<T extends ImageInput>(img: T, hueFactor: number): ImageOutput<T>;
export function adjustHue(...args: unknown[]): unknown {
  const o = resolveArgs<AdjustHueArgs>(ADJUSTHUE_SIGNATURE, args);
  return adjustHueImpl(o.img, o.hueFactor);
}

function adjustHueImpl<T extends ImageInput>(img: T, hueFactor: number): ImageOutput<T> {
  if (typeof hueFactor !== 'number' || !(hueFactor >= -0.5 && hueFactor <= 0.5)) {
    throw new InvalidArgumentError('hueFactor', 'a number in [-0.5, 0.5]', hueFactor, ADJUSTHUE_SIGNATURE.where);
  }
  return mapImage(img, ADJUSTHUE_SIGNATURE.where, (im) => {
    if (im.channels < 3) return { ...im, data: im.data.slice() };
    return im.data instanceof Uint8Array ? hueU8(im, hueFactor) : hueFloat(im, hueFactor);
  });
}
