import type * as tf from '@tensorflow/tfjs-core';
import { softplus } from '../../functional/activation-smooth';
import { assertNumber, resolveTrailing, type NameOption } from '../../functional/args';
import { pyRepr } from '../layer-utils';
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
 * Softplus layer, `log(1 + exp(beta · x)) / beta`, linear above `threshold` (Paddle's `nn.Softplus`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @param beta - sharpness (or the options object); default 1
 * @param threshold - `beta · x` above which the layer is the identity; default 20
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for a value of the wrong type
 * @example
 * ```ts
 * const layer = new paddle.nn.Softplus();
 * layer.call(tf.tensor([0])).print(); // [0.6931]
 * ```
 * @category Activations
 */
export class Softplus extends Layer {
  /** Sharpness. @defaultValue 1 */
  readonly beta: number;
  /** `beta · x` above which the layer is the identity. @defaultValue 20 */
  readonly threshold: number;

  constructor(beta?: number | SoftplusOptions, threshold?: number | SoftplusOptions, name?: string | null | SoftplusOptions) {
    super();
    const o = resolveTrailing<SoftplusOptions>([beta, threshold, name], ['beta', 'threshold'], 'Softplus');
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
