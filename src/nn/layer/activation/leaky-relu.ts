import type * as tf from '@tensorflow/tfjs-core';
import { leakyRelu } from '../../functional/activation';
import { assertNumber, type NameOption } from '../../functional/args';
import { checkName, pyRepr } from '../layer-utils';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { Layer, type LayoutKind } from '../layer';

/**
 * Options of {@link LeakyReLU}.
 *
 * @example
 * ```ts
 * new paddle.nn.LeakyReLU({ negativeSlope: 0.2 });
 * ```
 * @category Activations
 */
export interface LeakyReLUOptions extends NameOption {
  /** Slope for negative inputs. @defaultValue 0.01 */
  negativeSlope?: number;
}

/**
 * All of {@link LeakyReLU}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.LeakyReLU({ negativeSlope: 0.2 }); // Paddle: nn.LeakyReLU(negative_slope=0.2)
 * ```
 * @category Activations
 */
export type LeakyReLUArgs = LeakyReLUOptions;

const SIGNATURE = defineSignature('nn.LeakyReLU', ['negativeSlope', 'name']);

/**
 * Leaky ReLU layer: `x` for `x > 0`, `negativeSlope · x` otherwise (Paddle's `nn.LeakyReLU`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @param negativeSlope - slope for negative inputs; default 0.01
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for a value of the wrong type
 * @example
 * ```ts
 * const layer = new paddle.nn.LeakyReLU();
 * layer.call(tf.tensor([-2, 3])).print(); // [-0.02, 3]
 * new paddle.nn.LeakyReLU({ negativeSlope: 0.2 }); // Paddle: nn.LeakyReLU(negative_slope=0.2)
 * ```
 * @category Activations
 */
export class LeakyReLU extends Layer {
  static override readonly paddleName: string = 'LeakyReLU';
  /** Slope for negative inputs. @defaultValue 0.01 */
  readonly negativeSlope: number;

  constructor(args: LeakyReLUArgs);
  constructor(negativeSlope?: number, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<LeakyReLUArgs>(SIGNATURE, args);
    checkName(o.name, 'nn.LeakyReLU');
    this.negativeSlope = o.negativeSlope ?? 0.01;
    assertNumber(this.negativeSlope, 'negativeSlope', 'LeakyReLU');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return leakyRelu(x, this.negativeSlope);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }

  /** Paddle's `extra_repr`. */
  override extraRepr(): string {
    return `negative_slope=${pyRepr(this.negativeSlope)}`;
  }
}
