// Paddle's reductions: sum, mean, max, min, prod, std, var, argmax, argmin, cumsum.
import * as tf from '@tensorflow/tfjs-core';
import { defineSignature, resolveArgs } from '../framework/args';
import { asFloat, dtypeArg, normAxes, normAxis, tensorArg, type Axis, type DType } from './util';

/** Options of the reductions: the axes (all when omitted, or `[]`) and whether to keep them. */
export interface ReduceOptions {
  /** Axis or axes to reduce, negative from the end. @defaultValue all axes */
  axis?: Axis;
  /** Keep reduced axes with size 1. @defaultValue false */
  keepdim?: boolean;
  name?: string;
}

/** A Paddle reduction `f(x, axis?, keepdim?, name?)`, `f(x, { axis, keepdim })` or `f({ x, … })`. */
export interface ReduceFn<O extends ReduceOptions = ReduceOptions> {
  (args: O & { x: tf.Tensor }): tf.Tensor;
  (x: tf.Tensor, options?: O): tf.Tensor;
  (x: tf.Tensor, axis?: Axis, keepdim?: boolean, name?: string): tf.Tensor;
}

type Reducer = (x: tf.Tensor, axes: number[], keepdim: boolean, o: Record<string, unknown>) => tf.Tensor;

function reduction<O extends ReduceOptions>(where: string, params: string[], run: Reducer): ReduceFn<O> {
  const sig = defineSignature(where, ['x', ...params, 'name'], { required: 1 });
  return ((...args: unknown[]) => {
    const o = resolveArgs<Record<string, unknown>>(sig, args);
    const x = tensorArg(o.x, 'x', where);
    const axisGiven = Array.isArray(o.axis) && o.axis.length === 0 ? undefined : o.axis;
    const axes = normAxes(axisGiven, x.rank, where);
    return tf.tidy(() => run(x, axes, (o.keepdim as boolean | undefined) ?? false, o));
  }) as ReduceFn<O>;
}

const withDtype = (x: tf.Tensor, dtype: unknown, where: string) => (dtype === undefined ? x : tf.cast(x, dtypeArg(dtype, where)));
const boolSafe = (x: tf.Tensor, f: (t: tf.Tensor) => tf.Tensor) => (x.dtype === 'bool' ? tf.cast(f(tf.cast(x, 'int32')), 'bool') : f(x));

/**
 * Sum over `axis` (all axes by default); bool sums as int32.
 * @example
 * ```ts
 * // Paddle: paddle.sum(x, axis=-1, keepdim=True)
 * paddle.sum(x, -1, true);   paddle.sum(x, { axis: -1, keepdim: true });
 * ```
 * @category tensor
 */
export const sum = reduction<ReduceOptions & { dtype?: DType }>('sum', ['axis', 'dtype', 'keepdim'], (x, axes, keepdim, o) =>
  tf.sum(withDtype(x, o.dtype, 'sum'), axes, keepdim),
) as unknown as {
  (args: ReduceOptions & { x: tf.Tensor; dtype?: DType }): tf.Tensor;
  (x: tf.Tensor, options?: ReduceOptions & { dtype?: DType }): tf.Tensor;
  (x: tf.Tensor, axis?: Axis, dtype?: DType, keepdim?: boolean, name?: string): tf.Tensor;
};

/**
 * Mean over `axis` (all axes by default), float32.
 * @example
 * ```ts
 * // Paddle: paddle.mean(x, axis=1, keepdim=True)
 * paddle.mean(x, 1, true);   paddle.mean(x, { axis: 1, keepdim: true });
 * ```
 * @category tensor
 */
export const mean = reduction('mean', ['axis', 'keepdim'], (x, axes, keepdim) => tf.mean(asFloat(x), axes, keepdim));

/**
 * Maximum over `axis` (all axes by default).
 * @example
 * ```ts
 * // Paddle: paddle.max(x, axis=[0, -1])
 * paddle.max(x, [0, -1]);
 * ```
 * @category tensor
 */
export const max = reduction('max', ['axis', 'keepdim'], (x, axes, keepdim) => boolSafe(x, (t) => tf.max(t, axes, keepdim)));

/**
 * Minimum over `axis` (all axes by default).
 * @example
 * ```ts
 * // Paddle: paddle.min(x, axis=0)
 * paddle.min(x, 0);
 * ```
 * @category tensor
 */
export const min = reduction('min', ['axis', 'keepdim'], (x, axes, keepdim) => boolSafe(x, (t) => tf.min(t, axes, keepdim)));

/**
 * Product over `axis` (all axes by default).
 * @example
 * ```ts
 * // Paddle: paddle.prod(x, axis=1, keepdim=False, dtype='float32')
 * paddle.prod(x, { axis: 1, dtype: 'float32' });
 * ```
 * @category tensor
 */
export const prod = reduction<ReduceOptions & { dtype?: DType }>('prod', ['axis', 'keepdim', 'dtype'], (x, axes, keepdim, o) =>
  tf.prod(withDtype(x, o.dtype, 'prod'), axes, keepdim),
);

/** Options of {@link std} and `var`. */
export interface StdOptions extends ReduceOptions {
  /** Divide by `n - 1` (Bessel's correction) rather than `n`. @defaultValue true */
  unbiased?: boolean;
}

function varianceOf(x: tf.Tensor, axes: number[], keepdim: boolean, unbiased: boolean): tf.Tensor {
  const xf = asFloat(x);
  const n = axes.reduce((p, a) => p * x.shape[a], 1);
  const centered = tf.sub(xf, tf.mean(xf, axes, true));
  return tf.div(tf.sum(tf.square(centered), axes, keepdim), unbiased ? n - 1 : n);
}

