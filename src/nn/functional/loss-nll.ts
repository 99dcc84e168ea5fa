// nll_loss and kl_div of paddle.nn.functional.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { assertFloatTensor, assertNumber, assertReduction, assertTensor, customUnary, type NameOption, type Reduction } from './args';
import {
  assertClassWeight,
  assertSameShape,
  checkHardLabelShape,
  divideOrZero,
  oneHotFloat,
  reduceLoss,
  validateClassIndices,
  type LabelCheckOption,
} from './loss-common';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * Options of {@link nllLoss}.
 *
 * @example
 * ```ts
 * paddle.nn.functional.nllLoss(logp, labels, { ignoreIndex: 0, reduction: 'sum' });
 * ```
 * @category nn.functional
 */
export interface NLLLossOptions extends LabelCheckOption, NameOption {
  /** Per-class weight, shape `[C]`. @defaultValue null */
  weight?: tf.Tensor | null;
  /** Label value that contributes neither loss nor gradient. @defaultValue -100 */
  ignoreIndex?: number;
  /** `'mean'` (weighted, over non-ignored samples), `'sum'` or `'none'`. @defaultValue 'mean' */
  reduction?: Reduction;
}

/**
 * Reductions of {@link klDiv}: Paddle's three plus `'batchmean'` (sum divided by the batch size).
 *
 * @example
 * ```ts
 * paddle.nn.functional.klDiv(logp, q, 'batchmean');
 * ```
 * @category nn.functional
 */
export type KLDivReduction = Reduction | 'batchmean';

/**
 * Options of {@link klDiv}.
 *
 * @example
 * ```ts
 * paddle.nn.functional.klDiv(logp, q, { reduction: 'batchmean', logTarget: false });
 * ```
 * @category nn.functional
 */
export interface KLDivOptions extends NameOption {
  /** `'mean'` (over all elements), `'batchmean'`, `'sum'` or `'none'`. @defaultValue 'mean' */
  reduction?: KLDivReduction;
  /** `label` holds log-probabilities instead of probabilities. @defaultValue false */
  logTarget?: boolean;
}

/** @internal */
export function nllLossWith(input: tf.Tensor, label: tf.Tensor, options: NLLLossOptions, where: string): tf.Tensor {
  assertFloatTensor(input, 'input', where);
  assertTensor(label, 'label', where);
  const reduction = options.reduction ?? 'mean';
  const ignoreIndex = options.ignoreIndex ?? -100;
  const weight = options.weight ?? null;
  assertReduction(reduction, where);
  assertNumber(ignoreIndex, 'ignoreIndex', where);
  if (input.rank < 2) throw new InvalidArgumentError('input', 'a tensor of shape [N, C] or [N, C, d1, ...]', input, where);
  const numClasses = input.shape[1] as number;
  if (weight !== null) assertClassWeight(weight, numClasses, where);
  checkHardLabelShape(input, label, 1, where, false);
  if (options.checkLabel ?? true) validateClassIndices(label, numClasses, ignoreIndex, where);
  return tf.tidy(() => {
    const moved = input.rank === 2 ? input : tf.transpose(input, [0, ...Array.from({ length: input.rank - 2 }, (_, i) => i + 2), 1]);
    const rows = tf.reshape(moved, [-1, numClasses]);
    const y = tf.reshape(tf.cast(label, 'int32'), [-1]);
    const valid = tf.notEqual(y, tf.scalar(ignoreIndex, 'int32'));
    const safe = tf.where(valid, y, tf.zerosLike(y)) as tf.Tensor1D;
    const mask = tf.cast(valid, 'float32');
    const coef = weight ? tf.mul(tf.gather(weight, safe), mask) : mask;
    // A one-hot product rather than a gather keeps the gradient off UnsortedSegmentSum (missing on wasm).
    const picked = tf.sum(tf.mul(rows, oneHotFloat(safe, numClasses)), 1);
    const per = tf.neg(tf.mul(picked, coef));
    if (reduction === 'sum') return tf.sum(per);
    if (reduction === 'mean') return divideOrZero(tf.sum(per), tf.sum(coef));
    return tf.reshape(per, label.shape);
  });
}

/** @internal */
export function klDivWith(input: tf.Tensor, label: tf.Tensor, options: KLDivOptions, where: string): tf.Tensor {
  assertFloatTensor(input, 'input', where);
  assertFloatTensor(label, 'label', where);
  assertSameShape(input, label, where);
  const reduction = options.reduction ?? 'mean';
  assertReduction<KLDivReduction>(reduction, where, ['mean', 'batchmean', 'sum', 'none']);
  const logTarget = options.logTarget ?? false;
  return tf.tidy(() => {
    // One custom-gradient op over `input` only: the label gets no gradient (as in Paddle, whose
    // kl_div_grad has none), and the `label > 0` mask stays off the tape even when the label is
    // computed from the same variables (tfjs has no gradient for Greater).
    const op = customUnary((x: tf.Tensor, save: tf.GradSaveFunc) => {
      let coef: tf.Tensor; // d loss / d input = -coef
      let value: tf.Tensor;
      if (logTarget) {
        coef = tf.exp(label);
        value = tf.mul(coef, tf.sub(label, x));
      } else {
        // Paddle's kernel gives 0 where label <= 0 (PyTorch gives NaN for negative labels).
        const positive = tf.greater(label, 0);
        coef = tf.mul(label, tf.cast(positive, 'float32'));
        value = tf.mul(coef, tf.sub(tf.log(tf.where(positive, label, tf.onesLike(label))), x));
      }
      save([coef]);
      return { value, gradFunc: (dy: tf.Tensor, [k]: tf.Tensor[]) => tf.neg(tf.mul(dy, k)) };
    });
    const loss = op(input);
    if (reduction === 'batchmean') return input.rank === 0 ? tf.sum(loss) : tf.div(tf.sum(loss), input.shape[0]);
    return reduceLoss(loss, reduction);
  });
}

