import { checkFactor } from './adjust-brightness';
import { blend } from './blend';
import { type ImageInput, type ImageOutput, mapImage } from './image-input';
import { luma, repeatChannels } from './to-grayscale';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

/**
 * All of {@link adjustSaturation}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: F.adjust_saturation(img=img, saturation_factor=2.0)
 * paddle.vision.transforms.functional.adjustSaturation({ img, saturationFactor: 2 });
 * ```
 */
export interface AdjustSaturationArgs<T extends ImageInput = ImageInput> {
  img: T;
  saturationFactor: number;
}

const ADJUSTSATURATION_SIGNATURE = defineSignature('vision.transforms.functional.adjustSaturation', ['img', 'saturationFactor'], { required: 2, records: { img: isHWCImage } });

/**
 * Scales color saturation (Paddle's `F.adjust_saturation`): blends with the grayscale image,
 * like Pillow's `ImageEnhance.Color` on uint8 and Paddle's tensor version on float images.
 * Images with fewer than 3 channels are returned unchanged (copied).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link AdjustSaturationArgs})
 * @returns the adjusted image (a new tensor for a tensor)
 * @throws InvalidArgumentError for a negative factor
 * @example
 * ```ts
 * const vivid = paddle.vision.transforms.functional.adjustSaturation(img, 1.5);
 * paddle.vision.transforms.functional.adjustSaturation(img, { saturationFactor: 1.5 }); // Paddle: F.adjust_saturation(img, saturation_factor=1.5)
 * ```
 * @category Vision
 */
export function adjustSaturation<T extends ImageInput>(args: AdjustSaturationArgs<T>): ImageOutput<T>;
export function adjustSaturation<T extends ImageInput>(img: T, args: Omit<AdjustSaturationArgs<T>, 'img'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param saturationFactor - 0 gives grayscale, 1 the original, 2 doubles the saturation
 */
export function adjustSaturation<T extends ImageInput>(img: T, saturationFactor: number): ImageOutput<T>;
export function adjustSaturation(...args: unknown[]): unknown {
  const o = resolveArgs<AdjustSaturationArgs>(ADJUSTSATURATION_SIGNATURE, args);
  return adjustSaturationImpl(o.img, o.saturationFactor);
}

function adjustSaturationImpl<T extends ImageInput>(img: T, saturationFactor: number): ImageOutput<T> {
  const f = checkFactor(saturationFactor, 'saturationFactor', ADJUSTSATURATION_SIGNATURE.where);
  return mapImage(img, ADJUSTSATURATION_SIGNATURE.where, (im) => {
    if (im.channels < 3) return { ...im, data: im.data.slice() };
    const gray = repeatChannels(luma(im), im.channels);
    if (im.channels === 4) for (let i = 3; i < gray.data.length; i += 4) gray.data[i] = im.data[i];
    return blend(gray, im, f);
  });
}
