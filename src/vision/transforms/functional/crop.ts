import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../../errors';
import type { HWCImage } from '../../../framework/image';
import { checkImage, imageShape, type ImageInput, type ImageOutput, isTensor, mapImage, newImage, roundHalfEven } from './image-input';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

/** Crops an HWCImage; parts of the box outside the image are 0, as in Pillow's `Image.crop`. */
export function cropHWC(img: HWCImage, top: number, left: number, height: number, width: number): HWCImage {
  const out = newImage(img, width, height);
  const C = img.channels;
  const x0 = Math.max(0, left);
  const x1 = Math.min(img.width, left + width);
  if (x1 <= x0) return out;
  for (let y = Math.max(0, top); y < Math.min(img.height, top + height); y++) {
    const src = (y * img.width + x0) * C;
    out.data.set(img.data.subarray(src, src + (x1 - x0) * C), ((y - top) * width + (x0 - left)) * C);
  }
  return out;
}

function checkInt(v: unknown, name: string, where: string, min: number): number {
  if (!Number.isInteger(v) || (v as number) < min) {
    throw new InvalidArgumentError(name, min > 0 ? 'a positive integer' : 'an integer', v, where);
  }
  return v as number;
}

/**
 * All of {@link crop}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * paddle.vision.transforms.functional.crop({ img, top: 10, left: 20, height: 100, width: 80 }); // Paddle: F.crop(img, top=10, left=20, height=100, width=80)
 * ```
 * @category Vision
 */
export interface CropArgs<T extends ImageInput = ImageInput> {
  img: T;
  top: number;
  left: number;
  height: number;
  width: number;
}

const CROP_SIGNATURE = defineSignature('vision.transforms.functional.crop', ['img', 'top', 'left', 'height', 'width'], { required: 5, records: { img: isHWCImage } });

/**
 * Crops the box with top-left corner (`top`, `left`) and size `height × width` (Paddle's
 * `F.crop`). Parts of the box outside the image are filled with 0, as Pillow does.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link CropArgs})
 * @returns the cropped image (a new tensor for a tensor)
 * @throws InvalidArgumentError for non-integer offsets or a non-positive size
 * @example
 * ```ts
 * const out = paddle.vision.transforms.functional.crop(img, 10, 20, 100, 80); // 80 wide, 100 high
 * paddle.vision.transforms.functional.crop({ img, top: 10, left: 20, height: 100, width: 80 }); // Paddle: F.crop(img, top=10, left=20, height=100, width=80)
 * ```
 * @category Vision
 */
export function crop<T extends ImageInput>(args: CropArgs<T>): ImageOutput<T>;
export function crop<T extends ImageInput>(img: T, args: Omit<CropArgs<T>, 'img'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param top - row of the box's top edge
 * @param left - column of the box's left edge
 * @param height - box height
 * @param width - box width
 */
export function crop<T extends ImageInput>(img: T, top: number, left: number, height: number, width: number): ImageOutput<T>;
export function crop(...args: unknown[]): unknown {
  const o = resolveArgs<CropArgs>(CROP_SIGNATURE, args);
  return cropImpl(o.img, o.top, o.left, o.height, o.width);
}

function cropImpl<T extends ImageInput>(img: T, top: number, left: number, height: number, width: number): ImageOutput<T> {
  const where = CROP_SIGNATURE.where;
  checkInt(top, 'top', where, -Infinity);
  checkInt(left, 'left', where, -Infinity);
  checkInt(height, 'height', where, 1);
  checkInt(width, 'width', where, 1);
  const checked = checkImage(img, where);
  const [h, w] = imageShape(checked);
  if (isTensor(checked) && top >= 0 && left >= 0 && top + height <= h && left + width <= w) {
    const begin = checked.rank === 2 ? [top, left] : [0, top, left];
    const size = checked.rank === 2 ? [height, width] : [-1, height, width];
    return tf.slice(checked, begin, size) as ImageOutput<T>;
  }
  return mapImage(checked, where, (im) => cropHWC(im, top, left, height, width)) as ImageOutput<T>;
}

/** Top-left corner of a centred `ch × cw` box in an `h × w` image, rounded as Paddle does. */
export function centerCropBox(h: number, w: number, ch: number, cw: number): [number, number] {
  return [roundHalfEven((h - ch) / 2), roundHalfEven((w - cw) / 2)];
}

/**
 * All of {@link centerCrop}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: F.center_crop(img=img, output_size=224)
 * paddle.vision.transforms.functional.centerCrop({ img, outputSize: 224 });
 * ```
 */
export interface CenterCropArgs<T extends ImageInput = ImageInput> {
  img: T;
  outputSize: number | readonly [number, number];
}

const CENTERCROP_SIGNATURE = defineSignature('vision.transforms.functional.centerCrop', ['img', 'outputSize'], { required: 2, records: { img: isHWCImage } });

/**
 * Crops the centre of an image (Paddle's `F.center_crop`; offsets use Python's `round`).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link CenterCropArgs})
 * @returns the cropped image (a new tensor for a tensor)
 * @throws InvalidArgumentError for a bad size
 * @example
 * ```ts
 * const out = paddle.vision.transforms.functional.centerCrop(img, 224);
 * paddle.vision.transforms.functional.centerCrop(img, { outputSize: 224 }); // Paddle: F.center_crop(img, output_size=224)
 * ```
 * @category Vision
 */
export function centerCrop<T extends ImageInput>(args: CenterCropArgs<T>): ImageOutput<T>;
export function centerCrop<T extends ImageInput>(img: T, args: Omit<CenterCropArgs<T>, 'img'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param outputSize - an int for a square, or `[height, width]`
 */
export function centerCrop<T extends ImageInput>(img: T, outputSize: number | readonly [number, number]): ImageOutput<T>;
export function centerCrop(...args: unknown[]): unknown {
  const o = resolveArgs<CenterCropArgs>(CENTERCROP_SIGNATURE, args);
  return centerCropImpl(o.img, o.outputSize);
}

function centerCropImpl<T extends ImageInput>(img: T, outputSize: number | readonly [number, number]): ImageOutput<T> {
  const [ch, cw] = typeof outputSize === 'number' ? [outputSize, outputSize] : outputSize;
  const checked = checkImage(img, CENTERCROP_SIGNATURE.where);
  const [h, w] = imageShape(checked);
  const [top, left] = centerCropBox(h, w, ch, cw);
  return crop(checked, top, left, ch, cw) as ImageOutput<T>;
}
