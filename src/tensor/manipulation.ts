// Paddle's shape functions: reshape, flatten, transpose, squeeze, unsqueeze, tile, expand,
// expandAs, flip, roll, cast. (Joining and splitting: join.ts; indexing: indexing.ts.)
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../errors';
import { defineSignature, resolveArgs } from '../framework/args';
import { dtypeArg, normAxes, normAxis, shapeArg, tensorArg, type Axis, type DType } from './util';

function sig2<T>(where: string, params: string[], required: number) {
  const sig = defineSignature(where, params, { required });
  return (args: unknown[]) => {
    const o = resolveArgs<T & { x: unknown }>(sig, args);
    return { ...o, x: tensorArg(o.x, 'x', where) };
  };
}

const RESHAPE = sig2<{ shape: number[] }>('reshape', ['x', 'shape', 'name'], 2);
/**
 * `x` with a new shape: `-1` is inferred, `0` copies `x`'s size on that axis (Paddle's rule).
 * @example
 * ```ts
 * // Paddle: paddle.reshape(x, [0, -1])
 * paddle.reshape(x, [0, -1]);
 * ```
 * @category tensor
 */
export function reshape(args: { x: tf.Tensor; shape: readonly number[]; name?: string }): tf.Tensor;
export function reshape(x: tf.Tensor, shape: readonly number[], name?: string): tf.Tensor;
export function reshape(...args: unknown[]): tf.Tensor {
  const { x, shape } = RESHAPE(args);
  const s = shapeArg(shape, 'reshape', 'shape', true).map((d, i) => (d === 0 && i < x.rank ? x.shape[i] : d));
  const known = s.filter((d) => d !== -1).reduce((p, d) => p * d, 1);
  const size = x.size;
  if (s.filter((d) => d === -1).length > 1 || (s.includes(-1) ? known === 0 || size % known !== 0 : known !== size)) {
    throw new ShapeMismatchError('reshape', s, x.shape, `a shape of ${size} elements like`);
  }
  return tf.reshape(x, s);
}

const FLATTEN = sig2<{ startAxis?: number; stopAxis?: number }>('flatten', ['x', 'startAxis', 'stopAxis', 'name'], 1);
/**
 * Merges axes `startAxis … stopAxis` into one.
 * @example
 * ```ts
 * // Paddle: paddle.flatten(x, start_axis=1)
 * paddle.flatten(x, { startAxis: 1 });
 * ```
 * @category tensor
 */
export function flatten(args: { x: tf.Tensor; startAxis?: number; stopAxis?: number; name?: string }): tf.Tensor;
export function flatten(x: tf.Tensor, options?: { startAxis?: number; stopAxis?: number; name?: string }): tf.Tensor;
export function flatten(x: tf.Tensor, startAxis?: number, stopAxis?: number, name?: string): tf.Tensor;
export function flatten(...args: unknown[]): tf.Tensor {
  const { x, startAxis = 0, stopAxis = -1 } = FLATTEN(args);
  if (x.rank === 0) return tf.reshape(x, [1]);
  const a = normAxis(startAxis, x.rank, 'flatten', 'startAxis');
  const b = normAxis(stopAxis, x.rank, 'flatten', 'stopAxis');
  if (a > b) throw new InvalidArgumentError('stopAxis', `an axis not before startAxis (${startAxis})`, stopAxis, 'flatten');
  return tf.reshape(x, [...x.shape.slice(0, a), x.shape.slice(a, b + 1).reduce((p, d) => p * d, 1), ...x.shape.slice(b + 1)]);
}

const TRANSPOSE = sig2<{ perm: number[] }>('transpose', ['x', 'perm', 'name'], 2);
/**
 * Permutes the axes: output axis `i` is input axis `perm[i]`.
 * @example
 * ```ts
 * // Paddle: paddle.transpose(x, perm=[0, 2, 1])
 * paddle.transpose(x, [0, 2, 1]);
 * ```
 * @category tensor
 */
export function transpose(args: { x: tf.Tensor; perm: readonly number[]; name?: string }): tf.Tensor;
export function transpose(x: tf.Tensor, perm: readonly number[], name?: string): tf.Tensor;
export function transpose(...args: unknown[]): tf.Tensor {
  const { x, perm } = TRANSPOSE(args);
  const p = Array.isArray(perm) ? perm.map((a) => normAxis(a, x.rank, 'transpose', 'perm')) : [];
  if (p.length !== x.rank || new Set(p).size !== p.length) throw new InvalidArgumentError('perm', `a permutation of ${x.rank} axes`, perm, 'transpose');
  return tf.transpose(x, p);
}

