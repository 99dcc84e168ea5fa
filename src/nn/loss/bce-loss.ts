import type * as tf from '@tensorflow/tfjs-core';
import { assertReduction, assertTensor, type Reduction } from '../functional/args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkName } from '../layer/layer-utils';
import { binaryCrossEntropyWith, type BCEOptions } from '../functional/loss-binary';
import { Layer } from '../layer/layer';

/**
 * All of {@link BCELoss}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.BCELoss({ reduction: 'sum' }); // Paddle: nn.BCELoss(reduction='sum')
 * ```
 * @category Losses
 */
export type BCELossArgs = BCEOptions;

const SIGNATURE = defineSignature('nn.BCELoss', ['weight', 'reduction', 'name']);

/**
 * Binary cross-entropy between probabilities and targets (Paddle's `nn.BCELoss`):
 * `-weight · (y log p + (1 - y) log(1 - p))`, logs clamped at -100.
 *
 * @param weight - rescaling weight broadcast against the loss (owned by the caller)
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for an unknown reduction or a weight that is not a tensor
 * @example
 * ```ts
 * const loss = new paddle.nn.BCELoss();
 * loss.call(tf.tensor([0.5, 0.6, 0.7]), tf.tensor([1, 0, 1])).print(); // ≈ 0.6554
 * new paddle.nn.BCELoss({ reduction: 'sum' }); // Paddle: nn.BCELoss(reduction='sum')
 * ```
 * @category Losses
 */
export class BCELoss extends Layer {
  static override readonly paddleName: string = 'BCELoss';
  /** Rescaling weight, or null. @defaultValue null */
  readonly weight: tf.Tensor | null;
  /** How the element-wise loss is reduced. @defaultValue 'mean' */
  readonly reduction: Reduction;

  constructor(args: BCELossArgs);
  constructor(weight?: tf.Tensor | null, reduction?: Reduction, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<BCELossArgs>(SIGNATURE, args);
    checkName(o.name, 'BCELoss');
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
