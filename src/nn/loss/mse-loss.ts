import type * as tf from '@tensorflow/tfjs-core';
import { assertReduction, resolveTrailing, type Reduction } from '../functional/args';
import { mseLossWith, type ReductionOptions } from '../functional/loss-regression';
import { Layer } from '../layer/layer';

/**
 * Mean squared error loss, `(input - label)²` reduced (Paddle's `nn.MSELoss`).
 *
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`, or `{ reduction }`
 * @throws InvalidArgumentError for an unknown reduction
 * @example
 * ```ts
 * new paddle.nn.MSELoss().call(tf.tensor([1, 2]), tf.tensor([0, 4])).print(); // 2.5
 * ```
 * @category Losses
 */
export class MSELoss extends Layer {
  /** How the element-wise loss is reduced. @defaultValue 'mean' */
  readonly reduction: Reduction;

  constructor(reduction?: Reduction | ReductionOptions) {
    super();
    const o = resolveTrailing<ReductionOptions>([reduction], ['reduction'], 'MSELoss');
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
