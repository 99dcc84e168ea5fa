// Element-wise regression losses of paddle.nn.functional: mse_loss, l1_loss, smooth_l1_loss.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { assertFloatTensor, assertNumber, assertReduction, type NameOption, type Reduction } from './args';
import { assertSameShape, reduceLoss } from './loss-common';
import { defineSignature, resolveArgs } from '../../framework/args';

/**
 * Options of {@link mseLoss} and {@link l1Loss}.
 *
 * @example
 * ```ts
 * paddle.nn.functional.mseLoss(pred, target, { reduction: 'sum' });
 * ```
 * @category nn.functional
 */
export interface ReductionOptions extends NameOption {
  /** `'mean'`, `'sum'` or `'none'`. @defaultValue 'mean' */
  reduction?: Reduction;
}

/**
 * Options of {@link smoothL1Loss}.
 *
 * @example
 * ```ts
 * paddle.nn.functional.smoothL1Loss(pred, target, { delta: 0.5 });
 * ```
 * @category nn.functional
 */
export interface SmoothL1Options extends ReductionOptions {
  /** Where the loss turns from quadratic to linear. @defaultValue 1 */
  delta?: number;
}

function prepare(input: tf.Tensor, label: tf.Tensor, reduction: unknown, where: string): Reduction {
  assertFloatTensor(input, 'input', where);
  assertFloatTensor(label, 'label', where);
  assertSameShape(input, label, where);
  assertReduction(reduction, where);
  return reduction;
}

/** @internal */
export function mseLossWith(input: tf.Tensor, label: tf.Tensor, options: ReductionOptions, where: string): tf.Tensor {
  const reduction = prepare(input, label, options.reduction ?? 'mean', where);
  return tf.tidy(() => reduceLoss(tf.squaredDifference(input, label), reduction));
}

/** @internal */
export function l1LossWith(input: tf.Tensor, label: tf.Tensor, options: ReductionOptions, where: string): tf.Tensor {
  const reduction = prepare(input, label, options.reduction ?? 'mean', where);
  return tf.tidy(() => reduceLoss(tf.abs(tf.sub(input, label)), reduction));
}

/** @internal */
export function smoothL1LossWith(input: tf.Tensor, label: tf.Tensor, options: SmoothL1Options, where: string): tf.Tensor {
  const reduction = prepare(input, label, options.reduction ?? 'mean', where);
  const delta = options.delta ?? 1;
  assertNumber(delta, 'delta', where);
  if (delta <= 0) throw new InvalidArgumentError('delta', 'a positive number', delta, where);
  return tf.tidy(() => {
    // 0.5·min(|r|, δ)² + δ·(|r| - min(|r|, δ)) is Paddle's piecewise Huber form without a mask,
    // so autodiff needs no comparison op on the taped path.
    const a = tf.abs(tf.sub(input, label));
    const inner = tf.minimum(a, delta);
    const loss = tf.add(tf.mul(tf.square(inner), 0.5), tf.mul(tf.sub(a, inner), delta));
    return reduceLoss(loss, reduction);
  });
}

/**
 * All of {@link mseLoss}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.mse_loss(input=input, label=label)
 * paddle.nn.functional.mseLoss({ input, label });
 * ```
 * @category nn.functional
 */
export interface MseLossArgs extends ReductionOptions {
  input: tf.Tensor;
  label: tf.Tensor;
}

const MSE_LOSS_SIGNATURE = defineSignature('nn.functional.mseLoss', ['input', 'label', 'reduction', 'name'], { required: 2 });

/**
 * Mean squared error, `(input - label)²` reduced.
 * Unlike Paddle, which broadcasts (so `[N, 1]` against `[N]` silently becomes `[N, N]`), the
 * shapes must match exactly.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link MseLossArgs})
 * @returns a scalar, or with `'none'` a tensor of the input's shape
 * @throws ShapeMismatchError if the shapes differ
 * @throws InvalidArgumentError for a non-float tensor or an unknown reduction
 * @example
 * ```ts
 * paddle.nn.functional.mseLoss(tf.tensor([1, 2]), tf.tensor([0, 4])).print(); // 2.5
 * ```
 * @category nn.functional
 */
