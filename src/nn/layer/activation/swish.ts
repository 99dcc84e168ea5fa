import type * as tf from '@tensorflow/tfjs-core';
import { swish } from '../../functional/activation-smooth';
import { Layer, type LayoutKind } from '../layer';

/**
 * Swish layer, `x · sigmoid(x)` (Paddle's `nn.Swish`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.Swish();
 * layer.call(tf.tensor([1])).print(); // [0.7311]
 * ```
 * @category Activations
 */
export class Swish extends Layer {
  /** @param _name - Paddle's `name`, accepted and ignored */
  constructor(_name?: string | null) {
    super();
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return swish(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
