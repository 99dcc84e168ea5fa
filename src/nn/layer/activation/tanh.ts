import type * as tf from '@tensorflow/tfjs-core';
import { tanh } from '../../functional/activation';
import { Layer, type LayoutKind } from '../layer';

/**
 * Hyperbolic tangent layer (Paddle's `nn.Tanh`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.Tanh();
 * layer.call(tf.tensor([0, 1])).print(); // [0, 0.7616]
 * ```
 * @category Activations
 */
export class Tanh extends Layer {
  /** @param _name - Paddle's `name`, accepted and ignored */
  constructor(_name?: string | null) {
    super();
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return tanh(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
