import { BaseColorTransform, colorRange } from './base-color-transform';
import { adjustSaturation } from './functional/adjust-saturation';
import type { ImageInput } from './functional/image-input';

/**
 * Scales saturation by a factor drawn from [max(0, 1 - value), 1 + value] (Paddle's `SaturationTransform`).
 * A `[min, max]` pair gives the range directly; 0 disables the transform.
 *
 * @example
 * ```ts
 * paddle.seed(0);
 * new paddle.vision.transforms.SaturationTransform(0.4).call(img);
 * ```
 * @category Vision
 */
export class SaturationTransform extends BaseColorTransform {
  /**
   * @param value - how far the factor may move from 1, or a `[min, max]` range
   * @param keys - see {@link BaseTransform}; `'mask'` passes through
   * @throws InvalidArgumentError for a negative value or a bad range
   */
  constructor(value: number | readonly [number, number], keys?: readonly string[]) {
    super(colorRange(value, 'saturation', 'SaturationTransform'), keys);
  }

  protected adjust(img: ImageInput, factor: number) {
    return adjustSaturation(img, factor);
  }
}
