import type * as tf from '@tensorflow/tfjs-core';
import { hardsigmoid } from '../../functional/activation';
import { defineSignature, resolveArgs } from '../../../framework/args';
import { Layer, type LayoutKind } from '../layer';
import { checkName } from '../layer-utils';

/**
 * All of {@link Hardsigmoid}'s arguments by name: Paddle's keyword form (only `name`).
 *
 * @example
 * ```ts
 * new paddle.nn.Hardsigmoid({ name: 'act' }); // Paddle: nn.Hardsigmoid(name='act')
 * ```
 * @category Activations
 */
export interface HardsigmoidArgs {
  /** Paddle's `name`, accepted and ignored. @defaultValue null */
  name?: string | null;
}

const SIGNATURE = defineSignature('nn.Hardsigmoid', ['name']);

/**
 * Hard sigmoid layer, `clip(x / 6 + 0.5, 0, 1)` with Paddle's slope literal 0.1666667 (Paddle's `nn.Hardsigmoid`).
 * Element-wise, so it runs unchanged inside an NHWC chain of a `Sequential`.
 *
 * @example
 * ```ts
 * const layer = new paddle.nn.Hardsigmoid();
 * layer.call(tf.tensor([-4, 0, 1.5])).print(); // [0, 0.5, 0.75]
 * new paddle.nn.Hardsigmoid({ name: 'act' }); // Paddle: nn.Hardsigmoid(name='act')
 * ```
 * @category Activations
 */
export class Hardsigmoid extends Layer {
  static override readonly paddleName: string = 'Hardsigmoid';
  constructor(args: HardsigmoidArgs);
  /** @param name - Paddle's `name`, accepted and ignored */
  constructor(name?: string | null);
  constructor(...args: unknown[]) {
    super();
    checkName(resolveArgs<HardsigmoidArgs>(SIGNATURE, args).name, 'nn.Hardsigmoid');
  }

  /** Applies the activation; the output has the input's shape. */
  forward(x: tf.Tensor): tf.Tensor {
    return hardsigmoid(x);
  }

  /** Element-wise: any layout. @internal */
  override layoutKind(): LayoutKind {
    return 'any';
  }
}
