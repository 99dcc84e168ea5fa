import type * as tf from '@tensorflow/tfjs-core';
import { relu6 } from '../../functional/activation';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { Layer, type LayoutKind } from '../layer';
import { checkName } from '../layer-utils';

/**
 * All of {@link ReLU6}'s arguments by name: Paddle's keyword form (only `name`).
 *
 * @example
 * ```ts
 * new paddle.nn.ReLU6({ name: 'act' }); // Paddle: nn.ReLU6(name='act')
 * ```
 * @category Activations
 */
export interface ReLU6Args {
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

const SIGNATURE = defineSignature('nn.ReLU6', ['name']);

/**
 * ReLU clipped at 6, `min(max(x, 0), 6)` (Paddle's `nn.ReLU6`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.ReLU6();
 * layer.call(tf.tensor([-1, 3, 8])).print(); // [0, 3, 6]
 * new paddle.nn.ReLU6({ name: 'act' }); // Paddle: nn.ReLU6(name='act')
 * ```
 * @category Activations
 */
export class ReLU6 extends Layer {
  static override readonly paddleName: string = 'ReLU6';
  constructor(args: ReLU6Args);
  /** @param name - Paddle's `name`, accepted and ignored */
  constructor(name?: string | null);
  constructor(...args: unknown[]) {
    super();
    checkName(resolveArgs<ReLU6Args>(SIGNATURE, args).name, 'nn.ReLU6');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return relu6(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
