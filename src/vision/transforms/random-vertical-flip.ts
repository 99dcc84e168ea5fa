import { defineSignature } from '../../framework/args';
import { RandomFlip, type RandomFlipArgs } from './random-horizontal-flip';

const SIGNATURE = defineSignature('vision.transforms.RandomVerticalFlip', ['prob', 'keys']);

/**
 * Flips top to bottom with probability `prob` (Paddle's `RandomVerticalFlip`).
 *
 * @example
 * ```ts
 * new paddle.vision.transforms.RandomVerticalFlip(1).call(img); // always flipped
 * new paddle.vision.transforms.RandomVerticalFlip({ prob: 0.3 }); // Paddle: RandomVerticalFlip(prob=0.3)
 * ```
 * @category Vision
 */
export class RandomVerticalFlip extends RandomFlip {
  protected readonly horizontal = false;

  constructor(args?: RandomFlipArgs);
  constructor(prob?: number, keys?: readonly string[]);
  constructor(...args: unknown[]) {
    super(SIGNATURE, args);
  }
}
