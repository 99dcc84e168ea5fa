import { checkFactor } from './adjust-brightness';
import { blend } from './blend';
import { type ImageInput, type ImageOutput, mapImage } from './image-input';
import { luma } from './to-grayscale';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { isHWCImage } from '../../../framework/image';

/**
 * All of {@link adjustContrast}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: F.adjust_contrast(img=img, contrast_factor=0.5)
 * paddle.vision.transforms.functional.adjustContrast({ img, contrastFactor: 0.5 });
 * ```
 */
export interface AdjustContrastArgs<T extends ImageInput = ImageInput> {
  img: T;
  contrastFactor: number;
}

const ADJUSTCONTRAST_SIGNATURE = defineSignature('vision.transforms.functional.adjustContrast', ['img', 'contrastFactor'], { required: 2, records: { img: isHWCImage } });

/**
 * Scales contrast (Paddle's `F.adjust_contrast`): blends with a uniform gray at the image's mean
 * luma, like Pillow's `ImageEnhance.Contrast` on uint8 (mean rounded to an integer) and Paddle's
 * tensor version on float images (clipped to [0, 1]).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link AdjustContrastArgs})
 * @returns the adjusted image (a new tensor for a tensor)
 * @throws InvalidArgumentError for a negative factor
 * @example
 * ```ts
 * const flat = paddle.vision.transforms.functional.adjustContrast(img, 0.5);
 * paddle.vision.transforms.functional.adjustContrast(img, { contrastFactor: 0.5 }); // Paddle: F.adjust_contrast(img, contrast_factor=0.5)
 * ```
 * @category Vision
 */
export function adjustContrast<T extends ImageInput>(args: AdjustContrastArgs<T>): ImageOutput<T>;
export function adjustContrast<T extends ImageInput>(img: T, args: Omit<AdjustContrastArgs<T>, 'img'>): ImageOutput<T>;
/**
 * Positional form, in Paddle's order.
 *
 * @param img - an HWCImage, a CHW tensor or a browser image
 * @param contrastFactor - 0 gives solid gray, 1 the original, 2 doubles the contrast
 */
export function adjustContrast<T extends ImageInput>(img: T, contrastFactor: number): ImageOutput<T>;
export function adjustContrast(...args: unknown[]): unknown {
  const o = resolveArgs<AdjustContrastArgs>(ADJUSTCONTRAST_SIGNATURE, args);
  return adjustContrastImpl(o.img, o.contrastFactor);
}

function adjustContrastImpl<T extends ImageInput>(img: T, contrastFactor: number): ImageOutput<T> {
  const f = checkFactor(contrastFactor, 'contrastFactor', ADJUSTCONTRAST_SIGNATURE.where);
  return mapImage(img, ADJUSTCONTRAST_SIGNATURE.where, (im) => {
    const l = luma(im).data;
    let sum = 0;
    for (let i = 0; i < l.length; i++) sum += l[i];
    const mean = im.data instanceof Uint8Array ? Math.trunc(sum / l.length + 0.5) : sum / l.length;
    return blend(new Array<number>(im.channels).fill(mean), im, f);
  });
}
