// paddle.nn.functional.cross_entropy: argument checks, Paddle's weighting and reductions. The
// class axis is moved last and flattened to rows [M, C] for the kernels in loss-cross-entropy-ops.ts.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import {
  assertFloatTensor,
  assertNumber,
  assertReduction,
  assertTensor,
  normalizeAxis,
  type NameOption,
  type Reduction,
} from './args';
import {
  assertClassWeight,
  assertSameShape,
  checkHardLabelShape,
  divideOrZero,
  nonZero,
  oneHotFloat,
  validateClassIndices,
  type CheckedLabels,
  type LabelCheckOption,
} from './loss-common';
import {
  flatIndices,
  probCrossEntropyDense,
  probCrossEntropyHard,
  softmaxCrossEntropyDense,
  softmaxCrossEntropyHard,
  softmaxCrossEntropyHardReduced,
} from './loss-cross-entropy-ops';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * Options of {@link crossEntropy} and `nn.CrossEntropyLoss`, Paddle's names in camelCase.
 *
 * @example
 * ```ts
 * new paddle.nn.CrossEntropyLoss({ weight: tf.tensor([1, 2, 1]), labelSmoothing: 0.1 });
 * ```
 * @category nn.functional
 */
export interface CrossEntropyOptions extends LabelCheckOption, NameOption {
  /** Per-class weight, shape `[C]`; the weighted mean divides by `Σ weight[label]`. @defaultValue null */
  weight?: tf.Tensor | null;
  /** Hard label value that contributes neither loss nor gradient. @defaultValue -100 */
  ignoreIndex?: number;
  /** `'mean'` (over non-ignored samples, weighted), `'sum'` or `'none'`. @defaultValue 'mean' */
  reduction?: Reduction;
  /** Labels are distributions with the input's shape instead of class indices. @defaultValue false */
  softLabel?: boolean;
  /** The class axis of `input`. @defaultValue -1 */
  axis?: number;
  /** Apply softmax to `input` (logits); false means `input` already holds probabilities. @defaultValue true */
  useSoftmax?: boolean;
  /** Mix the target with the uniform distribution: `(1 - ε) · onehot + ε / C`. @defaultValue 0 */
  labelSmoothing?: number;
}

/** Rows × classes from which the hard-label pick uses a one-hot product instead of a flat gather. */
const FLAT_GATHER_LIMIT = 2 ** 24;

/** Moves `axis` last and flattens to `[M, C]`. */
function toRows(x: tf.Tensor, axis: number): tf.Tensor2D {
  const c = x.shape[axis];
  const moved = axis === x.rank - 1 ? x : tf.transpose(x, [...x.shape.keys()].filter((i) => i !== axis).concat(axis));
  return tf.reshape(moved, [-1, c]) as tf.Tensor2D;
}

/**
 * The implementation behind {@link crossEntropy} and `nn.CrossEntropyLoss`; `where` names the
 * caller in error messages.
 * @internal
 */
