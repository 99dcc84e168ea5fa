import type * as tf from '@tensorflow/tfjs-core';
import { logSoftmax } from '../../functional/activation-softmax';
import { type NameOption } from '../../functional/args';
import { InvalidArgumentError } from '../../../errors';
import { checkName, pyRepr } from '../layer-utils';
import { defineSignature, resolveArgs } from '../../../framework/args';
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
 * All of {@link LogSoftmax}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.LogSoftmax({ axis: 1 }); // Paddle: nn.LogSoftmax(axis=1)
 * ```
 * @category Activations
 */
export type LogSoftmaxArgs = LogSoftmaxOptions;

const SIGNATURE = defineSignature('nn.LogSoftmax', ['axis', 'name']);

/**
 * Log-softmax layer along `axis` (Paddle's `nn.LogSoftmax`).
 *
 * @param axis - the normalized axis; default -1
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for a value of the wrong type
 * @example
 * ```ts
 * const layer = new paddle.nn.LogSoftmax();
 * layer.call(tf.tensor([[0, 0]])).print(); // [[-0.6931, -0.6931]]
 * new paddle.nn.LogSoftmax({ axis: 1 }); // Paddle: nn.LogSoftmax(axis=1)
 * ```
 * @category Activations
 */
export class LogSoftmax extends Layer {
  static override readonly paddleName: string = 'LogSoftmax';
  /** The normalized axis. @defaultValue -1 */
  readonly axis: number;

  constructor(args: LogSoftmaxArgs);
  constructor(axis?: number, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<LogSoftmaxArgs>(SIGNATURE, args);
    checkName(o.name, 'nn.LogSoftmax');
    this.axis = o.axis ?? -1;
    if (!Number.isInteger(this.axis)) throw new InvalidArgumentError('axis', 'an integer', this.axis, 'LogSoftmax');
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
