import type * as tf from '@tensorflow/tfjs-core';
import { hardswish } from '../../functional/activation';
import { Layer, type LayoutKind } from '../layer';

/**
 * Hard swish layer, `x · relu6(x + 3) / 6` (Paddle's `nn.Hardswish`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.Hardswish();
 * layer.call(tf.tensor([-4, 1, 4])).print(); // [0, 0.6667, 4]
 * ```
 * @category Activations
 */
export class Hardswish extends Layer {
  /** @param _name - Paddle's `name`, accepted and ignored */
  constructor(_name?: string | null) {
    super();
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return hardswish(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
