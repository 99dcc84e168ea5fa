import type * as tf from '@tensorflow/tfjs-core';
import { hardswish } from '../../functional/activation';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { Layer, type LayoutKind } from '../layer';
import { checkName } from '../layer-utils';

/**
 * All of {@link Hardswish}'s arguments by name: Paddle's keyword form (only `name`).
 *
 * @example
 * ```ts
 * new paddle.nn.Hardswish({ name: 'act' }); // Paddle: nn.Hardswish(name='act')
 * ```
 * @category Activations
 */
export interface HardswishArgs {
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

const SIGNATURE = defineSignature('nn.Hardswish', ['name']);

/**
 * Hard swish layer, `x · relu6(x + 3) / 6` (Paddle's `nn.Hardswish`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.Hardswish();
 * layer.call(tf.tensor([-4, 1, 4])).print(); // [0, 0.6667, 4]
 * new paddle.nn.Hardswish({ name: 'act' }); // Paddle: nn.Hardswish(name='act')
 * ```
 * @category Activations
 */
export class Hardswish extends Layer {
  static override readonly paddleName: string = 'Hardswish';
  constructor(args: HardswishArgs);
  /** @param name - Paddle's `name`, accepted and ignored */
  constructor(name?: string | null);
  constructor(...args: unknown[]) {
    super();
    checkName(resolveArgs<HardswishArgs>(SIGNATURE, args).name, 'nn.Hardswish');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return hardswish(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