const SQUEEZE = sig2<{ axis?: Axis }>('squeeze', ['x', 'axis', 'name'], 1);
/**
 * Removes axes of size 1: all of them, or those in `axis` (others listed there are left, as in Paddle).
 * @example
 * ```ts
 * // Paddle: paddle.squeeze(x, axis=[0, -1])
 * paddle.squeeze(x, [0, -1]);
 * ```
 * @category tensor
 */
export function squeeze(args: { x: tf.Tensor; axis?: Axis; name?: string }): tf.Tensor;
export function squeeze(x: tf.Tensor, axis?: Axis, name?: string): tf.Tensor;
export function squeeze(...args: unknown[]): tf.Tensor {
  const { x, axis } = SQUEEZE(args);
  const axes = new Set(normAxes(axis, x.rank, 'squeeze'));
  return tf.reshape(x, x.shape.filter((d, i) => !(d === 1 && axes.has(i))));
}

const UNSQUEEZE = sig2<{ axis: Axis }>('unsqueeze', ['x', 'axis', 'name'], 2);
/**
 * Inserts axes of size 1 at `axis` (a list is inserted one after another, as in Paddle).
 * @example
 * ```ts
 * // Paddle: paddle.unsqueeze(x, axis=[0, 2])
 * paddle.unsqueeze(x, [0, 2]);
 * ```
 * @category tensor
 */
export function unsqueeze(args: { x: tf.Tensor; axis: Axis; name?: string }): tf.Tensor;
export function unsqueeze(x: tf.Tensor, axis: Axis, name?: string): tf.Tensor;
export function unsqueeze(...args: unknown[]): tf.Tensor {
  const { x, axis } = UNSQUEEZE(args);
  const shape = [...x.shape];
  for (const a of Array.isArray(axis) ? axis : [axis]) shape.splice(normAxis(a, shape.length + 1, 'unsqueeze'), 0, 1);
  return tf.reshape(x, shape);
}

const TILE = sig2<{ repeatTimes: number[] }>('tile', ['x', 'repeatTimes', 'name'], 2);
/**
 * Repeats `x` `repeatTimes[i]` times along each axis (a longer list adds leading axes).
 * @example
 * ```ts
 * // Paddle: paddle.tile(x, repeat_times=[2, 1])
 * paddle.tile(x, [2, 1]);
 * ```
 * @category tensor
 */
export function tile(args: { x: tf.Tensor; repeatTimes: readonly number[]; name?: string }): tf.Tensor;
export function tile(x: tf.Tensor, repeatTimes: readonly number[], name?: string): tf.Tensor;
export function tile(...args: unknown[]): tf.Tensor {
  const { x, repeatTimes } = TILE(args);
  const reps = shapeArg(repeatTimes, 'tile', 'repeatTimes');
  const rank = Math.max(x.rank, reps.length);
  return tf.tidy(() => {
    const xs = tf.reshape(x, [...Array(rank - x.rank).fill(1), ...x.shape]);
    const full = [...Array(rank - reps.length).fill(1), ...reps];
    return xs.dtype === 'bool' ? tf.cast(tf.tile(tf.cast(xs, 'int32'), full), 'bool') : tf.tile(xs, full);
  });
}

const EXPAND = sig2<{ shape: number[] }>('expand', ['x', 'shape', 'name'], 2);
/**
 * Broadcasts `x` to `shape`; `-1` keeps `x`'s size on that axis.
 * @example
 * ```ts
 * // Paddle: paddle.expand(x, shape=[2, -1])
 * paddle.expand(x, [2, -1]);
 * ```
 * @category tensor
 */
export function expand(args: { x: tf.Tensor; shape: readonly number[]; name?: string }): tf.Tensor;
export function expand(x: tf.Tensor, shape: readonly number[], name?: string): tf.Tensor;
export function expand(...args: unknown[]): tf.Tensor {
  const { x, shape } = EXPAND(args);
  return broadcastTo(x, shapeArg(shape, 'expand', 'shape', true), 'expand');
}

const EXPAND_AS = sig2<{ y: tf.Tensor }>('expandAs', ['x', 'y', 'name'], 2);
/**
 * Broadcasts `x` to `y`'s shape.
 * @example
 * ```ts
 * // Paddle: paddle.expand_as(x, y)
 * paddle.expandAs(x, y);
 * ```
 * @category tensor
 */
export function expandAs(args: { x: tf.Tensor; y: tf.Tensor; name?: string }): tf.Tensor;
export function expandAs(x: tf.Tensor, y: tf.Tensor, name?: string): tf.Tensor;
export function expandAs(...args: unknown[]): tf.Tensor {
  const { x, y } = EXPAND_AS(args);
  return broadcastTo(x, tensorArg(y, 'y', 'expandAs').shape, 'expandAs');
}

