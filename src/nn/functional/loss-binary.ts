// binary_cross_entropy and binary_cross_entropy_with_logits of paddle.nn.functional.
import * as tf from '@tensorflow/tfjs-core';
import { ShapeMismatchError } from '../../errors';
import { assertFloatTensor, assertReduction, customUnary, fmtShape, type NameOption, type Reduction } from './args';
import { assertSameShape, reduceLoss } from './loss-common';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * Options of {@link binaryCrossEntropy}.
 *
 * @example
 * ```ts
 * paddle.nn.functional.binaryCrossEntropy(p, y, { reduction: 'sum' });
 * ```
 * @category nn.functional
 */
export interface BCEOptions extends NameOption {
  /** Rescaling weight broadcast against the element-wise loss. @defaultValue null */
  weight?: tf.Tensor | null;
  /** `'mean'`, `'sum'` or `'none'`. @defaultValue 'mean' */
  reduction?: Reduction;
}

/**
 * Options of {@link binaryCrossEntropyWithLogits}.
 *
 * @example
 * ```ts
 * paddle.nn.functional.binaryCrossEntropyWithLogits(logit, y, { posWeight: tf.tensor([3, 1]) });
 * ```
 * @category nn.functional
 */
export interface BCEWithLogitsOptions extends BCEOptions {
  /** Weight of positive examples per class, broadcast along the last axis. @defaultValue null */
  posWeight?: tf.Tensor | null;
}

/** Throws ShapeMismatchError unless `w` broadcasts to `shape` without enlarging it. */
function assertBroadcastsTo(w: tf.Tensor, shape: ReadonlyArray<number>, argument: string, where: string): void {
  assertFloatTensor(w, argument, where);
  const fits = w.rank <= shape.length && w.shape.every((d, i) => d === 1 || d === shape[shape.length - w.rank + i]);
  if (!fits) throw new ShapeMismatchError(where, shape, w.shape, `${argument} broadcastable to input ${fmtShape(shape)}, i.e. a suffix of`);
}

// log(p) is clamped at -100 and the gradient's denominator at 1e-12, as Paddle's bce_loss kernel (and PyTorch) do.
const LOG_CLAMP = -100;
const GRAD_EPS = 1e-12;

/** @internal */
export function binaryCrossEntropyWith(input: tf.Tensor, label: tf.Tensor, options: BCEOptions, where: string): tf.Tensor {
  assertFloatTensor(input, 'input', where);
  assertFloatTensor(label, 'label', where);
  assertSameShape(input, label, where);
  const reduction = options.reduction ?? 'mean';
  assertReduction(reduction, where);
  const weight = options.weight ?? null;
  if (weight) assertBroadcastsTo(weight, input.shape, 'weight', where);
  return tf.tidy(() => {
    const op = customUnary((x: tf.Tensor, save: tf.GradSaveFunc) => {
      const logP = tf.maximum(tf.log(x), LOG_CLAMP);
      const log1mP = tf.maximum(tf.log(tf.sub(1, x)), LOG_CLAMP);
      const value = tf.neg(tf.add(tf.mul(label, logP), tf.mul(tf.sub(1, label), log1mP)));
      save([x, label]);
      return {
        value,
        gradFunc: (dy: tf.Tensor, [p, y]: tf.Tensor[]) =>
          tf.div(tf.mul(dy, tf.sub(p, y)), tf.maximum(tf.mul(tf.sub(1, p), p), GRAD_EPS)),
      };
    });
    const loss = op(input);
    return reduceLoss(weight ? tf.mul(loss, weight) : loss, reduction);
  });
}

/** @internal */
export function binaryCrossEntropyWithLogitsWith(
  logit: tf.Tensor,
  label: tf.Tensor,
  options: BCEWithLogitsOptions,
  where: string,
): tf.Tensor {
  assertFloatTensor(logit, 'logit', where);
  assertFloatTensor(label, 'label', where);
  assertSameShape(logit, label, where);
  const reduction = options.reduction ?? 'mean';
  assertReduction(reduction, where);
  const weight = options.weight ?? null;
  const posWeight = options.posWeight ?? null;
  if (weight) assertBroadcastsTo(weight, logit.shape, 'weight', where);
  if (posWeight) assertBroadcastsTo(posWeight, logit.shape, 'posWeight', where);
  return tf.tidy(() => {
    const op = customUnary((x: tf.Tensor, save: tf.GradSaveFunc) => {
      // max(x, 0) - x·y + log(1 + exp(-|x|)): stable for large |x| of either sign.
      const value = tf.add(tf.sub(tf.relu(x), tf.mul(x, label)), tf.log1p(tf.exp(tf.neg(tf.abs(x)))));
      save([x, label]);
      return { value, gradFunc: (dy: tf.Tensor, [xs, y]: tf.Tensor[]) => tf.mul(dy, tf.sub(tf.sigmoid(xs), y)) };
    });
    let loss = op(logit);
    // Paddle scales the whole term by 1 + (posWeight - 1)·label (PyTorch scales only the positive
    // part); the two agree for labels in {0, 1}.
    if (posWeight) loss = tf.mul(loss, tf.add(tf.mul(label, tf.sub(posWeight, 1)), 1));
    if (weight) loss = tf.mul(loss, weight);
    return reduceLoss(loss, reduction);
  });
}

/**
 * All of {@link binaryCrossEntropy}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.binary_cross_entropy(input=input, label=label)
 * paddle.nn.functional.binaryCrossEntropy({ input, label });
 * ```
 * @category nn.functional
 */
