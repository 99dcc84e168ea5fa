import { InvalidArgumentError } from '../../../errors';
import { checkInterpolation } from './resize';
import { checkImage, fillValues, imageShape, type ImageInput, type ImageOutput, mapImage } from './image-input';
import { warp, type WarpInterpolation } from './warp';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

/** Interpolations Pillow's `Image.transform` accepts. */
export const WARP_INTERPOLATIONS: readonly WarpInterpolation[] = ['nearest', 'bilinear', 'bicubic'];

const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * The inverse affine matrix (output → input, 6 numbers for Pillow) of rotating by `angle`
 * degrees, translating, scaling and shearing about `center` — Paddle's `_get_affine_matrix`.
 *
 * @param center - `[cx, cy]`
 * @param angle - rotation in degrees
 * @param translate - `[tx, ty]` in pixels
 * @param scale - scale factor
 * @param shear - `[shearX, shearY]` in degrees
 * @returns `[a, b, c, d, e, f]` with input = `(a x + b y + c, d x + e y + f)`
 * @example
 * ```ts
 * paddle.vision.transforms.functional.getAffineMatrix([16, 16], 0, [0, 0], 2, [0, 0]); // [0.5, 0, 8, 0, 0.5, 8]
 * ```
 * @category Vision
 */
export function getAffineMatrix(
  center: readonly [number, number],
  angle: number,
  translate: readonly [number, number],
  scale: number,
  shear: readonly [number, number],
): number[] {
  const rot = rad(angle);
  const sx = rad(shear[0]);
  const sy = rad(shear[1]);
  const a = Math.cos(rot - sy) / Math.cos(sy);
  const b = (-Math.cos(rot - sy) * Math.tan(sx)) / Math.cos(sy) - Math.sin(rot);
  const c = Math.sin(rot - sy) / Math.cos(sy);
  const d = (-Math.sin(rot - sy) * Math.tan(sx)) / Math.cos(sy) + Math.cos(rot);
  const [cx, cy] = center;
  const [tx, ty] = translate;
  const m = [d, -b, 0, -c, a, 0].map((x) => x / scale);
  m[2] += m[0] * (-cx - tx) + m[1] * (-cy - ty);
  m[5] += m[3] * (-cx - tx) + m[4] * (-cy - ty);
  m[2] += cx;
  m[5] += cy;
  return m;
}

/** Options of {@link affine} after `shear`. */
export interface AffineOptions {
  /** @defaultValue `'nearest'` */
  interpolation?: WarpInterpolation;
  /** Value, or one per channel, for pixels that map outside the image. @defaultValue `0` */
  fill?: number | readonly number[];
  /** Centre `[x, y]` of the rotation; the image centre `[w / 2, h / 2]` if omitted. */
  center?: readonly [number, number];
}

function pair(v: unknown, name: string, where: string): [number, number] {
  if (typeof v === 'number' && Number.isFinite(v)) return [v, 0];
  if (Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    if (v.length === 1) return [v[0], v[0]];
    if (v.length === 2) return [v[0], v[1]];
  }
  throw new InvalidArgumentError(name, 'a number or a list of 1 or 2 numbers', v, where);
}

/**
 * All of {@link affine}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: F.affine(img=img, angle=30, translate=[0, 0], scale=1.0, shear=0)
 * paddle.vision.transforms.functional.affine({ img, angle: 30, translate: [0, 0], scale: 1, shear: 0 });
 * ```
 */
export interface AffineArgs<T extends ImageInput = ImageInput> {
  img: T;
  angle: number;
  translate: readonly [number, number];
  scale: number;
  shear: number | readonly number[];
  interpolation?: WarpInterpolation;
  fill?: number | readonly number[];
  center?: readonly [number, number];
}

const AFFINE_SIGNATURE = defineSignature('vision.transforms.functional.affine', ['img', 'angle', 'translate', 'scale', 'shear', 'interpolation', 'fill', 'center'], { required: 5, records: { img: isHWCImage } });

/**
 * Applies an affine transformation that keeps the image centre fixed (Paddle's `F.affine` with the
 * PIL backend): rotation by `angle` degrees (clockwise, as Paddle's affine), translation in pixels,
 * scale and shear, sampled with Pillow's `Image.transform`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link AffineArgs})
 * @returns the transformed image, same size (a new tensor for a tensor)
 * @throws InvalidArgumentError for a non-positive scale or malformed arguments
 * @example
 * ```ts
 * const out = paddle.vision.transforms.functional.affine(img, 30, [2, 0], 1.1, [10, 0], { interpolation: 'bilinear' });
 * paddle.vision.transforms.functional.affine(img, { angle: 30, translate: [2, 0], scale: 1.1, shear: [10, 0] }); // Paddle: F.affine(img, angle=30, translate=[2, 0], scale=1.1, shear=[10, 0])
 * ```
 * @category Vision
 */
export function affine<T extends ImageInput>(args: AffineArgs<T>): ImageOutput<T>;
export function affine<T extends ImageInput>(img: T, args: Omit<AffineArgs<T>, 'img'>): ImageOutput<T>;
/**
 * Positional form: Paddle's leading arguments by position, the rest by name in `options`.
 *
 * @param options - interpolation, fill, center
 */
export function affine<T extends ImageInput>(img: T, angle: number, translate: readonly [number, number], scale: number, shear: number | readonly number[], options?: Omit<AffineArgs<T>, 'img' | 'angle' | 'translate' | 'scale' | 'shear'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param angle - rotation in degrees
 * @param translate - `[dx, dy]` in pixels
 * @param scale - positive scale factor
 * @param shear - `[shearX, shearY]` in degrees, or one number for x only
 */
export function affine<T extends ImageInput>(img: T, angle: number, translate: readonly [number, number], scale: number, shear: number | readonly number[], interpolation?: WarpInterpolation, fill?: number | readonly number[], center?: readonly [number, number]): ImageOutput<T>;
export function affine(...args: unknown[]): unknown {
  const o = resolveArgs<AffineArgs>(AFFINE_SIGNATURE, args);
  return affineImpl(o.img, o.angle, o.translate, o.scale, o.shear, { interpolation: o.interpolation, fill: o.fill, center: o.center });
}

function affineImpl<T extends ImageInput>(
  img: T,
  angle: number,
  translate: readonly [number, number],
  scale: number,
  shear: number | readonly number[],
  options: AffineOptions = {},
): ImageOutput<T> {
  const where = AFFINE_SIGNATURE.where;
  if (typeof angle !== 'number' || !Number.isFinite(angle)) throw new InvalidArgumentError('angle', 'a finite number', angle, where);
  const tr = pair(translate, 'translate', where);
  if (!Array.isArray(translate) || translate.length !== 2) throw new InvalidArgumentError('translate', 'a list of 2 numbers', translate, where);
  if (typeof scale !== 'number' || !(scale > 0)) throw new InvalidArgumentError('scale', 'a positive number', scale, where);
  const sh = pair(shear, 'shear', where);
  const interp = checkInterpolation(options.interpolation ?? 'nearest', WARP_INTERPOLATIONS, where);
  const checked = checkImage(img, where);
  const [h, w] = imageShape(checked);
  const center = options.center ?? [w * 0.5, h * 0.5];
  const matrix = getAffineMatrix(center, angle, tr, scale, sh);
  return mapImage(checked, where, (im) => warp(im, w, h, 'affine', matrix, interp, fillValues(options.fill ?? 0, im.channels, where))) as ImageOutput<T>;
}
