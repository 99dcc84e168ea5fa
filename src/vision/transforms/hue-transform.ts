import { InvalidArgumentError } from '../../errors';
import { defineSignature, resolveArgs } from '../../framework/args';
import { BaseColorTransform, type ColorTransformArgs, type ColorTransformOptions, colorRange } from './base-color-transform';
import { adjustHue } from './functional/adjust-hue';
import type { ImageInput } from './functional/image-input';

const SIGNATURE = defineSignature('vision.transforms.HueTransform', ['value', 'keys'], { required: 1 });

/**
 * Shifts hue by a factor drawn from [-value, value], value ≤ 0.5 (Paddle's `HueTransform`).
 * A `[min, max]` pair inside [-0.5, 0.5] gives the range directly; 0 disables the transform.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.HueTransform(0.1).call(img);
 * new paddle.vision.transforms.HueTransform({ value: 0.2 }); // Paddle: HueTransform(value=0.2)
 * ```
 * @category Vision
 */
export class HueTransform extends BaseColorTransform {
  /**
   * @throws InvalidArgumentError for a value outside [0, 0.5] or a bad range
   */
  constructor(args: ColorTransformArgs);
  constructor(value: number | readonly [number, number], options?: ColorTransformOptions);
  constructor(value: number | readonly [number, number], keys?: readonly string[]);
  constructor(...args: unknown[]) {
    const { value, keys } = resolveArgs<ColorTransformArgs>(SIGNATURE, args);
    if (typeof value === 'number' && value > 0.5) throw new InvalidArgumentError('value', 'a number in [0, 0.5]', value, SIGNATURE.where);
    super(colorRange(value, 'hue', SIGNATURE.where, 0, [-0.5, 0.5], false), keys);
  }

  protected adjust(img: ImageInput, factor: number) {
    return adjustHue(img, factor);
  }
}
