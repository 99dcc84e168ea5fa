import type * as tf from '@tensorflow/tfjs-core';
import { tanh } from '../../functional/activation';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { Layer, type LayoutKind } from '../layer';
import { checkName } from '../layer-utils';

/**
 * All of {@link Tanh}'s arguments by name: Paddle's keyword form (only `name`).
 *
 * @example
 * ```ts
 * new paddle.nn.Tanh({ name: 'act' }); // Paddle: nn.Tanh(name='act')
 * ```
 * @category Activations
 */
export interface TanhArgs {
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

const SIGNATURE = defineSignature('nn.Tanh', ['name']);

/**
 * Hyperbolic tangent layer (Paddle's `nn.Tanh`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.Tanh();
 * layer.call(tf.tensor([0, 1])).print(); // [0, 0.7616]
 * new paddle.nn.Tanh({ name: 'act' }); // Paddle: nn.Tanh(name='act')
 * ```
 * @category Activations
 */
export class Tanh extends Layer {
  static override readonly paddleName: string = 'Tanh';
  constructor(args: TanhArgs);
  /** @param name - Paddle's `name`, accepted and ignored */
  constructor(name?: string | null);
  constructor(...args: unknown[]) {
    super();
    checkName(resolveArgs<TanhArgs>(SIGNATURE, args).name, 'nn.Tanh');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return tanh(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
