import type * as tf from '@tensorflow/tfjs-core';
import { relu6 } from '../../functional/activation';
import { Layer, type LayoutKind } from '../layer';

/**
 * ReLU clipped at 6, `min(max(x, 0), 6)` (Paddle's `nn.ReLU6`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.ReLU6();
 * layer.call(tf.tensor([-1, 3, 8])).print(); // [0, 3, 6]
 * ```
 * @category Activations
 */
export class ReLU6 extends Layer {
  /** @param _name - Paddle's `name`, accepted and ignored */
  constructor(_name?: string | null) {
    super();
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return relu6(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
