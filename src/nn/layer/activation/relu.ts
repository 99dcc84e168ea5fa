import type * as tf from '@tensorflow/tfjs-core';
import { relu } from '../../functional/activation';
import { Layer, type LayoutKind } from '../layer';

/**
 * Rectified linear unit layer, `max(x, 0)` (Paddle's `nn.ReLU`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.ReLU();
 * layer.call(tf.tensor([-1, 0, 2])).print(); // [0, 0, 2]
 * ```
 * @category Activations
 */
export class ReLU extends Layer {
  /** @param _name - Paddle's `name`, accepted and ignored */
  constructor(_name?: string | null) {
    super();
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return relu(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
