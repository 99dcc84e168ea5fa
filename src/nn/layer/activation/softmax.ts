import type * as tf from '@tensorflow/tfjs-core';
import { softmax } from '../../functional/activation-softmax';
import { type NameOption } from '../../functional/args';
import { InvalidArgumentError } from '../../../errors';
import { checkName, pyRepr } from '../layer-utils';
import { defineSignature, resolveArgs } from '../../../framework/args';
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
 * All of {@link Softmax}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.Softmax({ axis: 1 }); // Paddle: nn.Softmax(axis=1)
 * ```
 * @category Activations
 */
export type SoftmaxArgs = SoftmaxOptions;

const SIGNATURE = defineSignature('nn.Softmax', ['axis', 'name']);

/**
 * Softmax layer along `axis` (Paddle's `nn.Softmax`).
 *
 * @param axis - the normalized axis; default -1
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for a value of the wrong type
 * @example
 * ```ts
 * const layer = new paddle.nn.Softmax();
 * layer.call(tf.tensor([[1, 2], [3, 3]])).print(); // [[0.2689, 0.7311], [0.5, 0.5]]
 * new paddle.nn.Softmax({ axis: 1 }); // Paddle: nn.Softmax(axis=1)
 * ```
 * @category Activations
 */
export class Softmax extends Layer {
  static override readonly paddleName: string = 'Softmax';
  /** The normalized axis. @defaultValue -1 */
  readonly axis: number;

  constructor(args: SoftmaxArgs);
  constructor(axis?: number, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<SoftmaxArgs>(SIGNATURE, args);
    checkName(o.name, 'nn.Softmax');
    this.axis = o.axis ?? -1;
    if (!Number.isInteger(this.axis)) throw new InvalidArgumentError('axis', 'an integer', this.axis, 'Softmax');
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