/**
 * All of {@link nllLoss}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.nll_loss(input=input, label=label)
 * paddle.nn.functional.nllLoss({ input, label });
 * ```
 * @category nn.functional
 */
export interface NllLossArgs extends NLLLossOptions {
  input: tf.Tensor;
  label: tf.Tensor;
}

const NLL_LOSS_SIGNATURE = defineSignature('nn.functional.nllLoss', ['input', 'label', 'weight', 'ignoreIndex', 'reduction', 'name'], { required: 2, optionOnly: ['checkLabel'] });

/**
 * Negative log-likelihood of class indices given log-probabilities:
 * `-weight[y] · input[n, y]`, the class axis being 1 (`[N, C]` or `[N, C, d1, …]`).
 * `'mean'` divides by `Σ weight[y]` over samples whose label is not `ignoreIndex` (0 if none).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link NllLossArgs})
 * @returns a scalar, or with `'none'` the per-sample losses (label's shape)
 * @throws ShapeMismatchError if the label or weight shape does not fit the input
 * @throws InvalidArgumentError for a label outside `[0, C)` or not an integer, or a bad option
 * @example
 * ```ts
 * const F = paddle.nn.functional;
 * const logp = F.logSoftmax(tf.tensor2d([[1, 2, 3], [1, 0, 0]]));
 * F.nllLoss(logp, tf.tensor1d([2, 0], 'int32')).print(); // ≈ 0.4795
 * ```
 * @category nn.functional
 */
export function nllLoss(args: NllLossArgs): tf.Tensor;
export function nllLoss(input: tf.Tensor, label: tf.Tensor, options?: NLLLossOptions): tf.Tensor;
export function nllLoss(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, options?: NLLLossOptions): tf.Tensor;
export function nllLoss(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, ignoreIndex?: number, options?: NLLLossOptions): tf.Tensor;
export function nllLoss(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, ignoreIndex?: number, reduction?: Reduction, options?: NLLLossOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param input - log-probabilities, float32, `[N, C]` or `[N, C, d1, …]`
 * @param label - class indices `[N]` or `[N, d1, …]`, int32 (or integral float32)
 * @param weight - per-class weight `[C]`, or `{ weight, ignoreIndex, reduction, checkLabel }`
 * @param ignoreIndex - label value to skip; default -100
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`
 */
export function nllLoss(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, ignoreIndex?: number, reduction?: Reduction, name?: string | null): tf.Tensor;
export function nllLoss(...args: unknown[]): tf.Tensor {
  const { input, label, ...options } = resolveArgs<NllLossArgs>(NLL_LOSS_SIGNATURE, args);
  return nllLossWith(input, label, options, 'nllLoss');
}

/**
 * All of {@link klDiv}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.kl_div(input=input, label=label)
 * paddle.nn.functional.klDiv({ input, label });
 * ```
 * @category nn.functional
 */
export interface KlDivArgs extends KLDivOptions {
  input: tf.Tensor;
  label: tf.Tensor;
}

const KL_DIV_SIGNATURE = defineSignature('nn.functional.klDiv', ['input', 'label', 'reduction', 'logTarget', 'name'], { required: 2 });

/**
 * Kullback-Leibler divergence of `label` from `exp(input)`: `label · (log label - input)`
 * (0 where `label <= 0`, as in Paddle), or with `logTarget` `exp(label) · (label - input)`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link KlDivArgs})
 * @returns a scalar, or with `'none'` a tensor of the input's shape
 * @throws ShapeMismatchError if the shapes differ
 * @throws InvalidArgumentError for a non-float tensor or an unknown reduction
 * @example
 * ```ts
 * const F = paddle.nn.functional;
 * F.klDiv(F.logSoftmax(tf.tensor([[1, 2]])), tf.tensor([[0.5, 0.5]]), 'batchmean').print(); // ≈ 0.1201
 * ```
 * @category nn.functional
 */
export function klDiv(args: KlDivArgs): tf.Tensor;
export function klDiv(input: tf.Tensor, label: tf.Tensor, options?: KLDivOptions): tf.Tensor;
export function klDiv(input: tf.Tensor, label: tf.Tensor, reduction?: KLDivReduction, options?: KLDivOptions): tf.Tensor;
export function klDiv(input: tf.Tensor, label: tf.Tensor, reduction?: KLDivReduction, logTarget?: boolean, options?: KLDivOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param input - log-probabilities, float32
 * @param label - probabilities (or log-probabilities with `logTarget`) of the same shape
 * @param reduction - `'mean'` over all elements (default), `'batchmean'` (sum / N), `'sum'`, `'none'`;
 *   or `{ reduction, logTarget }`
 * @param logTarget - `label` is given in log space; default false
 */
export function klDiv(input: tf.Tensor, label: tf.Tensor, reduction?: KLDivReduction, logTarget?: boolean, name?: string | null): tf.Tensor;
export function klDiv(...args: unknown[]): tf.Tensor {
  const { input, label, ...options } = resolveArgs<KlDivArgs>(KL_DIV_SIGNATURE, args);
  return klDivWith(input, label, options, 'klDiv');
}
