import type * as tf from '@tensorflow/tfjs-core';
import { elu } from '../../functional/activation';
import { assertNumber, type NameOption } from '../../functional/args';
import { checkName, pyRepr } from '../layer-utils';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { Layer, type LayoutKind } from '../layer';

/**
 * Options of {@link ELU}.
 *
 * @example
 * ```ts
 * new paddle.nn.ELU({ alpha: 0.5 });
 * ```
 * @category Activations
 */
export interface ELUOptions extends NameOption {
  /** Scale of the negative part. @defaultValue 1 */
  alpha?: number;
}

/**
 * All of {@link ELU}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.ELU({ alpha: 0.5 }); // Paddle: nn.ELU(alpha=0.5)
 * ```
 * @category Activations
 */
export type ELUArgs = ELUOptions;

const SIGNATURE = defineSignature('nn.ELU', ['alpha', 'name']);

/**
 * Exponential linear unit layer: `x` for `x > 0`, `alpha · (exp(x) - 1)` otherwise (Paddle's `nn.ELU`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @param alpha - scale of the negative part; default 1
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for a value of the wrong type
 * @example
 * ```ts
 * const layer = new paddle.nn.ELU();
 * layer.call(tf.tensor([-1, 2])).print(); // [-0.6321, 2]
 * new paddle.nn.ELU({ alpha: 0.5 }); // Paddle: nn.ELU(alpha=0.5)
 * ```
 * @category Activations
 */
export class ELU extends Layer {
  static override readonly paddleName: string = 'ELU';
  /** Scale of the negative part. @defaultValue 1 */
  readonly alpha: number;

  constructor(args: ELUArgs);
  constructor(alpha?: number, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<ELUArgs>(SIGNATURE, args);
    checkName(o.name, 'nn.ELU');
    this.alpha = o.alpha ?? 1;
    assertNumber(this.alpha, 'alpha', 'ELU');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return elu(x, this.alpha);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }

  /** Paddle's `extra_repr`. */
  override extraRepr(): string {
    return `alpha=${pyRepr(this.alpha)}`;
  }
}
