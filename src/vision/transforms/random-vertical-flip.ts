import { RandomFlip, type RandomFlipOptions } from './random-horizontal-flip';

/**
 * Flips top to bottom with probability `prob` (Paddle's `RandomVerticalFlip`).
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.RandomVerticalFlip(1).call(img); // always flipped
 * ```
 * @category Vision
 */
export class RandomVerticalFlip extends RandomFlip {
  protected readonly horizontal = false;

  constructor(options?: RandomFlipOptions);
  constructor(prob?: number, keys?: readonly string[]);
  constructor(...rest: unknown[]) {
    super(...rest);
  }
}
