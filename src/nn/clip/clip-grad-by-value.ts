import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { ClipGradBase, needsClip } from './gradient-clip';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Options of {@link ClipGradByValue} after `max`. */
export interface ClipGradByValueOptions {
  /** Lower bound. @defaultValue -max */
  min?: number | null;
}

/**
 * All of {@link ClipGradByValue}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.ClipGradByValue({ max: 1, min: -0.5 }); // Paddle: nn.ClipGradByValue(max=1.0, min=-0.5)
 * ```
 * @category Optimizer
 */
export interface ClipGradByValueArgs extends ClipGradByValueOptions {
  /** Upper bound. */
  max: number;
}

const SIGNATURE = defineSignature('nn.ClipGradByValue', ['max', 'min'], { required: 1 });

/**
 * Clips every gradient element into `[min, max]` (Paddle's `paddle.nn.ClipGradByValue`).
 *
 * @example
 * ```ts
 * const clip = new paddle.nn.ClipGradByValue(1.0); // [-1, 1]
 * new paddle.nn.ClipGradByValue({ max: 1, min: -0.5 }); // Paddle: nn.ClipGradByValue(max=1.0, min=-0.5)
 * ```
 * @category Optimizer
 */
export class ClipGradByValue extends ClipGradBase {
  /** Upper bound. */
  readonly max: number;
  /** Lower bound. @defaultValue -max */
  readonly min: number;

  constructor(args: ClipGradByValueArgs);
  constructor(max: number, options?: ClipGradByValueOptions);
  /**
   * @param max - upper bound; with no `min`, must be > 0 and the range is `[-max, max]`
   * @param min - lower bound. @defaultValue -max
   * @throws {@link index!InvalidArgumentError} if `max` is not > 0 without `min`, or `min > max`
   */
  constructor(max: number, min?: number | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<ClipGradByValueArgs>(SIGNATURE, args);
    const max = o.max;
    let min = o.min;
    if (typeof max !== 'number' || !Number.isFinite(max)) throw new InvalidArgumentError('max', 'a finite number', max, 'ClipGradByValue');
    if (min == null) {
      if (!(max > 0)) throw new InvalidArgumentError('max', 'a number > 0 when min is not given', max, 'ClipGradByValue');
      min = -max;
    }
    if (typeof min !== 'number' || !(min <= max)) throw new InvalidArgumentError('min', `a number <= max (${max})`, min, 'ClipGradByValue');
    this.max = max;
    this.min = min;
  }

  clipGrads(params: readonly tf.Variable[], grads: readonly tf.Tensor[]): tf.Tensor[] {
    return grads.map((g, i) => (needsClip(params[i]) ? tf.clipByValue(g, this.min, this.max) : g));
  }
}
