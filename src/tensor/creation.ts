// Paddle's tensor creation functions: zeros, ones, full, *Like, arange, linspace, eye.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { defineSignature, resolveArgs } from '../framework/args';
import { dtypeArg, shapeArg, tensorArg, type DType, type ShapeLike } from './util';


const ZEROS = defineSignature('zeros', ['shape', 'dtype', 'name'], { required: 1 });
const ONES = defineSignature('ones', ['shape', 'dtype', 'name'], { required: 1 });
const FULL = defineSignature('full', ['shape', 'fillValue', 'dtype', 'name'], { required: 2 });
const ZEROS_LIKE = defineSignature('zerosLike', ['x', 'dtype', 'name'], { required: 1 });
const ONES_LIKE = defineSignature('onesLike', ['x', 'dtype', 'name'], { required: 1 });
const FULL_LIKE = defineSignature('fullLike', ['x', 'fillValue', 'dtype', 'name'], { required: 2 });
const ARANGE = defineSignature('arange', ['start', 'end', 'step', 'dtype', 'name']);
const LINSPACE = defineSignature('linspace', ['start', 'stop', 'num', 'dtype', 'name'], { required: 3 });
const EYE = defineSignature('eye', ['numRows', 'numColumns', 'dtype', 'name'], { required: 1 });

/** Options of the creation functions: Paddle's `dtype` (and the ignored `name`). */
export interface DTypeOptions {
  /** A Paddle dtype name; `'int64'` gives int32. */
  dtype?: DType;
  name?: string;
}

function filled(where: string, shape: unknown, value: number | boolean, dtype: unknown, fallback: tf.DataType): tf.Tensor {
  const dt = dtype === undefined || dtype === null ? fallback : dtypeArg(dtype, where);
  if (typeof value !== 'number' && typeof value !== 'boolean') throw new InvalidArgumentError('fillValue', 'a number or boolean', value, where);
  return tf.fill(shapeArg(shape, where), value as number, dt);
}

/**
 * A tensor of zeros.
 * @example
 * ```ts
 * // Paddle: paddle.zeros([2, 3], dtype='int64')
 * paddle.zeros([2, 3], { dtype: 'int64' });
 * ```
 * @category tensor
 */
export function zeros(args: DTypeOptions & { shape: ShapeLike }): tf.Tensor;
export function zeros(shape: ShapeLike, options?: DTypeOptions): tf.Tensor;
export function zeros(shape: ShapeLike, dtype?: DType, name?: string): tf.Tensor;
export function zeros(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ shape: ShapeLike; dtype?: DType }>(ZEROS, args);
  return filled('zeros', o.shape, 0, o.dtype, 'float32');
}

/**
 * A tensor of ones.
 * @example
 * ```ts
 * // Paddle: paddle.ones([2, 3])
 * paddle.ones([2, 3]);
 * ```
 * @category tensor
 */
export function ones(args: DTypeOptions & { shape: ShapeLike }): tf.Tensor;
export function ones(shape: ShapeLike, options?: DTypeOptions): tf.Tensor;
export function ones(shape: ShapeLike, dtype?: DType, name?: string): tf.Tensor;
export function ones(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ shape: ShapeLike; dtype?: DType }>(ONES, args);
  return filled('ones', o.shape, 1, o.dtype, 'float32');
}

/**
 * A tensor filled with one value (float32 unless `dtype` says otherwise, as in Paddle).
 * @example
 * ```ts
 * // Paddle: paddle.full(shape=[2, 2], fill_value=7, dtype='int32')
 * paddle.full({ shape: [2, 2], fillValue: 7, dtype: 'int32' });
 * ```
 * @category tensor
 */
export function full(args: DTypeOptions & { shape: ShapeLike; fillValue: number | boolean }): tf.Tensor;
export function full(shape: ShapeLike, fillValue: number | boolean, options?: DTypeOptions): tf.Tensor;
export function full(shape: ShapeLike, fillValue: number | boolean, dtype?: DType, name?: string): tf.Tensor;
export function full(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ shape: ShapeLike; fillValue: number | boolean; dtype?: DType }>(FULL, args);
  return filled('full', o.shape, o.fillValue, o.dtype, typeof o.fillValue === 'boolean' ? 'bool' : 'float32');
}

/**
 * Zeros of `x`'s shape, and of its dtype unless `dtype` is given.
 * @example
 * ```ts
 * // Paddle: paddle.zeros_like(x, dtype='float32')
 * paddle.zerosLike(x, { dtype: 'float32' });
 * ```
 * @category tensor
 */
export function zerosLike(args: DTypeOptions & { x: tf.Tensor }): tf.Tensor;
export function zerosLike(x: tf.Tensor, options?: DTypeOptions): tf.Tensor;
export function zerosLike(x: tf.Tensor, dtype?: DType, name?: string): tf.Tensor;
export function zerosLike(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ x: tf.Tensor; dtype?: DType }>(ZEROS_LIKE, args);
  const x = tensorArg(o.x, 'x', 'zerosLike');
  return filled('zerosLike', x.shape, 0, o.dtype, x.dtype);
}

/**
 * Ones of `x`'s shape, and of its dtype unless `dtype` is given.
 * @example
 * ```ts
 * // Paddle: paddle.ones_like(x)
 * paddle.onesLike(x);
 * ```
 * @category tensor
 */
