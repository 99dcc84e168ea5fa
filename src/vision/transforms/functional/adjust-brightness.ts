import { InvalidArgumentError } from '../../../errors';
import { blend } from './blend';
import { type ImageInput, type ImageOutput, mapImage } from './image-input';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

/** Checks a non-negative finite factor. */
export function checkFactor(value: unknown, name: string, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InvalidArgumentError(name, 'a non-negative number', value, where);
  }
  return value;
}

/**
 * All of {@link adjustBrightness}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: F.adjust_brightness(img=img, brightness_factor=1.5)
 * paddle.vision.transforms.functional.adjustBrightness({ img, brightnessFactor: 1.5 });
 * ```
 */
export interface AdjustBrightnessArgs<T extends ImageInput = ImageInput> {
  img: T;
  brightnessFactor: number;
}

const ADJUSTBRIGHTNESS_SIGNATURE = defineSignature('vision.transforms.functional.adjustBrightness', ['img', 'brightnessFactor'], { required: 2, records: { img: isHWCImage } });

/**
 * Scales brightness (Paddle's `F.adjust_brightness`): blends with a black image like Pillow's
 * `ImageEnhance.Brightness` on uint8; float images are multiplied and clipped to [0, 1].
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link AdjustBrightnessArgs})
 * @returns the adjusted image (a new tensor for a tensor)
 * @throws InvalidArgumentError for a negative factor
 * @example
 * ```ts
 * const brighter = paddle.vision.transforms.functional.adjustBrightness(img, 1.4);
 * paddle.vision.transforms.functional.adjustBrightness(img, { brightnessFactor: 1.4 }); // Paddle: F.adjust_brightness(img, brightness_factor=1.4)
 * ```
 * @category Vision
 */
export function adjustBrightness<T extends ImageInput>(args: AdjustBrightnessArgs<T>): ImageOutput<T>;
export function adjustBrightness<T extends ImageInput>(img: T, args: Omit<AdjustBrightnessArgs<T>, 'img'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param brightnessFactor - 0 gives black, 1 the original, 2 doubles the brightness
 */
export function adjustBrightness<T extends ImageInput>(img: T, brightnessFactor: number): ImageOutput<T>;
export function adjustBrightness(...args: unknown[]): unknown {
  const o = resolveArgs<AdjustBrightnessArgs>(ADJUSTBRIGHTNESS_SIGNATURE, args);
  return adjustBrightnessImpl(o.img, o.brightnessFactor);
}

function adjustBrightnessImpl<T extends ImageInput>(img: T, brightnessFactor: number): ImageOutput<T> {
  const f = checkFactor(brightnessFactor, 'brightnessFactor', ADJUSTBRIGHTNESS_SIGNATURE.where);
  return mapImage(img, ADJUSTBRIGHTNESS_SIGNATURE.where, (im) => blend(new Array<number>(im.channels).fill(0), im, f));
}
