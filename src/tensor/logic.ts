// Paddle's comparisons and logical functions; every result is a bool tensor.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { defineSignature, resolveArgs } from '../framework/args';
import { binaryOp, unaryOp } from './op-factory';
import { normAxes, tensorArg, type Axis } from './util';
import type { ReduceOptions } from './reduce';

const toBool = (t: tf.Tensor) => (t.dtype === 'bool' ? t : tf.notEqual(t, 0));

/**
 * `x == y` element-wise, broadcasting.
 * @example
 * ```ts
 * // Paddle: paddle.equal(x, y)
 * paddle.equal(x, y);
 * ```
 * @category tensor
 */
export const equal = binaryOp('equal', (x, y) => tf.equal(x, y));

/**
 * `x != y` element-wise.
 * @example
 * ```ts
 * // Paddle: paddle.not_equal(x, y)
 * paddle.notEqual(x, y);
 * ```
 * @category tensor
 */
export const notEqual = binaryOp('notEqual', (x, y) => tf.notEqual(x, y));

/**
 * `x > y` element-wise.
 * @example
 * ```ts
 * // Paddle: paddle.greater_than(x, y)
 * paddle.greaterThan(x, y);
 * ```
 * @category tensor
 */
export const greaterThan = binaryOp('greaterThan', (x, y) => tf.greater(x, y));

/**
 * `x >= y` element-wise.
 * @example
 * ```ts
 * // Paddle: paddle.greater_equal(x, y)
 * paddle.greaterEqual(x, y);
 * ```
 * @category tensor
 */
export const greaterEqual = binaryOp('greaterEqual', (x, y) => tf.greaterEqual(x, y));

/**
 * `x < y` element-wise.
 * @example
 * ```ts
 * // Paddle: paddle.less_than(x, y)
 * paddle.lessThan(x, y);
 * ```
 * @category tensor
 */
export const lessThan = binaryOp('lessThan', (x, y) => tf.less(x, y));

/**
 * `x <= y` element-wise.
 * @example
 * ```ts
 * // Paddle: paddle.less_equal(x, y)
 * paddle.lessEqual(x, y);
 * ```
 * @category tensor
 */
export const lessEqual = binaryOp('lessEqual', (x, y) => tf.lessEqual(x, y));

/**
 * Logical and; non-bool inputs count non-zero as true.
 * @example
 * ```ts
 * // Paddle: paddle.logical_and(x, y)
 * paddle.logicalAnd(x, y);
 * ```
 * @category tensor
 */
export const logicalAnd = binaryOp('logicalAnd', (x, y) => tf.logicalAnd(toBool(x), toBool(y)), false);

/**
 * Logical or; non-bool inputs count non-zero as true.
 * @example
 * ```ts
 * // Paddle: paddle.logical_or(x, y)
 * paddle.logicalOr(x, y);
 * ```
 * @category tensor
 */
export const logicalOr = binaryOp('logicalOr', (x, y) => tf.logicalOr(toBool(x), toBool(y)), false);

/**
 * Logical not; non-bool inputs count non-zero as true.
 * @example
 * ```ts
 * // Paddle: paddle.logical_not(x)
 * paddle.logicalNot(x);
 * ```
 * @category tensor
 */
export const logicalNot = unaryOp('logicalNot', (x) => tf.logicalNot(toBool(x)));

/**
 * True where `x` is NaN.
 * @example
 * ```ts
 * // Paddle: paddle.isnan(x)
 * paddle.isnan(x);
 * ```
 * @category tensor
 */
export const isnan = unaryOp('isnan', (x) => (x.dtype === 'float32' ? tf.isNaN(x) : tf.cast(tf.zerosLike(x), 'bool')));

/**
 * True where `x` is ±Infinity.
 * @example
 * ```ts
 * // Paddle: paddle.isinf(x)
 * paddle.isinf(x);
 * ```
 * @category tensor
 */
export const isinf = unaryOp('isinf', (x) => (x.dtype === 'float32' ? tf.isInf(x) : tf.cast(tf.zerosLike(x), 'bool')));

