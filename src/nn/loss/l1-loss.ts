import type * as tf from '@tensorflow/tfjs-core';
import { assertReduction, type Reduction } from '../functional/args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkName } from '../layer/layer-utils';
import { l1LossWith, type ReductionOptions } from '../functional/loss-regression';
import { Layer } from '../layer/layer';

/**
 * All of {@link L1Loss}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.L1Loss({ reduction: 'sum' }); // Paddle: nn.L1Loss(reduction='sum')
 * ```
 * @category Losses
 */
export type L1LossArgs = ReductionOptions;

const SIGNATURE = defineSignature('nn.L1Loss', ['reduction', 'name']);

/**
 * Mean absolute error loss, `|input - label|` reduced (Paddle's `nn.L1Loss`).
 *
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for an unknown reduction
 * @example
 * ```ts
 * new paddle.nn.L1Loss().call(tf.tensor([1, 2]), tf.tensor([0, 4])).print(); // 1.5
 * new paddle.nn.L1Loss({ reduction: 'sum' }); // Paddle: nn.L1Loss(reduction='sum')
 * ```
 * @category Losses
 */
export class L1Loss extends Layer {
  static override readonly paddleName: string = 'L1Loss';
  /** How the element-wise loss is reduced. @defaultValue 'mean' */
  readonly reduction: Reduction;

  constructor(args: L1LossArgs);
  constructor(reduction?: Reduction, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<L1LossArgs>(SIGNATURE, args);
    checkName(o.name, 'L1Loss');
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
