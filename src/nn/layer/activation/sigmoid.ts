import type * as tf from '@tensorflow/tfjs-core';
import { sigmoid } from '../../functional/activation';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { Layer, type LayoutKind } from '../layer';
import { checkName } from '../layer-utils';

/**
 * All of {@link Sigmoid}'s arguments by name: Paddle's keyword form (only `name`).
 *
 * @example
 * ```ts
 * new paddle.nn.Sigmoid({ name: 'act' }); // Paddle: nn.Sigmoid(name='act')
 * ```
 * @category Activations
 */
export interface SigmoidArgs {
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

const SIGNATURE = defineSignature('nn.Sigmoid', ['name']);

/**
 * Logistic sigmoid layer (Paddle's `nn.Sigmoid`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.Sigmoid();
 * layer.call(tf.tensor([0])).print(); // [0.5]
 * new paddle.nn.Sigmoid({ name: 'act' }); // Paddle: nn.Sigmoid(name='act')
 * ```
 * @category Activations
 */
export class Sigmoid extends Layer {
  static override readonly paddleName: string = 'Sigmoid';
  constructor(args: SigmoidArgs);
  /** @param name - Paddle's `name`, accepted and ignored */
  constructor(name?: string | null);
  constructor(...args: unknown[]) {
    super();
    checkName(resolveArgs<SigmoidArgs>(SIGNATURE, args).name, 'nn.Sigmoid');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return sigmoid(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
