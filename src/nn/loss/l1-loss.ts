import type * as tf from '@tensorflow/tfjs-core';
import { assertReduction, resolveTrailing, type Reduction } from '../functional/args';
import { l1LossWith, type ReductionOptions } from '../functional/loss-regression';
import { Layer } from '../layer/layer';

/**
 * Mean absolute error loss, `|input - label|` reduced (Paddle's `nn.L1Loss`).
 *
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`, or `{ reduction }`
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for an unknown reduction
 * @example
 * ```ts
 * new paddle.nn.L1Loss().call(tf.tensor([1, 2]), tf.tensor([0, 4])).print(); // 1.5
 * ```
 * @category Losses
 */
export class L1Loss extends Layer {
  /** How the element-wise loss is reduced. @defaultValue 'mean' */
  readonly reduction: Reduction;

  constructor(reduction?: Reduction | ReductionOptions, name?: string | null | ReductionOptions) {
    super();
    const o = resolveTrailing<ReductionOptions>([reduction, name], ['reduction'], 'L1Loss');
    const r = o.reduction ?? 'mean';
    assertReduction(r, 'L1Loss');
    this.reduction = r;
  }

  /**
   * @param input - predictions
   * @param label - targets of the same shape
   * @returns a scalar, or with `'none'` the element-wise losses
   * @throws ShapeMismatchError naming the loss and both shapes when they differ
   */
  forward(input: tf.Tensor, label: tf.Tensor): tf.Tensor {
    return l1LossWith(input, label, { reduction: this.reduction }, 'L1Loss');
  }
}
