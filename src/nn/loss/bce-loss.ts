import type * as tf from '@tensorflow/tfjs-core';
import { assertReduction, assertTensor, resolveTrailing, type Reduction } from '../functional/args';
import { binaryCrossEntropyWith, type BCEOptions } from '../functional/loss-binary';
import { Layer } from '../layer/layer';

/**
 * Binary cross-entropy between probabilities and targets (Paddle's `nn.BCELoss`):
 * `-weight · (y log p + (1 - y) log(1 - p))`, logs clamped at -100.
 *
 * @param weight - rescaling weight broadcast against the loss (owned by the caller), or the options object
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for an unknown reduction or a weight that is not a tensor
 * @example
 * ```ts
 * const loss = new paddle.nn.BCELoss();
 * loss.call(tf.tensor([0.5, 0.6, 0.7]), tf.tensor([1, 0, 1])).print(); // ≈ 0.6554
 * ```
 * @category Losses
 */
export class BCELoss extends Layer {
  /** Rescaling weight, or null. @defaultValue null */
  readonly weight: tf.Tensor | null;
  /** How the element-wise loss is reduced. @defaultValue 'mean' */
  readonly reduction: Reduction;

  constructor(weight?: tf.Tensor | null | BCEOptions, reduction?: Reduction | BCEOptions, name?: string | null | BCEOptions) {
    super();
    const o = resolveTrailing<BCEOptions>([weight, reduction, name], ['weight', 'reduction'], 'BCELoss');
    this.weight = o.weight ?? null;
    if (this.weight !== null) assertTensor(this.weight, 'weight', 'BCELoss');
    const r = o.reduction ?? 'mean';
    assertReduction(r, 'BCELoss');
    this.reduction = r;
  }

  /**
   * @param input - probabilities
   * @param label - targets in [0, 1] of the same shape
   * @returns a scalar, or with `'none'` the element-wise losses
   * @throws ShapeMismatchError naming the loss and both shapes when they do not fit
   */
  forward(input: tf.Tensor, label: tf.Tensor): tf.Tensor {
    return binaryCrossEntropyWith(input, label, { weight: this.weight, reduction: this.reduction }, 'BCELoss');
  }
}
