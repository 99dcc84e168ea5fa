import { defineSignature, resolveArgs } from '../../framework/args';
import { BaseColorTransform, type ColorTransformArgs, type ColorTransformOptions, colorRange } from './base-color-transform';
import { adjustSaturation } from './functional/adjust-saturation';
import type { ImageInput } from './functional/image-input';

const SIGNATURE = defineSignature('vision.transforms.SaturationTransform', ['value', 'keys'], { required: 1 });

/**
 * Scales saturation by a factor drawn from [max(0, 1 - value), 1 + value] (Paddle's `SaturationTransform`).
 * A `[min, max]` pair gives the range directly; 0 disables the transform.
 *
 * @example
 * ```ts
 * paddle.seed(0);
 * new paddle.vision.transforms.SaturationTransform(0.4).call(img);
 * new paddle.vision.transforms.SaturationTransform({ value: 0.2 }); // Paddle: SaturationTransform(value=0.2)
 * ```
 * @category Vision
 */
export class SaturationTransform extends BaseColorTransform {
  /**
   * @throws InvalidArgumentError for a negative value or a bad range
   */
  constructor(args: ColorTransformArgs);
  constructor(value: number | readonly [number, number], options?: ColorTransformOptions);
  constructor(value: number | readonly [number, number], keys?: readonly string[]);
  constructor(...args: unknown[]) {
    const { value, keys } = resolveArgs<ColorTransformArgs>(SIGNATURE, args);
    super(colorRange(value, 'saturation', SIGNATURE.where), keys);
  }

  protected adjust(img: ImageInput, factor: number) {
    return adjustSaturation(img, factor);
  }
}
