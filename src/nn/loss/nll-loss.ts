import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { assertNumber, assertReduction, assertTensor, type Reduction } from '../functional/args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkName } from '../layer/layer-utils';
import { nllLossWith, type NLLLossOptions } from '../functional/loss-nll';
import { Layer } from '../layer/layer';

/**
 * All of {@link NLLLoss}'s arguments by name: Paddle's keyword form (plus `checkLabel`).
 *
 * @example
 * ```ts
 * new paddle.nn.NLLLoss({ ignoreIndex: 0, reduction: 'sum' }); // Paddle: nn.NLLLoss(ignore_index=0, reduction='sum')
 * ```
 * @category Losses
 */
export type NLLLossArgs = NLLLossOptions;

const SIGNATURE = defineSignature('nn.NLLLoss', ['weight', 'ignoreIndex', 'reduction', 'name'], { optionOnly: ['checkLabel'] });

/**
 * Negative log-likelihood loss of class indices given log-probabilities (Paddle's `nn.NLLLoss`),
 * class axis 1 (`[N, C]` or `[N, C, d1, …]`). `'mean'` divides by `Σ weight[label]` over
 * non-ignored samples. Labels are validated once per call unless `checkLabel: false`.
 *
 * @param weight - per-class weight `[C]` (owned by the caller)
 * @param ignoreIndex - label value to skip; default -100
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for an option of the wrong type
 * @example
 * ```ts
 * const logp = paddle.nn.functional.logSoftmax(tf.tensor2d([[1, 2, 3], [1, 0, 0]]));
 * new paddle.nn.NLLLoss().call(logp, tf.tensor1d([2, 0], 'int32')).print(); // ≈ 0.4795
 * new paddle.nn.NLLLoss({ ignoreIndex: 0, reduction: 'sum' }); // Paddle: nn.NLLLoss(ignore_index=0, reduction='sum')
 * ```
 * @category Losses
 */
export class NLLLoss extends Layer {
  static override readonly paddleName: string = 'NLLLoss';
  /** The resolved options, Paddle's defaults filled in. */
  readonly options: Readonly<NLLLossOptions>;

  constructor(args: NLLLossArgs);
  constructor(weight?: tf.Tensor | null, ignoreIndex?: number, reduction?: Reduction, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const where = 'NLLLoss';
    const o = resolveArgs<NLLLossArgs>(SIGNATURE, args);
    checkName(o.name, where);
    const resolved = { weight: o.weight ?? null, ignoreIndex: o.ignoreIndex ?? -100, reduction: o.reduction ?? 'mean', checkLabel: o.checkLabel ?? true };
    if (resolved.weight !== null) assertTensor(resolved.weight, 'weight', where);
    assertNumber(resolved.ignoreIndex, 'ignoreIndex', where);
    assertReduction(resolved.reduction, where);
    if (typeof resolved.checkLabel !== 'boolean') throw new InvalidArgumentError('checkLabel', 'a boolean', resolved.checkLabel, where);
    this.options = Object.freeze(resolved);
  }

  /**
   * @param input - log-probabilities `[N, C]` or `[N, C, d1, …]`
   * @param label - class indices `[N]` or `[N, d1, …]`
   * @returns a scalar, or with `'none'` the per-sample losses
   * @throws ShapeMismatchError naming the loss and both shapes when they do not fit
   * @throws InvalidArgumentError for a label outside `[0, C)` or not an integer
   */
  forward(input: tf.Tensor, label: tf.Tensor): tf.Tensor {
    return nllLossWith(input, label, this.options, 'NLLLoss');
  }
}
