// Paddle's element-wise math: arithmetic with broadcasting and promotion, and unary functions.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { defineSignature, resolveArgs } from '../framework/args';
import { binaryOp, unaryOp } from './op-factory';
import { asFloat, tensorArg } from './util';

const isInt = (x: tf.Tensor) => x.dtype === 'int32' || x.dtype === 'bool';

/**
 * `x + y`, broadcasting; int32 with float32 gives float32.
 * @example
 * ```ts
 * // Paddle: paddle.add(x, y)
 * paddle.add(x, y);
 * ```
 * @category tensor
 */
export const add = binaryOp('add', (x, y) => tf.add(x, y));

/**
 * `x - y`, broadcasting.
 * @example
 * ```ts
 * // Paddle: paddle.subtract(x, y)
 * paddle.subtract(x, y);
 * ```
 * @category tensor
 */
export const subtract = binaryOp('subtract', (x, y) => tf.sub(x, y));

/**
 * `x * y`, broadcasting.
 * @example
 * ```ts
 * // Paddle: paddle.multiply(x, y)
 * paddle.multiply(x, y);
 * ```
 * @category tensor
 */
export const multiply = binaryOp('multiply', (x, y) => tf.mul(x, y));

/**
 * True division `x / y`, broadcasting; always float32 (tfjs's `div` floors int32 operands).
 * @example
 * ```ts
 * // Paddle: paddle.divide(x, y)
 * paddle.divide(x, y);
 * ```
 * @category tensor
 */
export const divide = binaryOp('divide', (x, y) => tf.div(asFloat(x), asFloat(y)));

/**
 * `x ** y`, broadcasting; int32 to an int32 power stays int32.
 * @example
 * ```ts
 * // Paddle: paddle.pow(x, 2)
 * paddle.pow(x, 2);
 * ```
 * @category tensor
 */
export const pow = binaryOp('pow', (x, y) => tf.pow(x, y));

/**
 * Element-wise maximum, broadcasting.
 * @example
 * ```ts
 * // Paddle: paddle.maximum(x, y)
 * paddle.maximum(x, y);
 * ```
 * @category tensor
 */
export const maximum = binaryOp('maximum', (x, y) => tf.maximum(x, y));

/**
 * Element-wise minimum, broadcasting.
 * @example
 * ```ts
 * // Paddle: paddle.minimum(x, y)
 * paddle.minimum(x, y);
 * ```
 * @category tensor
 */
export const minimum = binaryOp('minimum', (x, y) => tf.minimum(x, y));

/**
 * `e ** x` (float32).
 * @example
 * ```ts
 * // Paddle: paddle.exp(x)
 * paddle.exp(x);
 * ```
 * @category tensor
 */
export const exp = unaryOp('exp', (x) => tf.exp(asFloat(x)));

/**
 * Natural logarithm (float32).
 * @example
 * ```ts
 * // Paddle: paddle.log(x)
 * paddle.log(x);
 * ```
 * @category tensor
 */
export const log = unaryOp('log', (x) => tf.log(asFloat(x)));

/**
 * Square root (float32).
 * @example
 * ```ts
 * // Paddle: paddle.sqrt(x)
 * paddle.sqrt(x);
 * ```
 * @category tensor
 */
export const sqrt = unaryOp('sqrt', (x) => tf.sqrt(asFloat(x)));

/**
 * Absolute value, same dtype.
 * @example
 * ```ts
 * // Paddle: paddle.abs(x)
 * paddle.abs(x);
 * ```
 * @category tensor
 */
export const abs = unaryOp('abs', (x) => (x.dtype === 'bool' ? tf.clone(x) : tf.abs(x)));

/**
 * Rounds half away from zero, as Paddle does (`round(-0.5) = -1`, `round(2.5) = 3`; numpy and tfjs
 * round half to even).
 * @example
 * ```ts
 * // Paddle: paddle.round(x)
 * paddle.round(x);
 * ```
 * @category tensor
 */
export const round = unaryOp('round', (x) => (isInt(x) ? tf.clone(x) : tf.mul(tf.sign(x), tf.floor(tf.add(tf.abs(x), 0.5)))));

/**
 * Rounds down.
 * @example
 * ```ts
 * // Paddle: paddle.floor(x)
 * paddle.floor(x);
 * ```
 * @category tensor
 */
export const floor = unaryOp('floor', (x) => (isInt(x) ? tf.clone(x) : tf.floor(x)));

/**
 * -1, 0 or 1 by the sign of each element, same dtype.
 * @example
 * ```ts
 * // Paddle: paddle.sign(x)
 * paddle.sign(x);
 * ```
 * @category tensor
 */
export const sign = unaryOp('sign', (x) => (x.dtype === 'bool' ? tf.clone(x) : tf.cast(tf.sign(asFloat(x)), x.dtype)));

const CLIP = defineSignature('clip', ['x', 'min', 'max', 'name'], { required: 1 });

