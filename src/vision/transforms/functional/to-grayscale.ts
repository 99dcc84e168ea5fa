import { InvalidArgumentError } from '../../../errors';
import type { HWCImage } from '../../../framework/image';
import { type ImageInput, type ImageOutput, mapImage, newImage } from './image-input';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

/**
 * Luma of an image as one channel: Pillow's `convert('L')` on uint8
 * (`(19595 R + 38470 G + 7471 B + 32768) >> 16`), Paddle's tensor formula
 * (`0.2989 R + 0.587 G + 0.114 B`) on float images. One-channel images are copied.
 */
export function luma(img: HWCImage): HWCImage {
  const out = newImage(img, img.width, img.height, 1);
  const n = img.width * img.height;
  const C = img.channels;
  const s = img.data;
  if (C < 3) {
    for (let i = 0; i < n; i++) out.data[i] = s[i * C];
  } else if (s instanceof Uint8Array) {
    for (let i = 0, p = 0; i < n; i++, p += C) out.data[i] = (s[p] * 19595 + s[p + 1] * 38470 + s[p + 2] * 7471 + 0x8000) >>> 16;
  } else {
    for (let i = 0, p = 0; i < n; i++, p += C) out.data[i] = 0.2989 * s[p] + 0.587 * s[p + 1] + 0.114 * s[p + 2];
  }
  return out;
}

/** Repeats a one-channel image into `channels` channels. */
export function repeatChannels(img: HWCImage, channels: number): HWCImage {
  const out = newImage(img, img.width, img.height, channels);
  const n = img.width * img.height;
  for (let i = 0; i < n; i++) for (let c = 0; c < channels; c++) out.data[i * channels + c] = img.data[i];
  return out;
}

/**
 * All of {@link toGrayscale}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: F.to_grayscale(img=img, num_output_channels=3)
 * paddle.vision.transforms.functional.toGrayscale({ img, numOutputChannels: 3 });
 * ```
 */
export interface ToGrayscaleArgs<T extends ImageInput = ImageInput> {
  img: T;
  numOutputChannels?: number;
}

const TOGRAYSCALE_SIGNATURE = defineSignature('vision.transforms.functional.toGrayscale', ['img', 'numOutputChannels'], { required: 1, records: { img: isHWCImage } });

/**
 * Converts an image to grayscale (Paddle's `F.to_grayscale`): uint8 images like Pillow's
 * `convert('L')`, float images and tensors with `0.2989 R + 0.587 G + 0.114 B`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link ToGrayscaleArgs})
 * @defaultValue numOutputChannels `1`
 * @returns the grayscale image (a new tensor for a tensor)
 * @throws InvalidArgumentError if `numOutputChannels` is not 1 or 3
 * @example
 * ```ts
 * const gray = paddle.vision.transforms.functional.toGrayscale(rgbImage); // channels: 1
 * paddle.vision.transforms.functional.toGrayscale(img, { numOutputChannels: 3 }); // Paddle: F.to_grayscale(img, num_output_channels=3)
 * ```
 * @category Vision
 */
export function toGrayscale<T extends ImageInput>(args: ToGrayscaleArgs<T>): ImageOutput<T>;
export function toGrayscale<T extends ImageInput>(img: T, options?: Omit<ToGrayscaleArgs<T>, 'img'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param numOutputChannels - 1, or 3 for `R = G = B`
 */
export function toGrayscale<T extends ImageInput>(img: T, numOutputChannels?: number): ImageOutput<T>;
export function toGrayscale(...args: unknown[]): unknown {
  const o = resolveArgs<ToGrayscaleArgs>(TOGRAYSCALE_SIGNATURE, args);
  return toGrayscaleImpl(o.img, o.numOutputChannels);
}

function toGrayscaleImpl<T extends ImageInput>(img: T, numOutputChannels = 1): ImageOutput<T> {
  if (numOutputChannels !== 1 && numOutputChannels !== 3) {
    throw new InvalidArgumentError('numOutputChannels', '1 or 3', numOutputChannels, TOGRAYSCALE_SIGNATURE.where);
  }
  return mapImage(img, TOGRAYSCALE_SIGNATURE.where, (im) => {
    const l = luma(im);
    return numOutputChannels === 1 ? l : repeatChannels(l, 3);
  });
}