export interface BinaryCrossEntropyArgs extends BCEOptions {
  input: tf.Tensor;
  label: tf.Tensor;
}

const BINARY_CROSS_ENTROPY_SIGNATURE = defineSignature('nn.functional.binaryCrossEntropy', ['input', 'label', 'weight', 'reduction', 'name'], { required: 2 });

/**
 * Binary cross-entropy between probabilities and targets in [0, 1]:
 * `-weight · (y log p + (1 - y) log(1 - p))`, each log clamped at -100 as in Paddle.
 * An input outside [0, 1] gives NaN (Paddle's kernel raises; checking would cost a read-back
 * of the whole input every step).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link BinaryCrossEntropyArgs})
 * @returns a scalar, or with `'none'` a tensor of the input's shape
 * @throws ShapeMismatchError if the shapes do not fit
 * @throws InvalidArgumentError for a non-float tensor or an unknown reduction
 * @example
 * ```ts
 * const F = paddle.nn.functional;
 * F.binaryCrossEntropy(tf.tensor([0.5, 0.6, 0.7]), tf.tensor([1, 0, 1])).print(); // ≈ 0.6554
 * ```
 * @category nn.functional
 */
export function binaryCrossEntropy(args: BinaryCrossEntropyArgs): tf.Tensor;
export function binaryCrossEntropy(input: tf.Tensor, label: tf.Tensor, options?: BCEOptions): tf.Tensor;
export function binaryCrossEntropy(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, options?: BCEOptions): tf.Tensor;
export function binaryCrossEntropy(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, reduction?: Reduction, options?: BCEOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param input - probabilities (e.g. the output of sigmoid), float32
 * @param label - targets of the same shape
 * @param weight - rescaling weight broadcast against the loss, or `{ weight, reduction }`
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`
 */
export function binaryCrossEntropy(input: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, reduction?: Reduction, name?: string | null): tf.Tensor;
export function binaryCrossEntropy(...args: unknown[]): tf.Tensor {
  const { input, label, ...options } = resolveArgs<BinaryCrossEntropyArgs>(BINARY_CROSS_ENTROPY_SIGNATURE, args);
  return binaryCrossEntropyWith(input, label, options, 'binaryCrossEntropy');
}

/**
 * All of {@link binaryCrossEntropyWithLogits}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.binary_cross_entropy_with_logits(logit=logit, label=label)
 * paddle.nn.functional.binaryCrossEntropyWithLogits({ logit, label });
 * ```
 * @category nn.functional
 */
export interface BinaryCrossEntropyWithLogitsArgs extends BCEWithLogitsOptions {
  logit: tf.Tensor;
  label: tf.Tensor;
}

const BINARY_CROSS_ENTROPY_WITH_LOGITS_SIGNATURE = defineSignature('nn.functional.binaryCrossEntropyWithLogits', ['logit', 'label', 'weight', 'reduction', 'posWeight', 'name'], { required: 2 });

/**
 * Sigmoid followed by binary cross-entropy, computed stably from logits:
 * `(max(x, 0) - x·y + log(1 + e^{-|x|})) · (1 + (posWeight - 1)·y) · weight`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link BinaryCrossEntropyWithLogitsArgs})
 * @returns a scalar, or with `'none'` a tensor of the input's shape
 * @throws ShapeMismatchError if the shapes do not fit
 * @throws InvalidArgumentError for a non-float tensor or an unknown reduction
 * @example
 * ```ts
 * const F = paddle.nn.functional;
 * F.binaryCrossEntropyWithLogits(tf.tensor([5, 1, 3]), tf.tensor([1, 0, 1])).print(); // ≈ 0.4562
 * ```
 * @category nn.functional
 */
export function binaryCrossEntropyWithLogits(args: BinaryCrossEntropyWithLogitsArgs): tf.Tensor;
export function binaryCrossEntropyWithLogits(logit: tf.Tensor, label: tf.Tensor, options?: BCEWithLogitsOptions): tf.Tensor;
export function binaryCrossEntropyWithLogits(logit: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, options?: BCEWithLogitsOptions): tf.Tensor;
export function binaryCrossEntropyWithLogits(logit: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, reduction?: Reduction, options?: BCEWithLogitsOptions): tf.Tensor;
export function binaryCrossEntropyWithLogits(logit: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, reduction?: Reduction, posWeight?: tf.Tensor | null, options?: BCEWithLogitsOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param logit - logits, float32
 * @param label - targets in [0, 1] of the same shape
 * @param weight - rescaling weight broadcast against the loss, or `{ weight, reduction, posWeight }`
 * @param reduction - `'mean'` (default), `'sum'` or `'none'`
 * @param posWeight - weight of positive examples, broadcast along the last axis (e.g. `[C]`)
 */
export function binaryCrossEntropyWithLogits(logit: tf.Tensor, label: tf.Tensor, weight?: tf.Tensor | null, reduction?: Reduction, posWeight?: tf.Tensor | null, name?: string | null): tf.Tensor;
export function binaryCrossEntropyWithLogits(...args: unknown[]): tf.Tensor {
  const { logit, label, ...options } = resolveArgs<BinaryCrossEntropyWithLogitsArgs>(BINARY_CROSS_ENTROPY_WITH_LOGITS_SIGNATURE, args);
  return binaryCrossEntropyWithLogitsWith(logit, label, options, 'binaryCrossEntropyWithLogits');
}