export function mseLoss(args: MseLossArgs): tf.Tensor;
export function mseLoss(input: tf.Tensor, label: tf.Tensor, options?: ReductionOptions): tf.Tensor;
export function mseLoss(input: tf.Tensor, label: tf.Tensor, reduction?: Reduction, options?: ReductionOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param input - predictions, float32
 * @param label - targets of the same shape
 * @param reduction - `'mean'` (default), `'sum'` or `'none'` (or `{ reduction }`)
 */
export function mseLoss(input: tf.Tensor, label: tf.Tensor, reduction?: Reduction, name?: string | null): tf.Tensor;
export function mseLoss(...args: unknown[]): tf.Tensor {
  const { input, label, ...o } = resolveArgs<MseLossArgs>(MSE_LOSS_SIGNATURE, args);
  return mseLossWith(input, label, o, 'mseLoss');
}

/**
 * All of {@link l1Loss}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.l1_loss(input=input, label=label)
 * paddle.nn.functional.l1Loss({ input, label });
 * ```
 * @category nn.functional
 */
export interface L1LossArgs extends ReductionOptions {
  input: tf.Tensor;
  label: tf.Tensor;
}

const L1_LOSS_SIGNATURE = defineSignature('nn.functional.l1Loss', ['input', 'label', 'reduction', 'name'], { required: 2 });

/**
 * Mean absolute error, `|input - label|` reduced.
 * Unlike Paddle, which broadcasts (so `[N, 1]` against `[N]` silently becomes `[N, N]`), the
 * shapes must match exactly.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link L1LossArgs})
 * @returns a scalar, or with `'none'` a tensor of the input's shape
 * @throws ShapeMismatchError if the shapes differ
 * @throws InvalidArgumentError for a non-float tensor or an unknown reduction
 * @example
 * ```ts
 * paddle.nn.functional.l1Loss(tf.tensor([1, 2]), tf.tensor([0, 4])).print(); // 1.5
 * ```
 * @category nn.functional
 */
export function l1Loss(args: L1LossArgs): tf.Tensor;
export function l1Loss(input: tf.Tensor, label: tf.Tensor, options?: ReductionOptions): tf.Tensor;
export function l1Loss(input: tf.Tensor, label: tf.Tensor, reduction?: Reduction, options?: ReductionOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param input - predictions, float32
 * @param label - targets of the same shape
 * @param reduction - `'mean'` (default), `'sum'` or `'none'` (or `{ reduction }`)
 */
export function l1Loss(input: tf.Tensor, label: tf.Tensor, reduction?: Reduction, name?: string | null): tf.Tensor;
export function l1Loss(...args: unknown[]): tf.Tensor {
  const { input, label, ...o } = resolveArgs<L1LossArgs>(L1_LOSS_SIGNATURE, args);
  return l1LossWith(input, label, o, 'l1Loss');
}

/**
 * All of {@link smoothL1Loss}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.smooth_l1_loss(input=input, label=label)
 * paddle.nn.functional.smoothL1Loss({ input, label });
 * ```
 * @category nn.functional
 */
export interface SmoothL1LossArgs extends SmoothL1Options {
  input: tf.Tensor;
  label: tf.Tensor;
}

const SMOOTH_L1_LOSS_SIGNATURE = defineSignature('nn.functional.smoothL1Loss', ['input', 'label', 'reduction', 'delta', 'name'], { required: 2 });

/**
 * Paddle's smooth L1 loss, which is the Huber loss: `0.5 r²` where `|r| < delta`, else
 * `delta · (|r| - 0.5 delta)`, with `r = input - label`. For `delta = 1` it equals PyTorch's
 * `smooth_l1_loss`; for other values it equals PyTorch's `huber_loss(delta)`, not
 * `smooth_l1_loss(beta)` (which divides the quadratic part by beta).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link SmoothL1LossArgs})
 * @returns a scalar, or with `'none'` a tensor of the input's shape
 * @throws ShapeMismatchError if the shapes differ
 * @throws InvalidArgumentError for a non-float tensor, an unknown reduction or `delta <= 0`
 * @example
 * ```ts
 * paddle.nn.functional.smoothL1Loss(tf.tensor([0.5, 3]), tf.tensor([0, 0])).print(); // (0.125 + 2.5) / 2
 * ```
 * @category nn.functional
 */
export function smoothL1Loss(args: SmoothL1LossArgs): tf.Tensor;
export function smoothL1Loss(input: tf.Tensor, label: tf.Tensor, options?: SmoothL1Options): tf.Tensor;
export function smoothL1Loss(input: tf.Tensor, label: tf.Tensor, reduction?: Reduction, options?: SmoothL1Options): tf.Tensor;
export function smoothL1Loss(input: tf.Tensor, label: tf.Tensor, reduction?: Reduction, delta?: number, options?: SmoothL1Options): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param input - predictions, float32
 * @param label - targets of the same shape
 * @param reduction - `'mean'` (default), `'sum'` or `'none'` (or `{ reduction, delta }`)
 * @param delta - switch point between the quadratic and linear parts; default 1
 */
export function smoothL1Loss(input: tf.Tensor, label: tf.Tensor, reduction?: Reduction, delta?: number, name?: string | null): tf.Tensor;
export function smoothL1Loss(...args: unknown[]): tf.Tensor {
  const { input, label, ...options } = resolveArgs<SmoothL1LossArgs>(SMOOTH_L1_LOSS_SIGNATURE, args);
  return smoothL1LossWith(input, label, options, 'smoothL1Loss');
}
