import { InvalidArgumentError } from '../../../errors';
import { blend } from './blend';
import { type ImageInput, type ImageOutput, mapImage } from './image-input';

/** Checks a non-negative finite factor. */
export function checkFactor(value: unknown, name: string, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InvalidArgumentError(name, 'a non-negative number', value, where);
  }
  return value;
}

/**
 * Scales brightness (Paddle's `F.adjust_brightness`): blends with a black image like Pillow's
 * `ImageEnhance.Brightness` on uint8; float images are multiplied and clipped to [0, 1].
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param brightnessFactor - 0 gives black, 1 the original, 2 doubles the brightness
 * @returns the adjusted image (a new tensor for a tensor)
 * @throws InvalidArgumentError for a negative factor
 * @example
 * ```ts
 * const brighter = paddle.vision.transforms.functional.adjustBrightness(img, 1.4);
 * ```
 * @category Vision
 */
export function adjustBrightness<T extends ImageInput>(img: T, brightnessFactor: number): ImageOutput<T> {
  const f = checkFactor(brightnessFactor, 'brightnessFactor', 'adjustBrightness');
  return mapImage(img, 'adjustBrightness', (im) => blend(new Array<number>(im.channels).fill(0), im, f));
}
