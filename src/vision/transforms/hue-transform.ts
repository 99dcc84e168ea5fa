import { InvalidArgumentError } from '../../errors';
import { BaseColorTransform, colorRange } from './base-color-transform';
import { adjustHue } from './functional/adjust-hue';
import type { ImageInput } from './functional/image-input';

/**
 * Shifts hue by a factor drawn from [-value, value], value ≤ 0.5 (Paddle's `HueTransform`).
 * A `[min, max]` pair inside [-0.5, 0.5] gives the range directly; 0 disables the transform.
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.HueTransform(0.1).call(img);
 * ```
 * @category Vision
 */
export class HueTransform extends BaseColorTransform {
  /**
   * @param value - largest hue shift, in [0, 0.5], or a `[min, max]` range
   * @param keys - see {@link BaseTransform}; `'mask'` passes through
   * @throws InvalidArgumentError for a value outside [0, 0.5] or a bad range
   */
  constructor(value: number | readonly [number, number], keys?: readonly string[]) {
    if (typeof value === 'number' && value > 0.5) throw new InvalidArgumentError('value', 'a number in [0, 0.5]', value, 'HueTransform');
    super(colorRange(value, 'hue', 'HueTransform', 0, [-0.5, 0.5], false), keys);
  }

  protected adjust(img: ImageInput, factor: number) {
    return adjustHue(img, factor);
  }
}
