import * as tf from '@tensorflow/tfjs-core';
import type { HWCImage } from '../../../framework/image';
import { checkImage, type ImageInput, type ImageOutput, isTensor, newImage } from './image-input';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

function flipHWC(img: HWCImage, horizontal: boolean): HWCImage {
  const out = newImage(img, img.width, img.height);
  const { width: W, height: H, channels: C } = img;
  const row = W * C;
  if (horizontal) {
    for (let y = 0; y < H; y++) {
      const base = y * row;
      for (let x = 0; x < W; x++) {
        const p = base + x * C;
        const q = base + (W - 1 - x) * C;
        for (let c = 0; c < C; c++) out.data[q + c] = img.data[p + c];
      }
    }
  } else {
    for (let y = 0; y < H; y++) out.data.set(img.data.subarray(y * row, (y + 1) * row), (H - 1 - y) * row);
  }
  return out;
}

/**
 * All of {@link hflip}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * paddle.vision.transforms.functional.hflip({ img }); // Paddle: F.hflip(img=img)
 * ```
 * @category Vision
 */
export interface HflipArgs<T extends ImageInput = ImageInput> {
  img: T;
}

const HFLIP_SIGNATURE = defineSignature('vision.transforms.functional.hflip', ['img'], { required: 1, records: { img: isHWCImage } });

/**
 * Flips an image left to right (Paddle's `F.hflip`).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link HflipArgs})
 * @returns the flipped image (a new tensor for a tensor)
 * @throws InvalidArgumentError if `img` is not an image
 * @example
 * ```ts
 * const img = { data: Uint8Array.from([1, 2, 3]), width: 3, height: 1, channels: 1 };
 * paddle.vision.transforms.functional.hflip(img).data; // [3, 2, 1]
 * paddle.vision.transforms.functional.hflip({ img }); // Paddle: F.hflip(img=img)
 * ```
 * @category Vision
 */
export function hflip<T extends ImageInput>(args: HflipArgs<T>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 */
export function hflip<T extends ImageInput>(img: T): ImageOutput<T>;
export function hflip(...args: unknown[]): unknown {
  const o = resolveArgs<HflipArgs>(HFLIP_SIGNATURE, args);
  return hflipImpl(o.img);
}

function hflipImpl<T extends ImageInput>(img: T): ImageOutput<T> {
  const checked = checkImage(img, HFLIP_SIGNATURE.where);
  if (isTensor(checked)) return tf.reverse(checked, -1) as ImageOutput<T>;
  return flipHWC(checked, true) as ImageOutput<T>;
}

/**
 * All of {@link vflip}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * paddle.vision.transforms.functional.vflip({ img }); // Paddle: F.vflip(img=img)
 * ```
 * @category Vision
 */
export interface VflipArgs<T extends ImageInput = ImageInput> {
  img: T;
}

const VFLIP_SIGNATURE = defineSignature('vision.transforms.functional.vflip', ['img'], { required: 1, records: { img: isHWCImage } });

/**
 * Flips an image top to bottom (Paddle's `F.vflip`).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link VflipArgs})
 * @returns the flipped image (a new tensor for a tensor)
 * @throws InvalidArgumentError if `img` is not an image
 * @example
 * ```ts
 * const img = { data: Uint8Array.from([1, 2, 3]), width: 1, height: 3, channels: 1 };
 * paddle.vision.transforms.functional.vflip(img).data; // [3, 2, 1]
 * paddle.vision.transforms.functional.vflip({ img }); // Paddle: F.vflip(img=img)
 * ```
 * @category Vision
 */
export function vflip<T extends ImageInput>(args: VflipArgs<T>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 */
export function vflip<T extends ImageInput>(img: T): ImageOutput<T>;
export function vflip(...args: unknown[]): unknown {
  const o = resolveArgs<VflipArgs>(VFLIP_SIGNATURE, args);
  return vflipImpl(o.img);
}

function vflipImpl<T extends ImageInput>(img: T): ImageOutput<T> {
  const checked = checkImage(img, VFLIP_SIGNATURE.where);
  if (isTensor(checked)) return tf.reverse(checked, -2) as ImageOutput<T>;
  return flipHWC(checked, false) as ImageOutput<T>;
}
