import type * as tf from '@tensorflow/tfjs-core';
import { relu } from '../../functional/activation';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { Layer, type LayoutKind } from '../layer';
import { checkName } from '../layer-utils';

/**
 * All of {@link ReLU}'s arguments by name: Paddle's keyword form (only `name`).
 *
 * @example
 * ```ts
 * new paddle.nn.ReLU({ name: 'act' }); // Paddle: nn.ReLU(name='act')
 * ```
 * @category Activations
 */
export interface ReLUArgs {
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

const SIGNATURE = defineSignature('nn.ReLU', ['name']);

/**
 * Rectified linear unit layer, `max(x, 0)` (Paddle's `nn.ReLU`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.ReLU();
 * layer.call(tf.tensor([-1, 0, 2])).print(); // [0, 0, 2]
 * new paddle.nn.ReLU({ name: 'act' }); // Paddle: nn.ReLU(name='act')
 * ```
 * @category Activations
 */
export class ReLU extends Layer {
  static override readonly paddleName: string = 'ReLU';
  constructor(args: ReLUArgs);
  /** @param name - Paddle's `name`, accepted and ignored */
  constructor(name?: string | null);
  constructor(...args: unknown[]) {
    super();
    checkName(resolveArgs<ReLUArgs>(SIGNATURE, args).name, 'nn.ReLU');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return relu(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