export function crossEntropyWith(input: tf.Tensor, label: tf.Tensor, options: CrossEntropyOptions, where: string): tf.Tensor {
  assertFloatTensor(input, 'input', where);
  assertTensor(label, 'label', where);
  const weight = options.weight ?? null;
  const ignoreIndex = options.ignoreIndex ?? -100;
  const reduction = options.reduction ?? 'mean';
  const softLabel = options.softLabel ?? false;
  const useSoftmax = options.useSoftmax ?? true;
  const smoothing = options.labelSmoothing ?? 0;
  assertReduction(reduction, where);
  assertNumber(ignoreIndex, 'ignoreIndex', where);
  assertNumber(smoothing, 'labelSmoothing', where);
  if (smoothing < 0 || smoothing > 1) throw new InvalidArgumentError('labelSmoothing', 'a number in [0, 1]', smoothing, where);
  if (input.rank < 1) throw new InvalidArgumentError('input', 'a tensor of rank >= 1 (the class axis)', input, where);
  const axis = normalizeAxis(options.axis ?? -1, input.rank, where);
  const numClasses = input.shape[axis];
  if (weight !== null) assertClassWeight(weight, numClasses, where);

  let squeezed = false;
  let checked: CheckedLabels | null = null;
  if (softLabel && ignoreIndex >= 0) {
    // Paddle raises for ignore_index > 0 with soft labels; 0 would make its mean count the zero
    // entries of the soft labels, so it is refused too.
    throw new InvalidArgumentError('ignoreIndex', 'a negative value (the default -100) when softLabel is true', ignoreIndex, where);
  }
  if (softLabel) {
    assertFloatTensor(label, 'label', where);
    assertSameShape(input, label, where);
  } else {
    squeezed = checkHardLabelShape(input, label, axis, where, true).squeezed;
    if (options.checkLabel ?? true) checked = validateClassIndices(label, numClasses, ignoreIndex, where);
  }

  return tf.tidy(() => {
    const rows = toRows(input, axis);
    // WebGL keeps int32 gather indices in float32 textures, exact only below 2^24; past that the
    // row pick falls back to a one-hot product.
    const gatherable = rows.shape[0] * numClasses < FLAT_GATHER_LIMIT;
    let per: tf.Tensor1D;
    let denominator: tf.Tensor | null = null; // null: plain mean over rows
    if (softLabel) {
      const target = toRows(label, axis);
      const smoothed = smoothing > 0 ? (tf.add(tf.mul(target, 1 - smoothing), smoothing / numClasses) as tf.Tensor2D) : target;
      // Paddle weights a soft row by label · weight, and its weighted mean divides by Σ label · weight.
      const coef = weight ? (tf.reshape(tf.matMul(smoothed, tf.reshape(weight, [numClasses, 1])), [-1]) as tf.Tensor1D) : null;
      per = useSoftmax ? softmaxCrossEntropyDense(rows, smoothed, coef) : probCrossEntropyDense(rows, smoothed, coef);
      if (coef) denominator = tf.sum(coef);
    } else if (checked && checked.ignored === 0 && !weight && smoothing === 0 && useSoftmax && gatherable) {
      // The hot path of every classification step: the read-back showed nothing to mask, so
      // the loss is the plain per-row cross-entropy and the mean a plain mean.
      const y = tf.reshape(tf.cast(label, 'int32'), [-1]) as tf.Tensor1D;
      const index = flatIndices(y, numClasses, checked.values);
      if (reduction !== 'none') return softmaxCrossEntropyHardReduced(rows, y, index, null, reduction === 'mean' ? 1 / rows.shape[0] : 1);
      per = softmaxCrossEntropyHard(rows, y, index, null);
    } else {
      const y = tf.reshape(tf.cast(label, 'int32'), [-1]) as tf.Tensor1D;
      const valid = tf.notEqual(y, tf.scalar(ignoreIndex, 'int32'));
      const mask = tf.cast(valid, 'float32') as tf.Tensor1D;
      const safe = tf.where(valid, y, tf.zerosLike(y)) as tf.Tensor1D; // ignored rows pick class 0, then count 0
      let coef: tf.Tensor1D = mask;
      if (weight) {
        const wy = tf.gather(weight, safe) as tf.Tensor1D;
        // With smoothing Paddle turns the label soft, so its weight becomes (1-ε)·w[y] + ε·mean(w).
        const w = smoothing > 0 ? tf.add(tf.mul(wy, 1 - smoothing), tf.mul(tf.mean(weight), smoothing)) : wy;
        coef = tf.mul(w, mask) as tf.Tensor1D;
      }
      if (smoothing > 0) {
        const target = tf.add(tf.mul(oneHotFloat(safe, numClasses), 1 - smoothing), smoothing / numClasses) as tf.Tensor2D;
        per = useSoftmax ? softmaxCrossEntropyDense(rows, target, coef) : probCrossEntropyDense(rows, target, coef);
      } else if (useSoftmax && reduction !== 'none' && gatherable) {
        const scale = reduction === 'mean' ? tf.div(1, nonZero(tf.sum(coef))) : 1;
        return softmaxCrossEntropyHardReduced(rows, safe, flatIndices(safe, numClasses, null), coef, scale as number | tf.Scalar);
      } else {
        per = !useSoftmax
          ? probCrossEntropyHard(rows, safe, mask, coef)
          : gatherable
            ? softmaxCrossEntropyHard(rows, safe, flatIndices(safe, numClasses, null), coef)
            : softmaxCrossEntropyDense(rows, oneHotFloat(safe, numClasses), coef);
      }
      denominator = tf.sum(coef);
    }
    if (reduction === 'sum') return tf.sum(per);
    if (reduction === 'mean') return denominator ? divideOrZero(tf.sum(per), denominator) : tf.mean(per);
    const outShape = input.shape.filter((_, i) => i !== axis);
    if (!squeezed) outShape.splice(axis, 0, 1);
    return tf.reshape(per, outShape);
  });
}

/**
 * All of {@link crossEntropy}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.cross_entropy(input=input, label=label)
 * paddle.nn.functional.crossEntropy({ input, label });
 * ```
 * @category nn.functional
 */
export interface CrossEntropyArgs extends CrossEntropyOptions {
  input: tf.Tensor;
  label: tf.Tensor;
}

const CROSS_ENTROPY_SIGNATURE = defineSignature('nn.functional.crossEntropy', ['input', 'label', 'weight', 'ignoreIndex', 'reduction', 'softLabel', 'axis', 'useSoftmax', 'labelSmoothing', 'name'], { required: 2, optionOnly: ['checkLabel'] });

