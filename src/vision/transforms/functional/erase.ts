import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../../errors';
import type { HWCImage } from '../../../framework/image';
import { checkImage, type ImageInput, type ImageOutput, isTensor, mapImage } from './image-input';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

/** Values for {@link erase}: one number, one per channel, or a full `h × w × C` block (HWC; CHW for a tensor block). */
export type EraseValue = number | readonly number[] | Float32Array | tf.Tensor;

/** Writes `v` into the box of an HWCImage (in place). uint8 targets clamp and truncate. */
export function eraseHWC(img: HWCImage, i: number, j: number, h: number, w: number, v: ArrayLike<number>, blockIsCHW = false): HWCImage {
  const C = img.channels;
  const isInt = img.data instanceof Uint8Array;
  const y1 = Math.min(img.height, i + h);
  const x1 = Math.min(img.width, j + w);
  const full = v.length === h * w * C;
  for (let y = Math.max(0, i); y < y1; y++) {
    for (let x = Math.max(0, j); x < x1; x++) {
      for (let c = 0; c < C; c++) {
        let val: number;
        if (full) val = blockIsCHW ? v[(c * h + (y - i)) * w + (x - j)] : v[((y - i) * w + (x - j)) * C + c];
        else val = v[v.length === 1 ? 0 : c];
        img.data[(y * img.width + x) * C + c] = isInt ? (val <= 0 ? 0 : val >= 255 ? 255 : Math.trunc(val)) : val;
      }
    }
  }
  return img;
}

/**
 * All of {@link erase}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * paddle.vision.transforms.functional.erase({ img, i: 2, j: 3, h: 4, w: 5, v: 0 }); // Paddle: F.erase(img, i=2, j=3, h=4, w=5, v=0)
 * ```
 * @category Vision
 */
export interface EraseArgs<T extends ImageInput = ImageInput> {
  img: T;
  i: number;
  j: number;
  h: number;
  w: number;
  v: EraseValue;
  inplace?: boolean;
}

const ERASE_SIGNATURE = defineSignature('vision.transforms.functional.erase', ['img', 'i', 'j', 'h', 'w', 'v', 'inplace'], { required: 6, records: { img: isHWCImage } });

/**
 * Fills the box with top-left (`i`, `j`) and size `h × w` with `v` (Paddle's `F.erase`).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link EraseArgs})
 * @defaultValue inplace `false`
 * @returns the erased image (a new tensor for a tensor)
 * @throws InvalidArgumentError for a value of the wrong length
 * @example
 * ```ts
 * const out = paddle.vision.transforms.functional.erase(img, 2, 3, 4, 5, [0, 0, 0]);
 * paddle.vision.transforms.functional.erase({ img, i: 2, j: 3, h: 4, w: 5, v: 0 }); // Paddle: F.erase(img, i=2, j=3, h=4, w=5, v=0)
 * ```
 * @category Vision
 */
export function erase<T extends ImageInput>(args: EraseArgs<T>): ImageOutput<T>;
export function erase<T extends ImageInput>(img: T, args: Omit<EraseArgs<T>, 'img'>): ImageOutput<T>;
export function erase<T extends ImageInput>(img: T, i: number, j: number, h: number, w: number, v: EraseValue, options?: Omit<EraseArgs<T>, 'img' | 'i' | 'j' | 'h' | 'w' | 'v'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param i - top row of the box
 * @param j - left column of the box
 * @param h - box height
 * @param w - box width
 * @param v - a number, one per channel, or a block of `h × w × C` values
 * @param inplace - write into `img`'s own data (HWCImages only; tensors are immutable)
 */
export function erase<T extends ImageInput>(img: T, i: number, j: number, h: number, w: number, v: EraseValue, inplace?: boolean): ImageOutput<T>;
export function erase(...args: unknown[]): unknown {
  const o = resolveArgs<EraseArgs>(ERASE_SIGNATURE, args);
  return eraseImpl(o.img, o.i, o.j, o.h, o.w, o.v, o.inplace);
}

function eraseImpl<T extends ImageInput>(img: T, i: number, j: number, h: number, w: number, v: EraseValue, inplace = false): ImageOutput<T> {
  const where = ERASE_SIGNATURE.where;
  const checked = checkImage(img, where);
  const values: ArrayLike<number> = isTensor(v) ? v.dataSync() : typeof v === 'number' ? [v] : v;
  const C = isTensor(checked) ? (checked.rank === 2 ? 1 : checked.shape[0]) : checked.channels;
  if (values.length !== 1 && values.length !== C && values.length !== h * w * C) {
    throw new InvalidArgumentError('v', `1, ${C} or ${h * w * C} values`, v, where);
  }
  if (!isTensor(checked) && inplace) return eraseHWC(checked, i, j, h, w, values) as ImageOutput<T>;
  const blockIsCHW = isTensor(checked);
  return mapImage(checked, where, (im) => eraseHWC({ ...im, data: isTensor(checked) ? im.data : im.data.slice() }, i, j, h, w, values, blockIsCHW)) as ImageOutput<T>;
}
