import type * as tf from '@tensorflow/tfjs-core';
import { assertReduction, assertTensor, type Reduction } from '../functional/args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkName } from '../layer/layer-utils';
import { binaryCrossEntropyWithLogitsWith, type BCEWithLogitsOptions } from '../functional/loss-binary';
import { Layer } from '../layer/layer';

/**
 * All of {@link BCEWithLogitsLoss}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * const loss = new paddle.nn.BCEWithLogitsLoss({ posWeight: tf.tensor([2, 1, 1]) }); // Paddle: nn.BCEWithLogitsLoss(pos_weight=w)
 * ```
 * @category Losses
 */
export type BCEWithLogitsLossArgs = BCEWithLogitsOptions;

const SIGNATURE = defineSignature('nn.BCEWithLogitsLoss', ['weight', 'reduction', 'posWeight', 'name']);

/**
 * Sigmoid plus binary cross-entropy, computed stably from logits (Paddle's
 * `nn.BCEWithLogitsLoss`): `(max(x, 0) - x·y + log(1 + e^{-|x|})) · (1 + (posWeight - 1)·y) · weight`.
 * Paddle's `posWeight` scales the whole term, which equals PyTorch's for labels in {0, 1}.
 *
 * @param weight - rescaling weight broadcast against the loss
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`
 * @param posWeight - weight of positive examples per class, broadcast along the last axis
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for an unknown reduction or a weight that is not a tensor
 * @example
 * ```ts
 * const loss = new paddle.nn.BCEWithLogitsLoss({ posWeight: tf.tensor([2, 1, 1]) }); // Paddle: nn.BCEWithLogitsLoss(pos_weight=w)
 * loss.call(tf.tensor([[5, 1, 3]]), tf.tensor([[1, 0, 1]])).print();
 * ```
 * @category Losses
 */
export class BCEWithLogitsLoss extends Layer {
  static override readonly paddleName: string = 'BCEWithLogitsLoss';
  /** Rescaling weight, or null. @defaultValue null */
  readonly weight: tf.Tensor | null;
  /** How the element-wise loss is reduced. @defaultValue 'mean' */
  readonly reduction: Reduction;
  /** Weight of positive examples, or null. @defaultValue null */
  readonly posWeight: tf.Tensor | null;

  constructor(args: BCEWithLogitsLossArgs);
  constructor(weight?: tf.Tensor | null, reduction?: Reduction, posWeight?: tf.Tensor | null, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const where = 'BCEWithLogitsLoss';
    const o = resolveArgs<BCEWithLogitsLossArgs>(SIGNATURE, args);
    checkName(o.name, where);
    this.weight = o.weight ?? null;
    this.posWeight = o.posWeight ?? null;
    if (this.weight !== null) assertTensor(this.weight, 'weight', where);
    if (this.posWeight !== null) assertTensor(this.posWeight, 'posWeight', where);
    const r = o.reduction ?? 'mean';
    assertReduction(r, where);
    this.reduction = r;
  }

  /**
   * @param logit - logits
   * @param label - targets in [0, 1] of the same shape
   * @returns a scalar, or with `'none'` the element-wise losses
   * @throws ShapeMismatchError naming the loss and both shapes when they do not fit
   */
  forward(logit: tf.Tensor, label: tf.Tensor): tf.Tensor {
    const options = { weight: this.weight, reduction: this.reduction, posWeight: this.posWeight };
    return binaryCrossEntropyWithLogitsWith(logit, label, options, 'BCEWithLogitsLoss');
  }
}
