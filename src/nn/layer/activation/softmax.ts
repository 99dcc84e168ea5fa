import type * as tf from '@tensorflow/tfjs-core';
import { softmax } from '../../functional/activation-softmax';
import { assertNumber, resolveTrailing, type NameOption } from '../../functional/args';
import { pyRepr } from '../layer-utils';
import { Layer } from '../layer';

/**
 * Options of {@link Softmax}.
 *
 * @example
 * ```ts
 * new paddle.nn.Softmax({ axis: 1 });
 * ```
 * @category Activations
 */
export interface SoftmaxOptions extends NameOption {
  /** The normalized axis. @defaultValue -1 */
  axis?: number;
}

/**
 * Softmax layer along `axis` (Paddle's `nn.Softmax`).
 *
 * @param axis - the normalized axis (or the options object); default -1
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for a value of the wrong type
 * @example
 * ```ts
 * const layer = new paddle.nn.Softmax();
 * layer.call(tf.tensor([[1, 2], [3, 3]])).print(); // [[0.2689, 0.7311], [0.5, 0.5]]
 * ```
 * @category Activations
 */
export class Softmax extends Layer {
  /** The normalized axis. @defaultValue -1 */
  readonly axis: number;

  constructor(axis?: number | SoftmaxOptions, name?: string | null | SoftmaxOptions) {
    super();
    const o = resolveTrailing<SoftmaxOptions>([axis, name], ['axis'], 'Softmax');
    this.axis = o.axis ?? -1;
    assertNumber(this.axis, 'axis', 'Softmax');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return softmax(x, this.axis);
  }

  /** Paddle's `extra_repr`. */
  override extraRepr(): string {
    return `axis=${pyRepr(this.axis)}`;
  }
}