/** Options of {@link clip}. */
export interface ClipOptions {
  /** Lower bound; none when omitted. */
  min?: number;
  /** Upper bound; none when omitted. */
  max?: number;
  name?: string;
}

/**
 * Limits values to `[min, max]` (either bound may be left out); keeps `x`'s dtype.
 * @example
 * ```ts
 * // Paddle: paddle.clip(x, min=0.0, max=1.0)
 * paddle.clip(x, { min: 0, max: 1 });
 * ```
 * @category tensor
 */
export function clip(args: ClipOptions & { x: tf.Tensor }): tf.Tensor;
export function clip(x: tf.Tensor, options?: ClipOptions): tf.Tensor;
export function clip(x: tf.Tensor, min?: number, max?: number, name?: string): tf.Tensor;
export function clip(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<ClipOptions & { x: unknown }>(CLIP, args);
  const x = tensorArg(o.x, 'x', 'clip');
  for (const k of ['min', 'max'] as const) {
    if (o[k] !== undefined && typeof o[k] !== 'number') throw new InvalidArgumentError(k, 'a number', o[k], 'clip');
  }
  if (o.min !== undefined && o.max !== undefined && o.min > o.max) {
    throw new InvalidArgumentError('max', `a number not below min (${o.min})`, o.max, 'clip');
  }
  return tf.tidy(() => {
    let y = x;
    if (o.min !== undefined) y = tf.maximum(y, tf.scalar(o.min, x.dtype));
    if (o.max !== undefined) y = tf.minimum(y, tf.scalar(o.max, x.dtype));
    return y === x ? tf.clone(x) : y;
  });
}

const MATMUL = defineSignature('matmul', ['x', 'y', 'transposeX', 'transposeY', 'name'], { required: 2 });

/** Options of {@link matmul}. */
export interface MatmulOptions {
  /** Transpose the last two axes of `x` first. @defaultValue false */
  transposeX?: boolean;
  /** Transpose the last two axes of `y` first. @defaultValue false */
  transposeY?: boolean;
  name?: string;
}

/**
 * Matrix product with numpy's rules: batch axes broadcast, a 1-D `x` is a row vector and a 1-D
 * `y` a column vector (their added axis removed from the result).
 * @example
 * ```ts
 * // Paddle: paddle.matmul(x, y, transpose_y=True)
 * paddle.matmul(x, y, { transposeY: true });
 * ```
 * @category tensor
 */
export function matmul(args: MatmulOptions & { x: tf.Tensor; y: tf.Tensor }): tf.Tensor;
export function matmul(x: tf.Tensor, y: tf.Tensor, options?: MatmulOptions): tf.Tensor;
export function matmul(x: tf.Tensor, y: tf.Tensor, transposeX?: boolean, transposeY?: boolean, name?: string): tf.Tensor;
export function matmul(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<MatmulOptions & { x: unknown; y: unknown }>(MATMUL, args);
  const x = tensorArg(o.x, 'x', 'matmul');
  const y = tensorArg(o.y, 'y', 'matmul');
  if (x.rank === 0 || y.rank === 0) throw new InvalidArgumentError(x.rank === 0 ? 'x' : 'y', 'a tensor of rank 1 or more', x.rank === 0 ? x : y, 'matmul');
  return tf.tidy(() => {
    const a = x.rank === 1 ? tf.reshape(x, [1, x.shape[0]]) : x;
    const b = y.rank === 1 ? tf.reshape(y, [y.shape[0], 1]) : y;
    const ta = x.rank > 1 && (o.transposeX ?? false);
    const tb = y.rank > 1 && (o.transposeY ?? false);
    const k1 = a.shape[ta ? a.rank - 2 : a.rank - 1];
    const k2 = b.shape[tb ? b.rank - 1 : b.rank - 2];
    if (k1 !== k2) throw new InvalidArgumentError('y', `a matrix with ${k1} rows to multiply x of shape [${x.shape}]`, y, 'matmul');
    let out: tf.Tensor = a.rank === 2 && b.rank === 2 ? tf.matMul(a, b, ta, tb) : batchMatMul(a, b, ta, tb);
    if (x.rank === 1) out = tf.squeeze(out, [out.rank - 2]);
    if (y.rank === 1) out = tf.squeeze(out, [out.rank - 1]);
    return out;
  });
}

/** Batched matMul with numpy's batch broadcasting (tfjs's matMul mixes up batches of unequal rank). */
function batchMatMul(a: tf.Tensor, b: tf.Tensor, ta: boolean, tb: boolean): tf.Tensor {
  const batch = tf.broadcast_util.assertAndGetBroadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2));
  const grow = (t: tf.Tensor) => tf.broadcastTo(t, [...batch, ...t.shape.slice(-2)]);
  const flat = (t: tf.Tensor) => tf.reshape(t, [-1, ...t.shape.slice(-2)]);
  const out = tf.matMul(flat(grow(a)), flat(grow(b)), ta, tb);
  return tf.reshape(out, [...batch, ...out.shape.slice(-2)]);
}
