import { defineSignature, resolveArgs } from '../../framework/args';
import { BaseColorTransform, type ColorTransformArgs, type ColorTransformOptions, colorRange } from './base-color-transform';
import { adjustContrast } from './functional/adjust-contrast';
import type { ImageInput } from './functional/image-input';

const SIGNATURE = defineSignature('vision.transforms.ContrastTransform', ['value', 'keys'], { required: 1 });

/**
 * Scales contrast by a factor drawn from [max(0, 1 - value), 1 + value] (Paddle's `ContrastTransform`).
 * A `[min, max]` pair gives the range directly; 0 disables the transform.
 *
 * @example
 * ```ts
 * paddle.seed(0);
 * new paddle.vision.transforms.ContrastTransform(0.4).call(img);
 * new paddle.vision.transforms.ContrastTransform({ value: 0.2 }); // Paddle: ContrastTransform(value=0.2)
 * ```
 * @category Vision
 */
export class ContrastTransform extends BaseColorTransform {
  /**
   * @throws InvalidArgumentError for a negative value or a bad range
   */
  constructor(args: ColorTransformArgs);
  constructor(value: number | readonly [number, number], options?: ColorTransformOptions);
  constructor(value: number | readonly [number, number], keys?: readonly string[]);
  constructor(...args: unknown[]) {
    const { value, keys } = resolveArgs<ColorTransformArgs>(SIGNATURE, args);
    super(colorRange(value, 'contrast', SIGNATURE.where), keys);
  }

  protected adjust(img: ImageInput, factor: number) {
    return adjustContrast(img, factor);
  }
}
