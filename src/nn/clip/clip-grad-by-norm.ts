import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { ClipGradBase, needsClip } from './gradient-clip';

/**
 * Rescales each gradient on its own so that its L2 norm is at most `clipNorm`:
 * `g * clipNorm / max(norm(g), clipNorm)` (Paddle's `paddle.nn.ClipGradByNorm`).
 *
 * @example
 * ```ts
 * const clip = new paddle.nn.ClipGradByNorm(1.0);
 * ```
 * @category Optimizer
 */
export class ClipGradByNorm extends ClipGradBase {
  /** The largest allowed norm per gradient. */
  readonly clipNorm: number;

  /**
   * @param clipNorm - the largest allowed norm, > 0
   * @throws {@link index!InvalidArgumentError} if `clipNorm` is not > 0
   */
  constructor(clipNorm: number) {
    super();
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
