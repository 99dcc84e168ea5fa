import type * as tf from '@tensorflow/tfjs-core';
import { swish } from '../../functional/activation-smooth';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { Layer, type LayoutKind } from '../layer';
import { checkName } from '../layer-utils';

/**
 * All of {@link Swish}'s arguments by name: Paddle's keyword form (only `name`).
 *
 * @example
 * ```ts
 * new paddle.nn.Swish({ name: 'act' }); // Paddle: nn.Swish(name='act')
 * ```
 * @category Activations
 */
export interface SwishArgs {
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

const SIGNATURE = defineSignature('nn.Swish', ['name']);

/**
 * Swish layer, `x · sigmoid(x)` (Paddle's `nn.Swish`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.Swish();
 * layer.call(tf.tensor([1])).print(); // [0.7311]
 * new paddle.nn.Swish({ name: 'act' }); // Paddle: nn.Swish(name='act')
 * ```
 * @category Activations
 */
export class Swish extends Layer {
  static override readonly paddleName: string = 'Swish';
  constructor(args: SwishArgs);
  /** @param name - Paddle's `name`, accepted and ignored */
  constructor(name?: string | null);
  constructor(...args: unknown[]) {
    super();
    checkName(resolveArgs<SwishArgs>(SIGNATURE, args).name, 'nn.Swish');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return swish(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
