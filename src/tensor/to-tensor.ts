import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { defineSignature, resolveArgs } from '../framework/args';
import { dtypeArg } from './util';

const SIGNATURE = defineSignature('toTensor', ['data', 'dtype', 'place', 'stopGradient'], { required: 1 });

/** Options of {@link toTensor} (Paddle's keyword arguments). */
export interface ToTensorOptions {
  /** A Paddle dtype name; `'int64'` gives int32 (tfjs has no int64). @defaultValue inferred from the data */
  dtype?: string;
  /** Accepted for Paddle compatibility; tensors live on the active backend. */
  place?: unknown;
  /** Accepted for Paddle compatibility; tfjs tapes only inside gradient functions. @defaultValue true */
  stopGradient?: boolean;
}

/**
 * {@link toTensor}'s arguments all by name.
 *
 * @example
 * ```ts
 * // Paddle: paddle.to_tensor(data=[1, 2, 3], dtype='float32')
 * paddle.toTensor({ data: [1, 2, 3], dtype: 'float32' });
 * ```
 */
export interface ToTensorArgs extends ToTensorOptions {
  data: tf.TensorLike | tf.Tensor;
}

/**
 * Makes a tensor from numbers, nested arrays, a typed array or another tensor, like Paddle's
 * `paddle.to_tensor`. Paddle dtype names are accepted (`'int64'` gives int32: tfjs has no int64).
 * Without a dtype, integers give int32 and other numbers float32 (Paddle gives int64/float32).
 *
 * @returns a new tensor owned by the caller
 * @throws {@link index!InvalidArgumentError} for data that is not numeric
 * @example
 * ```ts
 * // Paddle: paddle.to_tensor([[1, 2], [3, 4]], dtype='float32')
 * paddle.toTensor([[1, 2], [3, 4]], { dtype: 'float32' });
 * paddle.toTensor([0.5, 1.5]);              // float32 [2]
 * ```
 * @category tensor
 */
export function toTensor(args: ToTensorArgs): tf.Tensor;
export function toTensor(data: tf.TensorLike | tf.Tensor, options?: ToTensorOptions): tf.Tensor;
export function toTensor(data: tf.TensorLike | tf.Tensor, dtype?: string, place?: unknown, stopGradient?: boolean): tf.Tensor;
export function toTensor(...args: unknown[]): tf.Tensor {
  const { data, dtype } = resolveArgs<ToTensorArgs>(SIGNATURE, args);
  const dt: tf.DataType | undefined = dtype === undefined ? undefined : dtypeArg(dtype, 'toTensor');
  if (data instanceof tf.Tensor) return dt ? tf.cast(data, dt) : tf.clone(data);
  if (typeof data === 'number' || typeof data === 'boolean') return tf.scalar(data, dt ?? inferDtype([data]));
  const flat = (x: unknown): unknown[] => (Array.isArray(x) ? x.flatMap(flat) : [x]);
  const values = ArrayBuffer.isView(data) ? null : flat(data);
  if (values && !values.every((v) => typeof v === 'number' || typeof v === 'boolean')) {
    throw new InvalidArgumentError('data', 'numbers, booleans, (nested) arrays of them, or a typed array', data, 'toTensor');
  }
  return tf.tensor(data as tf.TensorLike, undefined, dt ?? (values ? inferDtype(values) : undefined));
}

function inferDtype(values: unknown[]): tf.DataType {
  if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return 'bool';
  return values.every((v) => Number.isInteger(v)) ? 'int32' : 'float32';
}
