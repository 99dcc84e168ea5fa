import type * as tf from '@tensorflow/tfjs-core';
import { assertReduction, type Reduction } from '../functional/args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { mseLossWith } from '../functional/loss-regression';
import { Layer } from '../layer/layer';

/**
 * All of {@link MSELoss}'s arguments by name: Paddle's keyword form (Paddle's has no `name`).
 *
 * @example
 * ```ts
 * new paddle.nn.MSELoss({ reduction: 'sum' }); // Paddle: nn.MSELoss(reduction='sum')
 * ```
 * @category Losses
 */
export interface MSELossArgs {
  /** `'mean'`, `'sum'` or `'none'`. @defaultValue 'mean' */
  reduction?: Reduction;
}

const SIGNATURE = defineSignature('nn.MSELoss', ['reduction']);

/**
 * Mean squared error loss, `(input - label)²` reduced (Paddle's `nn.MSELoss`).
 *
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`
 * @throws InvalidArgumentError for an unknown reduction
 * @example
 * ```ts
 * new paddle.nn.MSELoss().call(tf.tensor([1, 2]), tf.tensor([0, 4])).print(); // 2.5
 * new paddle.nn.MSELoss({ reduction: 'sum' }); // Paddle: nn.MSELoss(reduction='sum')
 * ```
 * @category Losses
 */
export class MSELoss extends Layer {
  static override readonly paddleName: string = 'MSELoss';
  /** How the element-wise loss is reduced. @defaultValue 'mean' */
  readonly reduction: Reduction;

  constructor(args: MSELossArgs);
  constructor(reduction?: Reduction);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<MSELossArgs>(SIGNATURE, args);
    const r = o.reduction ?? 'mean';
    assertReduction(r, 'MSELoss');
    this.reduction = r;
  }

  /**
   * @param input - predictions
   * @param label - targets of the same shape
   * @returns a scalar, or with `'none'` the element-wise losses
   * @throws ShapeMismatchError naming the loss and both shapes when they differ
   */
  forward(input: tf.Tensor, label: tf.Tensor): tf.Tensor {
    return mseLossWith(input, label, { reduction: this.reduction }, 'MSELoss');
  }
}
