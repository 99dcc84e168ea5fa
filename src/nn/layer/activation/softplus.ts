import type * as tf from '@tensorflow/tfjs-core';
import { softplus } from '../../functional/activation-smooth';
import { assertNumber, type NameOption } from '../../functional/args';
import { checkName, pyRepr } from '../layer-utils';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { Layer, type LayoutKind } from '../layer';

/**
 * Options of {@link Softplus}.
 *
 * @example
 * ```ts
 * new paddle.nn.Softplus({ beta: 2 });
 * ```
 * @category Activations
 */
export interface SoftplusOptions extends NameOption {
  /** Sharpness. @defaultValue 1 */
  beta?: number;
  /** `beta · x` above which the layer is the identity. @defaultValue 20 */
  threshold?: number;
}

/**
 * All of {@link Softplus}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.Softplus({ beta: 2, threshold: 10 }); // Paddle: nn.Softplus(beta=2, threshold=10)
 * ```
 * @category Activations
 */
export type SoftplusArgs = SoftplusOptions;

const SIGNATURE = defineSignature('nn.Softplus', ['beta', 'threshold', 'name']);

/**
 * Softplus layer, `log(1 + exp(beta · x)) / beta`, linear above `threshold` (Paddle's `nn.Softplus`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @param beta - sharpness; default 1
 * @param threshold - `beta · x` above which the layer is the identity; default 20
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for a value of the wrong type
 * @example
 * ```ts
 * const layer = new paddle.nn.Softplus();
 * layer.call(tf.tensor([0])).print(); // [0.6931]
 * new paddle.nn.Softplus({ beta: 2, threshold: 10 }); // Paddle: nn.Softplus(beta=2, threshold=10)
 * ```
 * @category Activations
 */
export class Softplus extends Layer {
  static override readonly paddleName: string = 'Softplus';
  /** Sharpness. @defaultValue 1 */
  readonly beta: number;
  /** `beta · x` above which the layer is the identity. @defaultValue 20 */
  readonly threshold: number;

  constructor(args: SoftplusArgs);
  constructor(beta?: number, threshold?: number, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<SoftplusArgs>(SIGNATURE, args);
    checkName(o.name, 'nn.Softplus');
    this.beta = o.beta ?? 1;
    this.threshold = o.threshold ?? 20;
    assertNumber(this.beta, 'beta', 'Softplus');
    assertNumber(this.threshold, 'threshold', 'Softplus');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return softplus(x, this.beta, this.threshold);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }

  /** Paddle's `extra_repr`. */
  override extraRepr(): string {
    return `beta=${pyRepr(this.beta)}, threshold=${pyRepr(this.threshold)}`;
  }
}