export function onesLike(args: DTypeOptions & { x: tf.Tensor }): tf.Tensor;
export function onesLike(x: tf.Tensor, options?: DTypeOptions): tf.Tensor;
export function onesLike(x: tf.Tensor, dtype?: DType, name?: string): tf.Tensor;
export function onesLike(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ x: tf.Tensor; dtype?: DType }>(ONES_LIKE, args);
  const x = tensorArg(o.x, 'x', 'onesLike');
  return filled('onesLike', x.shape, 1, o.dtype, x.dtype);
}

/**
 * `fillValue` in `x`'s shape, and of its dtype unless `dtype` is given.
 * @example
 * ```ts
 * // Paddle: paddle.full_like(x, fill_value=2.5)
 * paddle.fullLike(x, { fillValue: 2.5 });
 * ```
 * @category tensor
 */
export function fullLike(args: DTypeOptions & { x: tf.Tensor; fillValue: number | boolean }): tf.Tensor;
export function fullLike(x: tf.Tensor, fillValue: number | boolean, options?: DTypeOptions): tf.Tensor;
export function fullLike(x: tf.Tensor, fillValue: number | boolean, dtype?: DType, name?: string): tf.Tensor;
export function fullLike(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ x: tf.Tensor; fillValue: number | boolean; dtype?: DType }>(FULL_LIKE, args);
  const x = tensorArg(o.x, 'x', 'fullLike');
  return filled('fullLike', x.shape, o.fillValue, o.dtype, x.dtype);
}

/** Options of {@link arange}. */
export interface ArangeOptions extends DTypeOptions {
  start?: number;
  end?: number;
  step?: number;
}

/**
 * Evenly spaced values in `[start, end)`; `arange(n)` counts `0 … n-1`. int32 when start, end
 * and step are integers (Paddle's int64), else float32.
 * @example
 * ```ts
 * // Paddle: paddle.arange(1, 10, 2)   /   paddle.arange(end=5)
 * paddle.arange(1, 10, 2);             paddle.arange({ end: 5 });
 * ```
 * @category tensor
 */
export function arange(args: ArangeOptions): tf.Tensor;
export function arange(start?: number, end?: number, step?: number, dtype?: DType, name?: string): tf.Tensor;
export function arange(start: number, end: number, step: number, options?: DTypeOptions): tf.Tensor;
export function arange(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<ArangeOptions>(ARANGE, args);
  let start = o.start ?? 0;
  let end = o.end;
  if (end === undefined) [start, end] = [0, start];
  const step = o.step ?? 1;
  for (const [k, v] of [['start', start], ['end', end], ['step', step]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidArgumentError(k, 'a finite number', v, 'arange');
  }
  if (step === 0) throw new InvalidArgumentError('step', 'a non-zero number', step, 'arange');
  const ints = [start, end, step].every(Number.isInteger);
  const dt = o.dtype === undefined ? (ints ? 'int32' : 'float32') : dtypeArg(o.dtype, 'arange');
  const n = Math.max(0, Math.ceil((end - start) / step));
  const values = dt === 'int32' ? new Int32Array(n) : new Float32Array(n);
  for (let i = 0; i < n; i++) values[i] = start + i * step;
  return tf.tensor1d(values, dt);
}

/**
 * `num` evenly spaced values from `start` to `stop`, both included.
 * @example
 * ```ts
 * // Paddle: paddle.linspace(0, 1, 5)
 * paddle.linspace(0, 1, 5);
 * ```
 * @category tensor
 */
export function linspace(args: DTypeOptions & { start: number; stop: number; num: number }): tf.Tensor;
export function linspace(start: number, stop: number, num: number, options?: DTypeOptions): tf.Tensor;
export function linspace(start: number, stop: number, num: number, dtype?: DType, name?: string): tf.Tensor;
export function linspace(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ start: number; stop: number; num: number; dtype?: DType }>(LINSPACE, args);
  if (!Number.isInteger(o.num) || o.num < 0) throw new InvalidArgumentError('num', 'a non-negative integer', o.num, 'linspace');
  const dt = o.dtype === undefined ? 'float32' : dtypeArg(o.dtype, 'linspace');
  const values = new Float64Array(o.num);
  const delta = o.num > 1 ? (o.stop - o.start) / (o.num - 1) : 0;
  for (let i = 0; i < o.num; i++) values[i] = i === o.num - 1 && o.num > 1 ? o.stop : o.start + i * delta;
  return tf.tensor1d(dt === 'int32' ? Int32Array.from(values, Math.trunc) : Float32Array.from(values), dt);
}

/**
 * An identity matrix of `numRows × numColumns` (square by default).
 * @example
 * ```ts
 * // Paddle: paddle.eye(3, 4, dtype='int32')
 * paddle.eye(3, 4, { dtype: 'int32' });
 * ```
 * @category tensor
 */
export function eye(args: DTypeOptions & { numRows: number; numColumns?: number }): tf.Tensor;
export function eye(numRows: number, numColumns?: number, options?: DTypeOptions): tf.Tensor;
export function eye(numRows: number, numColumns?: number, dtype?: DType, name?: string): tf.Tensor;
export function eye(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ numRows: number; numColumns?: number; dtype?: DType }>(EYE, args);
  const [rows, cols] = shapeArg([o.numRows, o.numColumns ?? o.numRows], 'eye', 'numRows');
  const dt = o.dtype === undefined ? 'float32' : dtypeArg(o.dtype, 'eye');
  if (dt !== 'bool') return tf.eye(rows, cols, undefined, dt);
  return tf.tidy(() => tf.cast(tf.eye(rows, cols), 'bool'));
}
