// Softmax and log-softmax along any axis. tfjs's own `tf.softmax`/`tf.logSoftmax` only take the
// last axis; for it the native Softmax kernel is used, otherwise a custom-gradient op.
import * as tf from '@tensorflow/tfjs-core';
import { assertTensor, customUnary, normalizeAxis, type NameOption } from './args';
import { defineSignature, resolveArgs } from '../../framework/args';
import { InvalidArgumentError } from '../../errors';

/** Paddle's `dtype` casts the input first; everything here is float32, so only that is accepted. */
function checkDtype(dtype: unknown, where: string): void {
  if (dtype !== undefined && dtype !== null && dtype !== 'float32') {
    throw new InvalidArgumentError('dtype', "'float32' or null (tfjs-hapi computes in float32)", dtype, where);
  }
}

/**
 * Options of {@link softmax} and {@link logSoftmax}.
 *
 * @example
 * ```ts
 * paddle.nn.functional.softmax(x, { axis: 1 });
 * ```
 * @category nn.functional
 */
export interface SoftmaxOptions extends NameOption {
  /** Axis along which the values are normalized. @defaultValue -1 */
  axis?: number;
}

/** log-softmax along `axis` with the stable closed-form gradient `dy - softmax * Σ dy`. @internal */
export function logSoftmaxAlong(x: tf.Tensor, axis: number): tf.Tensor {
  const op = customUnary((input: tf.Tensor, save: tf.GradSaveFunc) => {
    const shifted = tf.sub(input, tf.max(input, axis, true));
    const value = tf.sub(shifted, tf.log(tf.sum(tf.exp(shifted), axis, true)));
    save([value]);
    return {
      value,
      gradFunc: (dy: tf.Tensor, [y]: tf.Tensor[]) => tf.sub(dy, tf.mul(tf.exp(y), tf.sum(dy, axis, true))),
    };
  });
  return op(x);
}

function softmaxAlong(x: tf.Tensor, axis: number): tf.Tensor {
  const op = customUnary((input: tf.Tensor, save: tf.GradSaveFunc) => {
    const shifted = tf.sub(input, tf.max(input, axis, true));
    const e = tf.exp(shifted);
    const value = tf.div(e, tf.sum(e, axis, true));
    save([value]);
    return {
      value,
      gradFunc: (dy: tf.Tensor, [y]: tf.Tensor[]) => tf.mul(y, tf.sub(dy, tf.sum(tf.mul(dy, y), axis, true))),
    };
  });
  return op(x);
}

/**
 * All of {@link softmax}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.softmax(x=x)
 * paddle.nn.functional.softmax({ x });
 * ```
 * @category nn.functional
 */
export interface SoftmaxArgs<T extends tf.Tensor = tf.Tensor> extends SoftmaxOptions {
  x: T;
  /** Paddle's output dtype; only float32 (or null) here. @defaultValue null */
  dtype?: 'float32' | null;
}

const SOFTMAX_SIGNATURE = defineSignature('nn.functional.softmax', ['x', 'axis', 'dtype', 'name'], { required: 1 });

/**
 * Softmax along `axis`: `exp(x) / Σ exp(x)`, computed stably.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link SoftmaxArgs})
 * @returns a tensor of the same shape whose slices along `axis` sum to 1
 * @throws InvalidArgumentError if `x` is not a tensor or `axis` is out of range
 * @example
 * ```ts
 * paddle.nn.functional.softmax(tf.tensor([[1, 2], [3, 3]])).print(); // [[0.2689, 0.7311], [0.5, 0.5]]
 * paddle.nn.functional.softmax(tf.tensor([[1, 2], [3, 3]]), 0).print(); // columns sum to 1
 * ```
 * @category nn.functional
 */
export function softmax<T extends tf.Tensor>(args: SoftmaxArgs<T>): T;
export function softmax<T extends tf.Tensor>(x: T, options?: SoftmaxOptions): T;
export function softmax<T extends tf.Tensor>(x: T, axis?: number, options?: SoftmaxOptions): T;
export function softmax<T extends tf.Tensor>(x: T, axis?: number, dtype?: 'float32' | null, options?: SoftmaxOptions): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor, float32, rank ≥ 1
 * @param axis - the normalized axis (or `{ axis }`); Paddle's default -1
 */
export function softmax<T extends tf.Tensor>(x: T, axis?: number, dtype?: 'float32' | null, name?: string | null): T;
export function softmax<T extends tf.Tensor>(...args: unknown[]): T {
  const { x, ...o } = resolveArgs<SoftmaxArgs<T>>(SOFTMAX_SIGNATURE, args);
  assertTensor(x, 'x', 'softmax');
  checkDtype(o.dtype, 'softmax');
  const ax = normalizeAxis(o.axis ?? -1, x.rank, 'softmax');
  if (ax === x.rank - 1) return tf.softmax(x) as T;
  return softmaxAlong(x, ax) as T;
}

/**
 * All of {@link logSoftmax}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.log_softmax(x=x)
 * paddle.nn.functional.logSoftmax({ x });
 * ```
 * @category nn.functional
 */
export interface LogSoftmaxArgs<T extends tf.Tensor = tf.Tensor> extends SoftmaxOptions {
  x: T;
  /** Paddle's output dtype; only float32 (or null) here. @defaultValue null */
  dtype?: 'float32' | null;
}

const LOG_SOFTMAX_SIGNATURE = defineSignature('nn.functional.logSoftmax', ['x', 'axis', 'dtype', 'name'], { required: 1 });

/**
 * Log-softmax along `axis`: `x - log Σ exp(x)`, computed stably, with the closed-form gradient.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link LogSoftmaxArgs})
 * @returns a tensor of the same shape
 * @throws InvalidArgumentError if `x` is not a tensor or `axis` is out of range
 * @example
 * ```ts
 * paddle.nn.functional.logSoftmax(tf.tensor([[0, 0]])).print(); // [[-0.6931, -0.6931]]
 * ```
 * @category nn.functional
 */
export function logSoftmax<T extends tf.Tensor>(args: LogSoftmaxArgs<T>): T;
export function logSoftmax<T extends tf.Tensor>(x: T, options?: SoftmaxOptions): T;
export function logSoftmax<T extends tf.Tensor>(x: T, axis?: number, options?: SoftmaxOptions): T;
export function logSoftmax<T extends tf.Tensor>(x: T, axis?: number, dtype?: 'float32' | null, options?: SoftmaxOptions): T;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input tensor, float32, rank ≥ 1
 * @param axis - the normalized axis (or `{ axis }`); Paddle's default -1
 */
export function logSoftmax<T extends tf.Tensor>(x: T, axis?: number, dtype?: 'float32' | null, name?: string | null): T;
export function logSoftmax<T extends tf.Tensor>(...args: unknown[]): T {
  const { x, ...o } = resolveArgs<LogSoftmaxArgs<T>>(LOG_SOFTMAX_SIGNATURE, args);
  assertTensor(x, 'x', 'logSoftmax');
  checkDtype(o.dtype, 'logSoftmax');
  const ax = normalizeAxis(o.axis ?? -1, x.rank, 'logSoftmax');
  return logSoftmaxAlong(x, ax) as T;
}