/** `x` broadcast to `shape` (`-1` keeps a size), with a typed error where it cannot be. */
export function broadcastTo(x: tf.Tensor, shape: readonly number[], where: string): tf.Tensor {
  const lead = shape.length - x.rank;
  const target = shape.map((d, i) => (d === -1 && i >= lead ? x.shape[i - lead] : d));
  const ok = lead >= 0 && target.every((d) => d >= 0) && x.shape.every((d, i) => d === 1 || d === target[i + lead]);
  if (!ok) throw new ShapeMismatchError(where, target, x.shape, 'an input broadcastable to');
  return tf.tidy(() => {
    if (x.dtype !== 'bool') return tf.broadcastTo(x, target);
    return tf.cast(tf.broadcastTo(tf.cast(x, 'int32'), target), 'bool');
  });
}

const FLIP = sig2<{ axis: Axis }>('flip', ['x', 'axis', 'name'], 2);
/**
 * Reverses `x` along `axis` (one or a list).
 * @example
 * ```ts
 * // Paddle: paddle.flip(x, axis=[0, 1])
 * paddle.flip(x, [0, 1]);
 * ```
 * @category tensor
 */
export function flip(args: { x: tf.Tensor; axis: Axis; name?: string }): tf.Tensor;
export function flip(x: tf.Tensor, axis: Axis, name?: string): tf.Tensor;
export function flip(...args: unknown[]): tf.Tensor {
  const { x, axis } = FLIP(args);
  const axes = normAxes(axis, x.rank, 'flip');
  return tf.tidy(() => (x.dtype === 'bool' ? tf.cast(tf.reverse(tf.cast(x, 'int32'), axes), 'bool') : tf.reverse(x, axes)));
}

const ROLL = sig2<{ shifts: number | number[]; axis?: Axis }>('roll', ['x', 'shifts', 'axis', 'name'], 2);
/**
 * Shifts elements along `axis` cyclically (of the flattened tensor when `axis` is omitted).
 * @example
 * ```ts
 * // Paddle: paddle.roll(x, shifts=1, axis=0)
 * paddle.roll(x, 1, 0);
 * ```
 * @category tensor
 */
export function roll(args: { x: tf.Tensor; shifts: number | readonly number[]; axis?: Axis; name?: string }): tf.Tensor;
export function roll(x: tf.Tensor, shifts: number | readonly number[], axis?: Axis, name?: string): tf.Tensor;
export function roll(...args: unknown[]): tf.Tensor {
  const { x, shifts, axis } = ROLL(args);
  const shiftList = Array.isArray(shifts) ? shifts : [shifts];
  const axisList = axis === undefined || axis === null ? null : Array.isArray(axis) ? axis : [axis];
  if (!shiftList.every(Number.isInteger) || (axisList ? axisList.length : 1) !== shiftList.length) {
    throw new InvalidArgumentError('shifts', `${axisList ? axisList.length : 1} integer shift(s), one per axis`, shifts, 'roll');
  }
  return tf.tidy(() => {
    let t = axisList ? x : tf.reshape(x, [-1]);
    const axes = axisList ? axisList.map((a) => normAxis(a, x.rank, 'roll')) : [0];
    axes.forEach((a, i) => {
      const n = t.shape[a];
      const s = n === 0 ? 0 : (((shiftList[i] as number) % n) + n) % n;
      if (s === 0) return;
      const parts = tf.split(t, [n - s, s], a);
      t = tf.concat([parts[1], parts[0]], a);
    });
    return tf.reshape(t, x.shape);
  });
}

const CAST = sig2<{ dtype: DType }>('cast', ['x', 'dtype'], 2);
/**
 * `x` as another dtype (float to int truncates toward zero; non-zero is `true`).
 * @example
 * ```ts
 * // Paddle: paddle.cast(x, 'int64')
 * paddle.cast(x, 'int64');
 * ```
 * @category tensor
 */
export function cast(args: { x: tf.Tensor; dtype: DType }): tf.Tensor;
export function cast(x: tf.Tensor, dtype: DType): tf.Tensor;
export function cast(...args: unknown[]): tf.Tensor {
  const { x, dtype } = CAST(args);
  const dt = dtypeArg(dtype, 'cast');
  if (dt === x.dtype) return tf.clone(x);
  // tfjs-wasm's Cast to bool keeps an int's low byte (-1 becomes 255), so test against zero.
  return dt === 'bool' ? tf.notEqual(x, 0) : tf.cast(x, dt);
}
