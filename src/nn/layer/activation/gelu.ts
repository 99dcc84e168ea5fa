import type * as tf from '@tensorflow/tfjs-core';
import { gelu } from '../../functional/activation-smooth';
import { type NameOption } from '../../functional/args';
import { InvalidArgumentError } from '../../../errors';
import { checkName, pyRepr } from '../layer-utils';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { Layer, type LayoutKind } from '../layer';

/**
 * Options of {@link GELU}.
 *
 * @example
 * ```ts
 * new paddle.nn.GELU({ approximate: true });
 * ```
 * @category Activations
 */
export interface GELUOptions extends NameOption {
  /** Use the tanh approximation. @defaultValue false */
  approximate?: boolean;
}

/**
 * All of {@link GELU}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.GELU({ approximate: true }); // Paddle: nn.GELU(approximate=True)
 * ```
 * @category Activations
 */
export type GELUArgs = GELUOptions;

const SIGNATURE = defineSignature('nn.GELU', ['approximate', 'name']);

/**
 * Gaussian error linear unit layer, exact (erf) or tanh-approximated (Paddle's `nn.GELU`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @param approximate - use the tanh approximation; default false
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for a value of the wrong type
 * @example
 * ```ts
 * const layer = new paddle.nn.GELU();
 * layer.call(tf.tensor([-1, 0, 1])).print(); // [-0.1587, 0, 0.8413]
 * new paddle.nn.GELU({ approximate: true }); // Paddle: nn.GELU(approximate=True)
 * ```
 * @category Activations
 */
export class GELU extends Layer {
  static override readonly paddleName: string = 'GELU';
  /** Use the tanh approximation. @defaultValue false */
  readonly approximate: boolean;

  constructor(args: GELUArgs);
  constructor(approximate?: boolean, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<GELUArgs>(SIGNATURE, args);
    checkName(o.name, 'nn.GELU');
    this.approximate = o.approximate ?? false;
    if (typeof this.approximate !== 'boolean') throw new InvalidArgumentError('approximate', 'a boolean', this.approximate, 'GELU');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return gelu(x, this.approximate);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }

  /** Paddle's `extra_repr`. */
  override extraRepr(): string {
    return `approximate=${pyRepr(this.approximate)}`;
  }
}
