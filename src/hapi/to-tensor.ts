import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { tfDtype } from './input-spec';

/**
 * Makes a tensor from numbers, nested arrays, a typed array or another tensor, like Paddle's
 * `paddle.to_tensor`. Paddle dtype names are accepted (`'int64'` gives int32: tfjs has no int64).
 * Without a dtype, integers give int32 and other numbers float32 (Paddle gives int64/float32).
 *
 * @param data - the values
 * @param dtype - a Paddle dtype name
 * @returns a new tensor owned by the caller
 * @throws {@link index!InvalidArgumentError} for data that is not numeric
 * @example
 * ```ts
 * paddle.toTensor([[1, 2], [3, 4]]);        // int32 [2, 2]
 * paddle.toTensor([0.5, 1.5], 'float32');   // float32 [2]
 * ```
 * @category hapi
 */
export function toTensor(data: tf.TensorLike | tf.Tensor, dtype?: string): tf.Tensor {
  if (data instanceof tf.Tensor) return dtype ? tf.cast(data, tfDtype(dtype)) : tf.clone(data);
  const flat = (x: unknown): unknown[] => (Array.isArray(x) ? x.flatMap(flat) : [x]);
  const values = ArrayBuffer.isView(data) ? null : flat(data);
  if (values && !values.every((v) => typeof v === 'number' || typeof v === 'boolean')) {
    throw new InvalidArgumentError('data', 'numbers, booleans, (nested) arrays of them, or a typed array', data, 'toTensor');
  }
  let dt: tf.DataType | undefined = dtype ? tfDtype(dtype) : undefined;
  if (!dt && values) {
    dt = values.every((v) => typeof v === 'boolean') && values.length > 0 ? 'bool' : values.every((v) => Number.isInteger(v)) ? 'int32' : 'float32';
  }
  return tf.tensor(data as tf.TensorLike, undefined, dt);
}
