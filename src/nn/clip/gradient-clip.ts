import type * as tf from '@tensorflow/tfjs-core';
import { isParameter } from '../../framework/parameter';

/** A parameter (or any variable) and its gradient, as Paddle's `params_grads` pairs. */
export type ParamGradPair = [tf.Variable, tf.Tensor];

/**
 * Base class of the gradient-clipping strategies passed as an optimizer's `gradClip`
 * (Paddle's `paddle.nn.ClipGradBase`). Parameters whose `paddleAttr.needClip` is false keep
 * their gradient unchanged.
 *
 * @example
 * ```ts
 * const clip = new paddle.nn.ClipGradByGlobalNorm(1.0);
 * const opt = new paddle.optimizer.SGD({ learningRate: 0.1, parameters: net.parameters(), gradClip: clip });
 * ```
 * @category Optimizer
 */
export abstract class ClipGradBase {
  /**
   * Returns the clipped gradients, one per input, in order. New tensors are created for the
   * clipped ones; unclipped gradients are returned as they are. Call inside `tf.tidy`.
   * @param params - the parameters, to read `needClip`
   * @param grads - their gradients
   * @returns the clipped gradients
   */
  abstract clipGrads(params: readonly tf.Variable[], grads: readonly tf.Tensor[]): tf.Tensor[];

  /**
   * Paddle's `clip(params_grads)`: clips a list of `[parameter, gradient]` pairs.
   * @param paramsGrads - the pairs
   * @returns new pairs with the clipped gradients
   */
  call(paramsGrads: readonly ParamGradPair[]): ParamGradPair[] {
    const out = this.clipGrads(paramsGrads.map((p) => p[0]), paramsGrads.map((p) => p[1]));
    return paramsGrads.map((p, i) => [p[0], out[i]]);
  }
}

/** Whether gradient clipping applies to `p` (Paddle's `need_clip`, true for plain variables). @internal */
export function needsClip(p: tf.Variable): boolean {
  return isParameter(p) ? p.paddleAttr.needClip : true;
}