/**
 * Variance over `axis`, unbiased by default. Exported as `paddle.var` (`var` is reserved in JS).
 * @example
 * ```ts
 * // Paddle: paddle.var(x, axis=1, unbiased=False)
 * paddle.var(x, { axis: 1, unbiased: false });
 * ```
 * @category tensor
 */
export const variance = reduction<StdOptions>('var', ['axis', 'unbiased', 'keepdim'], (x, axes, keepdim, o) =>
  varianceOf(x, axes, keepdim, (o.unbiased as boolean | undefined) ?? true),
) as unknown as StatFn;

/**
 * Standard deviation over `axis`, unbiased by default.
 * @example
 * ```ts
 * // Paddle: paddle.std(x, axis=-1, keepdim=True)
 * paddle.std(x, { axis: -1, keepdim: true });
 * ```
 * @category tensor
 */
export const std = reduction<StdOptions>('std', ['axis', 'unbiased', 'keepdim'], (x, axes, keepdim, o) =>
  tf.sqrt(varianceOf(x, axes, keepdim, (o.unbiased as boolean | undefined) ?? true)),
) as unknown as StatFn;

/** The call forms of {@link std} and `var`. */
export interface StatFn {
  (args: StdOptions & { x: tf.Tensor }): tf.Tensor;
  (x: tf.Tensor, options?: StdOptions): tf.Tensor;
  (x: tf.Tensor, axis?: Axis, unbiased?: boolean, keepdim?: boolean, name?: string): tf.Tensor;
}

/** Options of {@link argmax} and {@link argmin}. */
export interface ArgOptions {
  /** The axis; the flattened tensor when omitted. */
  axis?: number;
  /** @defaultValue false */
  keepdim?: boolean;
  /** Paddle's `'int64'` (the default) and `'int32'` both give int32. */
  dtype?: DType;
  name?: string;
}

/** The call forms of {@link argmax} and {@link argmin}. */
export interface ArgFn {
  (args: ArgOptions & { x: tf.Tensor }): tf.Tensor;
  (x: tf.Tensor, options?: ArgOptions): tf.Tensor;
  (x: tf.Tensor, axis?: number, keepdim?: boolean, dtype?: DType, name?: string): tf.Tensor;
}

function argReduce(where: string, op: (x: tf.Tensor, axis: number) => tf.Tensor): ArgFn {
  const sig = defineSignature(where, ['x', 'axis', 'keepdim', 'dtype', 'name'], { required: 1 });
  return ((...args: unknown[]) => {
    const o = resolveArgs<ArgOptions & { x: unknown }>(sig, args);
    const x = tensorArg(o.x, 'x', where);
    if (o.dtype !== undefined) dtypeArg(o.dtype, where);
    const keepdim = o.keepdim ?? false;
    return tf.tidy(() => {
      const xi = x.dtype === 'bool' ? tf.cast(x, 'int32') : x;
      if (o.axis === undefined || o.axis === null) {
        const r = op(tf.reshape(xi, [-1]), 0);
        return keepdim ? tf.reshape(r, x.shape.map(() => 1)) : r;
      }
      const axis = normAxis(o.axis, x.rank, where);
      const r = op(x.rank === 0 ? tf.reshape(xi, [1]) : xi, axis);
      return keepdim ? tf.expandDims(r, axis) : r;
    });
  }) as ArgFn;
}

/**
 * Index of the largest value along `axis` (of the flattened tensor by default); int32.
 * @example
 * ```ts
 * // Paddle: paddle.argmax(logits, axis=-1)
 * paddle.argmax(logits, -1);
 * ```
 * @category tensor
 */
export const argmax = argReduce('argmax', (x, axis) => tf.argMax(x, axis));

/**
 * Index of the smallest value along `axis` (of the flattened tensor by default); int32.
 * @example
 * ```ts
 * // Paddle: paddle.argmin(x, axis=0, keepdim=True)
 * paddle.argmin(x, { axis: 0, keepdim: true });
 * ```
 * @category tensor
 */
export const argmin = argReduce('argmin', (x, axis) => tf.argMin(x, axis));

const CUMSUM = defineSignature('cumsum', ['x', 'axis', 'dtype', 'name'], { required: 1 });

/**
 * Cumulative sum along `axis` (of the flattened tensor by default).
 * @example
 * ```ts
 * // Paddle: paddle.cumsum(x, axis=-1)
 * paddle.cumsum(x, -1);
 * ```
 * @category tensor
 */
export function cumsum(args: { x: tf.Tensor; axis?: number; dtype?: DType; name?: string }): tf.Tensor;
export function cumsum(x: tf.Tensor, options?: { axis?: number; dtype?: DType; name?: string }): tf.Tensor;
export function cumsum(x: tf.Tensor, axis?: number, dtype?: DType, name?: string): tf.Tensor;
export function cumsum(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ x: unknown; axis?: number; dtype?: DType }>(CUMSUM, args);
  const x = tensorArg(o.x, 'x', 'cumsum');
  return tf.tidy(() => {
    let t = withDtype(x, o.dtype, 'cumsum');
    if (t.dtype === 'bool') t = tf.cast(t, 'int32');
    if (o.axis === undefined || o.axis === null) return tf.cumsum(tf.reshape(t, [-1]), 0);
    if (x.rank === 0) return tf.reshape(t, [1]);
    return tf.cumsum(t, normAxis(o.axis, x.rank, 'cumsum'));
  });
}
