import type * as tf from '@tensorflow/tfjs-core';
import { silu } from '../../functional/activation-smooth';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { Layer, type LayoutKind } from '../layer';
import { checkName } from '../layer-utils';

/**
 * All of {@link Silu}'s arguments by name: Paddle's keyword form (only `name`).
 *
 * @example
 * ```ts
 * new paddle.nn.Silu({ name: 'act' }); // Paddle: nn.Silu(name='act')
 * ```
 * @category Activations
 */
export interface SiluArgs {
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

const SIGNATURE = defineSignature('nn.Silu', ['name']);

/**
 * Sigmoid linear unit layer, `x · sigmoid(x)` (Paddle's `nn.Silu`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.Silu();
 * layer.call(tf.tensor([1])).print(); // [0.7311]
 * new paddle.nn.Silu({ name: 'act' }); // Paddle: nn.Silu(name='act')
 * ```
 * @category Activations
 */
export class Silu extends Layer {
  static override readonly paddleName: string = 'Silu';
  constructor(args: SiluArgs);
  /** @param name - Paddle's `name`, accepted and ignored */
  constructor(name?: string | null);
  constructor(...args: unknown[]) {
    super();
    checkName(resolveArgs<SiluArgs>(SIGNATURE, args).name, 'nn.Silu');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return silu(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
