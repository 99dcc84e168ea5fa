import type * as tf from '@tensorflow/tfjs-core';
import { silu } from '../../functional/activation-smooth';
import { Layer, type LayoutKind } from '../layer';

/**
 * Sigmoid linear unit layer, `x · sigmoid(x)` (Paddle's `nn.Silu`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.Silu();
 * layer.call(tf.tensor([1])).print(); // [0.7311]
 * ```
 * @category Activations
 */
export class Silu extends Layer {
  /** @param _name - Paddle's `name`, accepted and ignored */
  constructor(_name?: string | null) {
    super();
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return silu(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
