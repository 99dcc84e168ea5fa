// Paddle's sorting functions: topk, sort, argsort — tfjs's topk along any axis, either order.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { defineSignature, resolveArgs } from '../framework/args';
import { normAxis, tensorArg } from './util';

/**
 * The `k` largest (or smallest) values along `axis` and their int32 indices. Runs inside the
 * caller's tidy; ties keep the lower index first.
 */
function topkAlong(x: tf.Tensor, k: number, axis: number, largest: boolean): [tf.Tensor, tf.Tensor] {
  const xs = x.rank === 0 ? tf.reshape(x, [1]) : x;
  const rank = xs.rank;
  const perm = Array.from({ length: rank }, (_, i) => i);
  [perm[axis], perm[rank - 1]] = [perm[rank - 1], perm[axis]];
  const moved = axis === rank - 1 ? xs : tf.transpose(xs, perm);
  const num = moved.dtype === 'bool' ? tf.cast(moved, 'int32') : moved;
  const { values, indices } = tf.topk(largest ? num : tf.neg(num), k, true);
  const v = largest ? values : tf.neg(values);
  const back = (t: tf.Tensor) => (axis === rank - 1 ? t : tf.transpose(t, perm));
  return [tf.cast(back(v), x.dtype), back(indices)];
}

const TOPK = defineSignature('topk', ['x', 'k', 'axis', 'largest', 'sorted', 'name'], { required: 2 });

/** Options of {@link topk}. */
export interface TopkOptions {
  /** @defaultValue -1 */
  axis?: number;
  /** The largest values when true, else the smallest. @defaultValue true */
  largest?: boolean;
  /** Accepted; results are always sorted. @defaultValue true */
  sorted?: boolean;
  name?: string;
}

/**
 * The `k` largest (or smallest) values along `axis` and their indices (int32: Paddle's int64).
 * @example
 * ```ts
 * // Paddle: values, indices = paddle.topk(x, k=2, axis=0, largest=False)
 * const [values, indices] = paddle.topk(x, 2, { axis: 0, largest: false });
 * ```
 * @category tensor
 */
export function topk(args: TopkOptions & { x: tf.Tensor; k: number }): [tf.Tensor, tf.Tensor];
export function topk(x: tf.Tensor, k: number, options?: TopkOptions): [tf.Tensor, tf.Tensor];
export function topk(x: tf.Tensor, k: number, axis?: number, largest?: boolean, sorted?: boolean, name?: string): [tf.Tensor, tf.Tensor];
export function topk(...args: unknown[]): [tf.Tensor, tf.Tensor] {
  const o = resolveArgs<TopkOptions & { x: unknown; k: number }>(TOPK, args);
  const x = tensorArg(o.x, 'x', 'topk');
  const axis = normAxis(o.axis ?? -1, x.rank, 'topk');
  const size = x.rank === 0 ? 1 : x.shape[axis];
  if (!Number.isInteger(o.k) || o.k < 1 || o.k > size) throw new InvalidArgumentError('k', `an integer in [1, ${size}]`, o.k, 'topk');
  return tf.tidy(() => topkAlong(x, o.k, axis, o.largest ?? true));
}

/** Options of {@link sort} and {@link argsort}. */
export interface SortOptions {
  /** @defaultValue -1 */
  axis?: number;
  /** @defaultValue false */
  descending?: boolean;
  /** Accepted; equal values always keep their order. @defaultValue false */
  stable?: boolean;
  name?: string;
}

/** The call forms of {@link sort} and {@link argsort}. */
export interface SortFn {
  (args: SortOptions & { x: tf.Tensor }): tf.Tensor;
  (x: tf.Tensor, options?: SortOptions): tf.Tensor;
  (x: tf.Tensor, axis?: number, descending?: boolean, stable?: boolean, name?: string): tf.Tensor;
}

function sorter(where: string, pick: 0 | 1): SortFn {
  const sig = defineSignature(where, ['x', 'axis', 'descending', 'stable', 'name'], { required: 1 });
  return ((...args: unknown[]) => {
    const o = resolveArgs<SortOptions & { x: unknown }>(sig, args);
    const x = tensorArg(o.x, 'x', where);
    const axis = normAxis(o.axis ?? -1, x.rank, where);
    return tf.tidy(() => {
      const r = topkAlong(x, x.rank === 0 ? 1 : x.shape[axis], axis, o.descending ?? false)[pick];
      return x.rank === 0 ? tf.reshape(r, []) : r;
    });
  }) as SortFn;
}

/**
 * `x` sorted along `axis`, ascending unless `descending`.
 * @example
 * ```ts
 * // Paddle: paddle.sort(x, axis=0, descending=True)
 * paddle.sort(x, { axis: 0, descending: true });
 * ```
 * @category tensor
 */
export const sort = sorter('sort', 0);

/**
 * The int32 indices that sort `x` along `axis` (Paddle's int64).
 * @example
 * ```ts
 * // Paddle: paddle.argsort(x, descending=True)
 * paddle.argsort(x, { descending: true });
 * ```
 * @category tensor
 */
export const argsort = sorter('argsort', 1);
