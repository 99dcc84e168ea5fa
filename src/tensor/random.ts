// Paddle's random tensor functions, drawing from the generator behind `paddle.seed`.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { defineSignature, resolveArgs } from '../framework/args';
import { defaultGenerator, Generator } from '../framework/random';
import type { DTypeOptions } from './creation';
import { dtypeArg, shapeArg, type DType, type ShapeLike } from './util';


const RAND = defineSignature('rand', ['shape', 'dtype', 'name'], { required: 1 });
const RANDN = defineSignature('randn', ['shape', 'dtype', 'name'], { required: 1 });
const RANDINT = defineSignature('randint', ['low', 'high', 'shape', 'dtype', 'name']);
const UNIFORM = defineSignature('uniform', ['shape', 'dtype', 'min', 'max', 'seed', 'name'], { required: 1 });
const NORMAL = defineSignature('normal', ['mean', 'std', 'shape', 'name']);
const RANDPERM = defineSignature('randperm', ['n', 'dtype', 'name'], { required: 1 });

function floatDtype(dtype: unknown, where: string): 'float32' {
  if (dtype !== undefined && dtypeArg(dtype, where) !== 'float32') {
    throw new InvalidArgumentError('dtype', "a float dtype ('float32' or 'float64')", dtype, where);
  }
  return 'float32';
}

function uniformTensor(shape: number[], low: number, high: number, rng: Generator): tf.Tensor {
  return tf.tensor(rng.fillUniform(new Float32Array(tf.util.sizeFromShape(shape)), low, high), shape, 'float32');
}

/**
 * Floats uniform in [0, 1).
 * @example
 * ```ts
 * // Paddle: paddle.rand([2, 3])
 * paddle.seed(1); paddle.rand([2, 3]);
 * ```
 * @category tensor
 */
export function rand(args: DTypeOptions & { shape: ShapeLike }): tf.Tensor;
export function rand(shape: ShapeLike, options?: DTypeOptions): tf.Tensor;
export function rand(shape: ShapeLike, dtype?: DType, name?: string): tf.Tensor;
export function rand(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ shape: ShapeLike; dtype?: DType }>(RAND, args);
  floatDtype(o.dtype, 'rand');
  return uniformTensor(shapeArg(o.shape, 'rand'), 0, 1, defaultGenerator());
}

/**
 * Standard normal floats.
 * @example
 * ```ts
 * // Paddle: paddle.randn([2, 3])
 * paddle.randn([2, 3]);
 * ```
 * @category tensor
 */
export function randn(args: DTypeOptions & { shape: ShapeLike }): tf.Tensor;
export function randn(shape: ShapeLike, options?: DTypeOptions): tf.Tensor;
export function randn(shape: ShapeLike, dtype?: DType, name?: string): tf.Tensor;
export function randn(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ shape: ShapeLike; dtype?: DType }>(RANDN, args);
  floatDtype(o.dtype, 'randn');
  const shape = shapeArg(o.shape, 'randn');
  return tf.tensor(defaultGenerator().fillNormal(new Float32Array(tf.util.sizeFromShape(shape))), shape, 'float32');
}

/** Options of {@link randint}. */
export interface RandintOptions extends DTypeOptions {
  low?: number;
  high?: number;
  shape?: ShapeLike;
}

/**
 * Integers uniform in `[low, high)`; `randint(n)` draws from `[0, n)`. int32 (Paddle's int64).
 * @example
 * ```ts
 * // Paddle: paddle.randint(low=0, high=10, shape=[3, 4])
 * paddle.randint({ low: 0, high: 10, shape: [3, 4] });
 * ```
 * @category tensor
 */
