import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../../errors';
import type { HWCImage } from '../../../framework/image';
import { checkImage, imageShape, type ImageInput, type ImageOutput, isTensor, mapImage } from './image-input';
import { withPremultipliedAlpha } from './premultiply';
import { type Interpolation, resampleConv, resampleNearest } from './resample';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

export type { Interpolation } from './resample';

const INTERPOLATIONS: readonly Interpolation[] = ['nearest', 'bilinear', 'bicubic', 'box', 'lanczos', 'hamming'];

/** Checks an interpolation name against the allowed list. */
export function checkInterpolation<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new InvalidArgumentError('interpolation', `one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value, where);
  }
  return value as T;
}

/** Checks a Paddle size argument: a positive integer or an `[h, w]` pair of them. */
export function checkSize(size: unknown, where: string, name = 'size'): number | [number, number] {
  const ok = (v: unknown) => Number.isInteger(v) && (v as number) > 0;
  if (ok(size)) return size as number;
  if (Array.isArray(size) && size.length === 2 && size.every(ok)) return [size[0], size[1]];
  throw new InvalidArgumentError(name, 'a positive integer or an [height, width] pair of positive integers', size, where);
}

/**
 * The `[height, width]` that {@link resize} produces for an image of `height × width`
 * (Paddle's rule: an int sets the shorter side and scales the other with `int()`).
 */
export function resizeOutputSize(height: number, width: number, size: number | readonly [number, number]): [number, number] {
  if (typeof size !== 'number') return [size[0], size[1]];
  if ((width <= height && width === size) || (height <= width && height === size)) return [height, width];
  if (width < height) return [Math.trunc((size * height) / width), size];
  return [size, Math.trunc((size * width) / height)];
}

/** Resizes an {@link HWCImage} to exactly `height × width` with Pillow's resampling. */
export function resizeHWC(img: HWCImage, height: number, width: number, interpolation: Interpolation): HWCImage {
  if (height === img.height && width === img.width) return { ...img, data: img.data.slice() };
  if (interpolation === 'nearest') return resampleNearest(img, width, height);
  return withPremultipliedAlpha(img, (im) => resampleConv(im, width, height, interpolation));
}

/**
 * All of {@link resize}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: F.resize(img=img, size=(64, 48), interpolation='bilinear')
 * paddle.vision.transforms.functional.resize({ img, size: [64, 48], interpolation: 'bilinear' });
 * ```
 */
export interface ResizeArgs<T extends ImageInput = ImageInput> {
  img: T;
  size: number | readonly [number, number];
  interpolation?: Interpolation;
}

const RESIZE_SIGNATURE = defineSignature('vision.transforms.functional.resize', ['img', 'size', 'interpolation'], { required: 2, records: { img: isHWCImage } });

/**
 * Resizes an image like Paddle's `F.resize` with the PIL backend, matching Pillow's
 * `Image.resize` pixel for pixel on uint8 images: bilinear, bicubic, box, hamming and lanczos
 * widen their filter when downscaling (antialiasing), nearest picks Pillow's source pixels.
 * Float images and float tensors are resampled like Pillow's mode `'F'` (no rounding or clipping).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link ResizeArgs})
 * @defaultValue interpolation `'bilinear'`
 * @returns an image of the same kind (a new tensor for a tensor)
 * @throws InvalidArgumentError for a bad size or interpolation
 * @example
 * ```ts
 * const img = { data: new Uint8Array(300 * 256 * 3), width: 300, height: 256, channels: 3 };
 * const out = paddle.vision.transforms.functional.resize(img, 224); // 262 × 224
 * paddle.vision.transforms.functional.resize(img, { size: 224, interpolation: 'bicubic' }); // Paddle: F.resize(img, size=224, interpolation='bicubic')
 * ```
 * @category Vision
 */
export function resize<T extends ImageInput>(args: ResizeArgs<T>): ImageOutput<T>;
export function resize<T extends ImageInput>(img: T, args: Omit<ResizeArgs<T>, 'img'>): ImageOutput<T>;
export function resize<T extends ImageInput>(img: T, size: number | readonly [number, number], options?: Omit<ResizeArgs<T>, 'img' | 'size'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param size - an `[height, width]` pair, or an int for the shorter side (the other keeps the aspect ratio, truncated)
 * @param interpolation - resampling filter
 */
export function resize<T extends ImageInput>(img: T, size: number | readonly [number, number], interpolation?: Interpolation): ImageOutput<T>;
export function resize(...args: unknown[]): unknown {
  const o = resolveArgs<ResizeArgs>(RESIZE_SIGNATURE, args);
  return resizeImpl(o.img, o.size, o.interpolation);
}

function resizeImpl<T extends ImageInput>(img: T, size: number | readonly [number, number], interpolation: Interpolation = 'bilinear'): ImageOutput<T> {
  const where = RESIZE_SIGNATURE.where;
  const s = checkSize(size, where);
  const interp = checkInterpolation(interpolation, INTERPOLATIONS, where);
  const checked = checkImage(img, where);
  const [h, w] = imageShape(checked);
  const [oh, ow] = resizeOutputSize(h, w, s);
  if (isTensor(checked) && oh === h && ow === w) return tf.clone(checked) as ImageOutput<T>;
  return mapImage(checked, where, (im) => resizeHWC(im, oh, ow, interp)) as ImageOutput<T>;
}