const ALLCLOSE = defineSignature('allclose', ['x', 'y', 'rtol', 'atol', 'equalNan', 'name'], { required: 2 });

/** Options of {@link allclose}. */
export interface AllcloseOptions {
  /** @defaultValue 1e-5 */
  rtol?: number;
  /** @defaultValue 1e-8 */
  atol?: number;
  /** NaNs in the same places count as equal. @defaultValue false */
  equalNan?: boolean;
  name?: string;
}

/**
 * A bool scalar: `|x - y| <= atol + rtol * |y|` everywhere (broadcasting).
 * @example
 * ```ts
 * // Paddle: paddle.allclose(x, y, rtol=1e-05, atol=1e-08, equal_nan=True)
 * paddle.allclose(x, y, { equalNan: true });
 * ```
 * @category tensor
 */
export function allclose(args: AllcloseOptions & { x: tf.Tensor; y: tf.Tensor }): tf.Tensor;
export function allclose(x: tf.Tensor, y: tf.Tensor, options?: AllcloseOptions): tf.Tensor;
export function allclose(x: tf.Tensor, y: tf.Tensor, rtol?: number, atol?: number, equalNan?: boolean, name?: string): tf.Tensor;
export function allclose(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<AllcloseOptions & { x: unknown; y: unknown }>(ALLCLOSE, args);
  const x = tensorArg(o.x, 'x', 'allclose');
  const y = tensorArg(o.y, 'y', 'allclose');
  for (const k of ['rtol', 'atol'] as const) {
    if (o[k] !== undefined && !(typeof o[k] === 'number' && o[k] >= 0)) throw new InvalidArgumentError(k, 'a non-negative number', o[k], 'allclose');
  }
  return tf.tidy(() => {
    const a = tf.cast(x, 'float32');
    const b = tf.cast(y, 'float32');
    const tol = tf.add(o.atol ?? 1e-8, tf.mul(o.rtol ?? 1e-5, tf.abs(b)));
    let ok = tf.logicalOr(tf.equal(a, b), tf.lessEqual(tf.abs(tf.sub(a, b)), tol));
    if (o.equalNan) ok = tf.logicalOr(ok, tf.logicalAnd(tf.isNaN(a), tf.isNaN(b)));
    return tf.all(ok);
  });
}

/** The call forms of {@link any} and {@link all}. */
export interface BoolReduceFn {
  (args: ReduceOptions & { x: tf.Tensor }): tf.Tensor;
  (x: tf.Tensor, options?: ReduceOptions): tf.Tensor;
  (x: tf.Tensor, axis?: Axis, keepdim?: boolean, name?: string): tf.Tensor;
}

function boolReduce(where: string, op: (x: tf.Tensor, axes: number[], keepdim: boolean) => tf.Tensor): BoolReduceFn {
  const sig = defineSignature(where, ['x', 'axis', 'keepdim', 'name'], { required: 1 });
  return ((...args: unknown[]) => {
    const o = resolveArgs<ReduceOptions & { x: unknown }>(sig, args);
    const x = tensorArg(o.x, 'x', where);
    const axes = normAxes(Array.isArray(o.axis) && o.axis.length === 0 ? undefined : o.axis, x.rank, where);
    return tf.tidy(() => op(toBool(x), axes, o.keepdim ?? false));
  }) as BoolReduceFn;
}

/**
 * True where any element along `axis` (all axes by default) is true.
 * @example
 * ```ts
 * // Paddle: paddle.any(x, axis=1)
 * paddle.any(x, 1);
 * ```
 * @category tensor
 */
export const any = boolReduce('any', (x, axes, keepdim) => tf.any(x, axes, keepdim));

/**
 * True where every element along `axis` (all axes by default) is true.
 * @example
 * ```ts
 * // Paddle: paddle.all(x, axis=-1, keepdim=True)
 * paddle.all(x, { axis: -1, keepdim: true });
 * ```
 * @category tensor
 */
export const all = boolReduce('all', (x, axes, keepdim) => tf.all(x, axes, keepdim));
