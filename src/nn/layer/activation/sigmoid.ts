import type * as tf from '@tensorflow/tfjs-core';
import { sigmoid } from '../../functional/activation';
import { Layer, type LayoutKind } from '../layer';

/**
 * Logistic sigmoid layer (Paddle's `nn.Sigmoid`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.Sigmoid();
 * layer.call(tf.tensor([0])).print(); // [0.5]
 * ```
 * @category Activations
 */
export class Sigmoid extends Layer {
  /** @param _name - Paddle's `name`, accepted and ignored */
  constructor(_name?: string | null) {
    super();
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return sigmoid(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
