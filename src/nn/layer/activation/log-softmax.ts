import type * as tf from '@tensorflow/tfjs-core';
import { logSoftmax } from '../../functional/activation-softmax';
import { assertNumber, resolveTrailing, type NameOption } from '../../functional/args';
import { pyRepr } from '../layer-utils';
import { Layer } from '../layer';

/**
 * Options of {@link LogSoftmax}.
 *
 * @example
 * ```ts
 * new paddle.nn.LogSoftmax({ axis: 1 });
 * ```
 * @category Activations
 */
export interface LogSoftmaxOptions extends NameOption {
  /** The normalized axis. @defaultValue -1 */
  axis?: number;
}

/**
 * Log-softmax layer along `axis` (Paddle's `nn.LogSoftmax`).
 *
 * @param axis - the normalized axis (or the options object); default -1
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for a value of the wrong type
 * @example
 * ```ts
 * const layer = new paddle.nn.LogSoftmax();
 * layer.call(tf.tensor([[0, 0]])).print(); // [[-0.6931, -0.6931]]
 * ```
 * @category Activations
 */
export class LogSoftmax extends Layer {
  /** The normalized axis. @defaultValue -1 */
  readonly axis: number;

  constructor(axis?: number | LogSoftmaxOptions, name?: string | null | LogSoftmaxOptions) {
    super();
    const o = resolveTrailing<LogSoftmaxOptions>([axis, name], ['axis'], 'LogSoftmax');
    this.axis = o.axis ?? -1;
    assertNumber(this.axis, 'axis', 'LogSoftmax');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return logSoftmax(x, this.axis);
  }

  /** Paddle's `extra_repr`. */
  override extraRepr(): string {
    return `axis=${pyRepr(this.axis)}`;
  }
}
