import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { assertReduction } from '../functional/args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { klDivWith, type KLDivOptions, type KLDivReduction } from '../functional/loss-nll';
import { Layer } from '../layer/layer';

/**
 * All of {@link KLDivLoss}'s arguments by name: Paddle's keyword form (Paddle's has no `name`).
 *
 * @example
 * ```ts
 * const loss = new paddle.nn.KLDivLoss({ reduction: 'batchmean' }); // Paddle: nn.KLDivLoss(reduction='batchmean')
 * ```
 * @category Losses
 */
export type KLDivLossArgs = Omit<KLDivOptions, 'name'>;

const SIGNATURE = defineSignature('nn.KLDivLoss', ['reduction', 'logTarget']);

/**
 * Kullback-Leibler divergence loss (Paddle's `nn.KLDivLoss`): `label · (log label - input)` with
 * `input` in log space (0 where `label <= 0`, as in Paddle), or `exp(label) · (label - input)` with
 * `logTarget`. `'mean'` averages over all elements; `'batchmean'` divides the sum by the batch size.
 *
 * @param reduction - `'mean'` (default), `'batchmean'`, `'sum'` or `'none'`
 * @param logTarget - the label is given in log space; default false
 * @throws InvalidArgumentError for an unknown reduction
 * @example
 * ```ts
 * const loss = new paddle.nn.KLDivLoss({ reduction: 'batchmean' }); // Paddle: nn.KLDivLoss(reduction='batchmean')
 * loss.call(paddle.nn.functional.logSoftmax(tf.tensor([[1, 2]])), tf.tensor([[0.5, 0.5]])).print(); // ≈ 0.1201
 * ```
 * @category Losses
 */
export class KLDivLoss extends Layer {
  static override readonly paddleName: string = 'KLDivLoss';
  /** How the element-wise loss is reduced. @defaultValue 'mean' */
  readonly reduction: KLDivReduction;
  /** The label is given in log space. @defaultValue false */
  readonly logTarget: boolean;

  constructor(args: KLDivLossArgs);
  constructor(reduction?: KLDivReduction, logTarget?: boolean);
  constructor(...args: unknown[]) {
    super();
    const o = resolveArgs<KLDivLossArgs>(SIGNATURE, args);
    const r = o.reduction ?? 'mean';
    assertReduction<KLDivReduction>(r, 'KLDivLoss', ['mean', 'batchmean', 'sum', 'none']);
    this.reduction = r;
    this.logTarget = o.logTarget ?? false;
    if (typeof this.logTarget !== 'boolean') throw new InvalidArgumentError('logTarget', 'a boolean', this.logTarget, 'KLDivLoss');
  }

  /**
   * @param input - log-probabilities
   * @param label - probabilities (or log-probabilities with `logTarget`) of the same shape
   * @returns a scalar, or with `'none'` the element-wise losses
   * @throws ShapeMismatchError naming the loss and both shapes when they differ
   */
  forward(input: tf.Tensor, label: tf.Tensor): tf.Tensor {
    return klDivWith(input, label, { reduction: this.reduction, logTarget: this.logTarget }, 'KLDivLoss');
  }
}