/**
 * Cross-entropy between logits (or probabilities) and hard or soft labels, with every option of
 * Paddle's `paddle.nn.functional.cross_entropy`.
 *
 * - Hard labels: `loss = -log softmax(input)[label]`, label shape = input shape without the
 *   class axis (`[N]`) or with 1 there (`[N, 1]`), int32 (or integral float32).
 * - `weight[c]` scales a sample of class `c`; `'mean'` is `Σ loss / Σ weight[label]` over
 *   samples whose label is not `ignoreIndex` (0 if there are none).
 * - `softLabel`: labels are distributions of the input's shape; a weight scales a sample by
 *   `label · weight` and the mean divides by `Σ label · weight`, as in Paddle.
 * - `labelSmoothing ε`: the target is `(1 - ε) · onehot + ε / C`, weighted like a soft label.
 *
 * Differences from Paddle, deliberate: the `'mean'` always averages over non-ignored samples, as
 * Paddle documents (some Paddle releases divide by all samples when `ignoreIndex < 0` and no
 * weight is given, counting ignored ones as 0); with label smoothing, samples labelled
 * `ignoreIndex` are ignored as PyTorch does (Paddle's one-hot rejects them), and `'none'` keeps
 * the label's layout (`[N]` in, `[N]` out; Paddle returns `[N, 1]` there); soft labels get the
 * exact gradient also when a row does not sum to 1 (Paddle's kernel assumes it does).
 * Performance: hard labels never build a one-hot in the forward pass; by default the labels are
 * read back once to validate them (see `checkLabel`).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link CrossEntropyArgs})
 * @returns a scalar, or with `'none'` the per-sample losses (label's shape)
 * @throws ShapeMismatchError if the label (or weight) shape does not fit the input
 * @throws InvalidArgumentError for a label outside `[0, C)` or not an integer, or a bad option
 * @example
 * ```ts
 * const logits = tf.tensor2d([[2, 0.5, -1], [0.1, 0.2, 3]]);
 * const F = paddle.nn.functional;
 * F.crossEntropy(logits, tf.tensor1d([0, 2], 'int32')).print(); // ≈ 0.1755
 * F.crossEntropy(logits, tf.tensor1d([0, 2], 'int32'), { labelSmoothing: 0.1 }).print(); // ≈ 0.3455
 * ```
 * @category nn.functional
 */
export function crossEntropy(args: CrossEntropyArgs): tf.Tensor;
export function crossEntropy(input: tf.Tensor, label: tf.Tensor, options?: CrossEntropyOptions): tf.Tensor;
export function crossEntropy(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, options?: CrossEntropyOptions): tf.Tensor;
export function crossEntropy(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, ignoreIndex?: number, options?: CrossEntropyOptions): tf.Tensor;
export function crossEntropy(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, ignoreIndex?: number, reduction?: Reduction, options?: CrossEntropyOptions): tf.Tensor;
export function crossEntropy(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, ignoreIndex?: number, reduction?: Reduction, softLabel?: boolean, options?: CrossEntropyOptions): tf.Tensor;
export function crossEntropy(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, ignoreIndex?: number, reduction?: Reduction, softLabel?: boolean, axis?: number, options?: CrossEntropyOptions): tf.Tensor;
export function crossEntropy(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, ignoreIndex?: number, reduction?: Reduction, softLabel?: boolean, axis?: number, useSoftmax?: boolean, options?: CrossEntropyOptions): tf.Tensor;
export function crossEntropy(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, ignoreIndex?: number, reduction?: Reduction, softLabel?: boolean, axis?: number, useSoftmax?: boolean, labelSmoothing?: number, options?: CrossEntropyOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param input - logits (or probabilities with `useSoftmax: false`), float32, class axis `axis`
 * @param label - class indices, or with `softLabel` a float tensor of the input's shape
 * @param weight - per-class weight `[C]`, or the options object `{ weight, ignoreIndex, … }`
 * @param ignoreIndex - label value to skip; default -100
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`
 * @param softLabel - labels are distributions; default false
 * @param axis - class axis; default -1
 * @param useSoftmax - apply softmax to `input`; default true
 * @param labelSmoothing - ε in [0, 1]; default 0
 */
export function crossEntropy(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, ignoreIndex?: number, reduction?: Reduction, softLabel?: boolean, axis?: number, useSoftmax?: boolean, labelSmoothing?: number, name?: string | null): tf.Tensor;
export function crossEntropy(...args: unknown[]): tf.Tensor {
  const { input, label, ...options } = resolveArgs<CrossEntropyArgs>(CROSS_ENTROPY_SIGNATURE, args);
  return crossEntropyWith(input, label, options, 'crossEntropy');
}
