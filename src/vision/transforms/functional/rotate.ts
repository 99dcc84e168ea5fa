import { InvalidArgumentError } from '../../../errors';
import type { HWCImage } from '../../../framework/image';
import { WARP_INTERPOLATIONS } from './affine';
import { checkInterpolation } from './resize';
import { fillValues, type ImageInput, type ImageOutput, mapImage, newImage } from './image-input';
import { warp, type WarpInterpolation } from './warp';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

/** Options of {@link rotate} after `angle`. */
export interface RotateOptions {
  /** @defaultValue `'nearest'` */
  interpolation?: WarpInterpolation;
  /** Grow the output to hold the whole rotated image. @defaultValue `false` */
  expand?: boolean;
  /** Centre `[x, y]` of rotation; the image centre if omitted. */
  center?: readonly [number, number];
  /** Value, or one per channel, for pixels outside the rotated image. @defaultValue `0` */
  fill?: number | readonly number[];
}

/** Python's `round(x, 15)`, as Pillow applies to the rotation matrix. */
const round15 = (x: number) => Number.parseFloat(x.toFixed(15));

/** Exact quarter turns (Pillow's `transpose` fast paths), counter-clockwise by `quarters`. */
function quarterTurn(img: HWCImage, quarters: 1 | 2 | 3): HWCImage {
  const { width: W, height: H, channels: C } = img;
  const out = quarters === 2 ? newImage(img, W, H) : newImage(img, H, W);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let ox: number;
      let oy: number;
      if (quarters === 1) [ox, oy] = [y, W - 1 - x];
      else if (quarters === 2) [ox, oy] = [W - 1 - x, H - 1 - y];
      else [ox, oy] = [H - 1 - y, x];
      const p = (y * W + x) * C;
      const q = (oy * out.width + ox) * C;
      for (let c = 0; c < C; c++) out.data[q + c] = img.data[p + c];
    }
  }
  return out;
}

/** Pillow's `Image.rotate(angle, resample, expand, center, fillcolor=fill)` on an HWCImage. */
export function rotateHWC(img: HWCImage, angle: number, interp: WarpInterpolation, expand: boolean, center: readonly [number, number] | undefined, fill: readonly number[]): HWCImage {
  const a = ((angle % 360) + 360) % 360;
  if (!center) {
    if (a === 0) return { ...img, data: img.data.slice() };
    if (a === 180) return quarterTurn(img, 2);
    if ((a === 90 || a === 270) && (expand || img.width === img.height)) return quarterTurn(img, a === 90 ? 1 : 3);
  }
  let w = img.width;
  let h = img.height;
  const [cx, cy] = center ?? [w / 2, h / 2];
  const t = (-a * Math.PI) / 180;
  const m = [round15(Math.cos(t)), round15(Math.sin(t)), 0, round15(-Math.sin(t)), round15(Math.cos(t)), 0];
  const apply = (x: number, y: number): [number, number] => [m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]];
  [m[2], m[5]] = apply(-cx, -cy);
  m[2] += cx;
  m[5] += cy;
  if (expand) {
    const pts = [apply(0, 0), apply(w, 0), apply(w, h), apply(0, h)];
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const nw = Math.ceil(Math.max(...xs)) - Math.floor(Math.min(...xs));
    const nh = Math.ceil(Math.max(...ys)) - Math.floor(Math.min(...ys));
    [m[2], m[5]] = apply(-(nw - w) / 2, -(nh - h) / 2);
    w = nw;
    h = nh;
  }
  return warp(img, w, h, 'affine', m, interp, fill);
}

/**
 * All of {@link rotate}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: F.rotate(img=img, angle=45, expand=True)
 * paddle.vision.transforms.functional.rotate({ img, angle: 45, expand: true });
 * ```
 */
export interface RotateArgs<T extends ImageInput = ImageInput> {
  img: T;
  angle: number;
  interpolation?: WarpInterpolation;
  expand?: boolean;
  center?: readonly [number, number];
  fill?: number | readonly number[];
}

const ROTATE_SIGNATURE = defineSignature('vision.transforms.functional.rotate', ['img', 'angle', 'interpolation', 'expand', 'center', 'fill'], { required: 2, records: { img: isHWCImage } });

/**
 * Rotates an image counter-clockwise by `angle` degrees (Paddle's `F.rotate` with the PIL
 * backend, i.e. Pillow's `Image.rotate`, including its exact 90/180/270 paths).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link RotateArgs})
 * @returns the rotated image (a new tensor for a tensor)
 * @throws InvalidArgumentError for a non-finite angle or bad options
 * @example
 * ```ts
 * const out = paddle.vision.transforms.functional.rotate(img, 30, { interpolation: 'bilinear', expand: true });
 * paddle.vision.transforms.functional.rotate(img, { angle: 45, expand: true }); // Paddle: F.rotate(img, angle=45, expand=True)
 * ```
 * @category Vision
 */
export function rotate<T extends ImageInput>(args: RotateArgs<T>): ImageOutput<T>;
export function rotate<T extends ImageInput>(img: T, args: Omit<RotateArgs<T>, 'img'>): ImageOutput<T>;
/**
 * Positional form: Paddle's leading arguments by position, the rest by name in `options`.
 *
 * @param options - interpolation, expand, center, fill
 */
export function rotate<T extends ImageInput>(img: T, angle: number, options?: Omit<RotateArgs<T>, 'img' | 'angle'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param angle - degrees, counter-clockwise
 */
export function rotate<T extends ImageInput>(img: T, angle: number, interpolation?: WarpInterpolation, expand?: boolean, center?: readonly [number, number], fill?: number | readonly number[]): ImageOutput<T>;
export function rotate(...args: unknown[]): unknown {
  const o = resolveArgs<RotateArgs>(ROTATE_SIGNATURE, args);
  return rotateImpl(o.img, o.angle, { interpolation: o.interpolation, expand: o.expand, center: o.center, fill: o.fill });
}

function rotateImpl<T extends ImageInput>(img: T, angle: number, options: RotateOptions = {}): ImageOutput<T> {
  const where = ROTATE_SIGNATURE.where;
  if (typeof angle !== 'number' || !Number.isFinite(angle)) throw new InvalidArgumentError('angle', 'a finite number', angle, where);
  const interp = checkInterpolation(options.interpolation ?? 'nearest', WARP_INTERPOLATIONS, where);
  return mapImage(img, where, (im) => rotateHWC(im, angle, interp, options.expand ?? false, options.center, fillValues(options.fill ?? 0, im.channels, where)));
}
