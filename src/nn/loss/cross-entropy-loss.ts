import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { assertNumber, assertReduction, assertTensor, type Reduction } from '../functional/args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkName } from '../layer/layer-utils';
import { crossEntropyWith, type CrossEntropyOptions } from '../functional/loss-cross-entropy';
import { Layer } from '../layer/layer';

/**
 * All of {@link CrossEntropyLoss}'s arguments by name: Paddle's keyword form (plus `checkLabel`).
 *
 * @example
 * ```ts
 * new paddle.nn.CrossEntropyLoss({ labelSmoothing: 0.1, reduction: 'sum' }); // Paddle: nn.CrossEntropyLoss(label_smoothing=0.1, reduction='sum')
 * ```
 * @category Losses
 */
export type CrossEntropyLossArgs = CrossEntropyOptions;

const SIGNATURE = defineSignature('nn.CrossEntropyLoss', [
  'weight', 'ignoreIndex', 'reduction', 'softLabel', 'axis', 'useSoftmax', 'labelSmoothing', 'name',
], { optionOnly: ['checkLabel'] });

/**
 * Cross-entropy loss between logits and hard or soft labels, Paddle's `nn.CrossEntropyLoss` with
 * every option: `weight`, `ignoreIndex` (-100), `reduction` ('mean'), `softLabel`, `axis` (-1),
 * `useSoftmax` (true), `labelSmoothing` (0). Called as Paddle calls it, `loss.call(input, label)`.
 * See `nn.functional.crossEntropy` for the exact formulas and where they differ from Paddle on purpose.
 *
 * Hard labels are validated with one read-back of the label tensor per call (an out-of-range or
 * non-integer class index throws InvalidArgumentError instead of turning into a silent 0 or NaN);
 * pass `checkLabel: false` to skip the copy on WebGL/WebGPU. The `weight` tensor stays owned by
 * the caller (it is not a parameter, as in Paddle, and `dispose()` leaves it alone).
 *
 * @param weight - per-class weight `[C]`
 * @param ignoreIndex - label value to skip; default -100
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`
 * @param softLabel - labels are distributions; default false
 * @param axis - class axis; default -1
 * @param useSoftmax - apply softmax to the input; default true
 * @param labelSmoothing - ε in [0, 1]; default 0
 * @param name - Paddle's `name`, accepted and ignored
 * @throws InvalidArgumentError for an option of the wrong type or range
 * @example
 * ```ts
 * const loss = new paddle.nn.CrossEntropyLoss();
 * const logits = tf.tensor2d([[2, 0.5, -1], [0.1, 0.2, 3]]);
 * loss.call(logits, tf.tensor1d([0, 2], 'int32')).print(); // ≈ 0.1755
 * new paddle.nn.CrossEntropyLoss({ labelSmoothing: 0.1, reduction: 'sum' }); // Paddle: nn.CrossEntropyLoss(label_smoothing=0.1, reduction='sum')
 * ```
 * @category Losses
 */
export class CrossEntropyLoss extends Layer {
  static override readonly paddleName: string = 'CrossEntropyLoss';
  /** The resolved options, Paddle's defaults filled in. */
  readonly options: Readonly<Required<Omit<CrossEntropyOptions, 'weight' | 'name'>> & { weight: tf.Tensor | null }>;

  constructor(args: CrossEntropyLossArgs);
  constructor(weight?: tf.Tensor | null, ignoreIndex?: number, reduction?: Reduction, softLabel?: boolean, axis?: number,
    useSoftmax?: boolean, labelSmoothing?: number, name?: string | null);
  constructor(...args: unknown[]) {
    super();
    const where = 'CrossEntropyLoss';
    const o = resolveArgs<CrossEntropyLossArgs>(SIGNATURE, args);
    checkName(o.name, where);
    const resolved = {
      weight: o.weight ?? null,
      ignoreIndex: o.ignoreIndex ?? -100,
      reduction: o.reduction ?? 'mean',
      softLabel: o.softLabel ?? false,
      axis: o.axis ?? -1,
      useSoftmax: o.useSoftmax ?? true,
      labelSmoothing: o.labelSmoothing ?? 0,
      checkLabel: o.checkLabel ?? true,
    };
    if (resolved.weight !== null) assertTensor(resolved.weight, 'weight', where);
    assertNumber(resolved.ignoreIndex, 'ignoreIndex', where);
    assertReduction(resolved.reduction, where);
    if (!Number.isInteger(resolved.axis)) throw new InvalidArgumentError('axis', 'an integer', resolved.axis, where);
    assertNumber(resolved.labelSmoothing, 'labelSmoothing', where);
    if (resolved.labelSmoothing < 0 || resolved.labelSmoothing > 1) {
      throw new InvalidArgumentError('labelSmoothing', 'a number in [0, 1]', resolved.labelSmoothing, where);
    }
    for (const key of ['softLabel', 'useSoftmax', 'checkLabel'] as const) {
      if (typeof resolved[key] !== 'boolean') throw new InvalidArgumentError(key, 'a boolean', resolved[key], where);
    }
    this.options = Object.freeze(resolved);
  }

  /**
   * @param input - logits (or probabilities with `useSoftmax: false`), class axis `axis`
   * @param label - class indices (`[N]` or `[N, 1]`), or with `softLabel` the input's shape
   * @returns a scalar, or with `'none'` the per-sample losses
   * @throws ShapeMismatchError naming the loss and both shapes when they do not fit
   * @throws InvalidArgumentError for a label outside `[0, C)` or not an integer
   */
  forward(input: tf.Tensor, label: tf.Tensor): tf.Tensor {
    return crossEntropyWith(input, label, this.options, 'CrossEntropyLoss');
  }
}
