import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { assertNumber, assertReduction, type Reduction } from '../functional/args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkName } from '../layer/layer-utils';
import { smoothL1LossWith, type SmoothL1Options } from '../functional/loss-regression';
import { Layer } from '../layer/layer';

/**
 * All of {@link SmoothL1Loss}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * new paddle.nn.SmoothL1Loss({ delta: 0.5 }); // Paddle: nn.SmoothL1Loss(delta=0.5)
 * ```
 * @category Losses
 */
export type SmoothL1LossArgs = SmoothL1Options;

const SIGNATURE = defineSignature('nn.SmoothL1Loss', ['reduction', 'delta', 'name']);

/**
 * Paddle's smooth L1 loss (`nn.SmoothL1Loss`), which is the Huber loss with threshold `delta`:
 * `0.5 r²` where `|r| < delta`, else `delta · (|r| - 0.5 delta)`. Equals PyTorch's
 * `SmoothL1Loss` only for `delta = 1` (PyTorch's `beta` divides the quadratic part instead).
 *
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`
 * @param delta - switch point between the quadratic and linear parts; default 1
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for an unknown reduction or `delta <= 0`
 * @example
 * ```ts
 * new paddle.nn.SmoothL1Loss().call(tf.tensor([0.5, 3]), tf.tensor([0, 0])).print(); // 1.3125
 * new paddle.nn.SmoothL1Loss({ delta: 0.5 }); // Paddle: nn.SmoothL1Loss(delta=0.5)
 * ```
 * @category Losses
 */
export class SmoothL1Loss extends Layer {
  static override readonly paddleName: string = 'SmoothL1Loss';
  /** How the element-wise loss is reduced. @defaultValue 'mean' */
  readonly reduction: Reduction;
  /** Switch point between the quadratic and linear parts. @defaultValue 1 */
  readonly delta: number;

  constructor(args: SmoothL1LossArgs);
  constructor(reduction?: Reduction, delta?: number, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<SmoothL1LossArgs>(SIGNATURE, args);
    checkName(o.name, 'SmoothL1Loss');
    const r = o.reduction ?? 'mean';
    assertReduction(r, 'SmoothL1Loss');
    const d = o.delta ?? 1;
    assertNumber(d, 'delta', 'SmoothL1Loss');
    if (d <= 0) throw new InvalidArgumentError('delta', 'a positive number', d, 'SmoothL1Loss');
    this.reduction = r;
    this.delta = d;
  }

  /**
   * @param input - predictions
   * @param label - targets of the same shape
   * @returns a scalar, or with `'none'` the element-wise losses
   * @throws ShapeMismatchError naming the loss and both shapes when they differ
   */
  forward(input: tf.Tensor, label: tf.Tensor): tf.Tensor {
    return smoothL1LossWith(input, label, { reduction: this.reduction, delta: this.delta }, 'SmoothL1Loss');
  }
}