export function randint(args: RandintOptions): tf.Tensor;
export function randint(low: number, high?: number, shape?: ShapeLike, dtype?: DType, name?: string): tf.Tensor;
export function randint(low: number, high: number, options: Omit<RandintOptions, 'low' | 'high'>): tf.Tensor;
export function randint(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<RandintOptions>(RANDINT, args);
  let low = o.low ?? 0;
  let high = o.high;
  if (high === undefined) [low, high] = [0, low];
  if (!Number.isInteger(low) || !Number.isInteger(high) || high <= low) {
    throw new InvalidArgumentError('high', `an integer greater than low (${low})`, high, 'randint');
  }
  const dt = o.dtype === undefined ? 'int32' : dtypeArg(o.dtype, 'randint');
  const shape = shapeArg(o.shape ?? [1], 'randint');
  const rng = defaultGenerator();
  const values = new Int32Array(tf.util.sizeFromShape(shape));
  for (let i = 0; i < values.length; i++) values[i] = rng.randint(low, high);
  return dt === 'int32' ? tf.tensor(values, shape, 'int32') : tf.tensor(Float32Array.from(values), shape, dt);
}

/** Options of {@link uniform}. */
export interface UniformOptions extends DTypeOptions {
  /** @defaultValue -1 */
  min?: number;
  /** @defaultValue 1 */
  max?: number;
  /** Non-zero: draw from a generator of this seed instead of the global one. @defaultValue 0 */
  seed?: number;
}

/**
 * Floats uniform in `[min, max)` (Paddle's defaults: -1 and 1).
 * @example
 * ```ts
 * // Paddle: paddle.uniform([2, 3], min=0.0, max=2.0)
 * paddle.uniform([2, 3], { min: 0, max: 2 });
 * ```
 * @category tensor
 */
export function uniform(args: UniformOptions & { shape: ShapeLike }): tf.Tensor;
export function uniform(shape: ShapeLike, options?: UniformOptions): tf.Tensor;
export function uniform(shape: ShapeLike, dtype?: DType, min?: number, max?: number, seed?: number, name?: string): tf.Tensor;
export function uniform(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<UniformOptions & { shape: ShapeLike }>(UNIFORM, args);
  floatDtype(o.dtype, 'uniform');
  const min = o.min ?? -1;
  const max = o.max ?? 1;
  if (!(max >= min)) throw new InvalidArgumentError('max', `a number not below min (${min})`, max, 'uniform');
  const rng = o.seed ? new Generator(o.seed) : defaultGenerator();
  return uniformTensor(shapeArg(o.shape, 'uniform'), min, max, rng);
}

/** Options of {@link normal}. */
export interface NormalOptions {
  /** @defaultValue 0 */
  mean?: number;
  /** @defaultValue 1 */
  std?: number;
  /** @defaultValue [1] */
  shape?: ShapeLike;
  name?: string;
}

/**
 * Normal floats of mean `mean` and standard deviation `std`.
 * @example
 * ```ts
 * // Paddle: paddle.normal(mean=1.0, std=2.0, shape=[3])
 * paddle.normal({ mean: 1, std: 2, shape: [3] });
 * ```
 * @category tensor
 */
export function normal(args: NormalOptions): tf.Tensor;
export function normal(mean?: number, std?: number, shape?: ShapeLike, name?: string): tf.Tensor;
export function normal(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<NormalOptions>(NORMAL, args);
  const mean = o.mean ?? 0;
  const std = o.std ?? 1;
  if (!(std >= 0)) throw new InvalidArgumentError('std', 'a non-negative number', std, 'normal');
  const shape = shapeArg(o.shape ?? [1], 'normal');
  return tf.tensor(defaultGenerator().fillNormal(new Float32Array(tf.util.sizeFromShape(shape)), mean, std), shape, 'float32');
}

/**
 * A random permutation of `0 … n-1`, int32 (Paddle's int64).
 * @example
 * ```ts
 * // Paddle: paddle.randperm(5)
 * paddle.randperm(5);
 * ```
 * @category tensor
 */
export function randperm(args: DTypeOptions & { n: number }): tf.Tensor;
export function randperm(n: number, options?: DTypeOptions): tf.Tensor;
export function randperm(n: number, dtype?: DType, name?: string): tf.Tensor;
export function randperm(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ n: number; dtype?: DType }>(RANDPERM, args);
  const [n] = shapeArg([o.n], 'randperm', 'n');
  const dt = o.dtype === undefined ? 'int32' : dtypeArg(o.dtype, 'randperm');
  const perm = defaultGenerator().permutation(n);
  return dt === 'int32' ? tf.tensor1d(perm, 'int32') : tf.tensor1d(Float32Array.from(perm), dt);
}
