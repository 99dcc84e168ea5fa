import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { ClipGradBase, needsClip } from './gradient-clip';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * All of {@link ClipGradByNorm}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.ClipGradByNorm({ clipNorm: 1.0 }); // Paddle: nn.ClipGradByNorm(clip_norm=1.0)
 * ```
 * @category Optimizer
 */
export interface ClipGradByNormArgs {
  /** The largest allowed norm per gradient, > 0. */
  clipNorm: number;
}

const SIGNATURE = defineSignature('nn.ClipGradByNorm', ['clipNorm'], { required: 1 });

/**
 * Rescales each gradient on its own so that its L2 norm is at most `clipNorm`:
 * `g * clipNorm / max(norm(g), clipNorm)` (Paddle's `paddle.nn.ClipGradByNorm`).
 *
 * @example
 * ```ts
 * const clip = new paddle.nn.ClipGradByNorm(1.0);
 * new paddle.nn.ClipGradByNorm({ clipNorm: 1.0 }); // Paddle: nn.ClipGradByNorm(clip_norm=1.0)
 * ```
 * @category Optimizer
 */
export class ClipGradByNorm extends ClipGradBase {
  /** The largest allowed norm per gradient. */
  readonly clipNorm: number;

  constructor(args: ClipGradByNormArgs);
  /**
   * @param clipNorm - the largest allowed norm, > 0
   * @throws {@link index!InvalidArgumentError} if `clipNorm` is not > 0
   */
  constructor(clipNorm: number);
  constructor(...args: unknown[]) {
    super();
    const { clipNorm } = resolveArgs<ClipGradByNormArgs>(SIGNATURE, args);
    if (typeof clipNorm !== 'number' || !(clipNorm > 0) || !Number.isFinite(clipNorm)) {
      throw new InvalidArgumentError('clipNorm', 'a finite number > 0', clipNorm, 'ClipGradByNorm');
    }
    this.clipNorm = clipNorm;
  }

  clipGrads(params: readonly tf.Variable[], grads: readonly tf.Tensor[]): tf.Tensor[] {
    const c = tf.scalar(this.clipNorm);
    return grads.map((g, i) => {
      if (!needsClip(params[i])) return g;
      const norm = tf.sqrt(tf.sum(tf.square(g)));
      return tf.mul(g, tf.div(c, tf.maximum(norm, c)));
    });
  }
}
