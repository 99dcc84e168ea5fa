import type * as tf from '@tensorflow/tfjs-core';
import { hardsigmoid } from '../../functional/activation';
import { Layer, type LayoutKind } from '../layer';

/**
 * Hard sigmoid layer, `clip(x / 6 + 0.5, 0, 1)` with Paddle's slope literal 0.1666667 (Paddle's `nn.Hardsigmoid`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.Hardsigmoid();
 * layer.call(tf.tensor([-4, 0, 1.5])).print(); // [0, 0.5, 0.75]
 * ```
 * @category Activations
 */
export class Hardsigmoid extends Layer {
  /** @param _name - Paddle's `name`, accepted and ignored */
  constructor(_name?: string | null) {
    super();
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return hardsigmoid(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
