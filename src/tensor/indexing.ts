// Paddle's indexing functions: gather, gatherNd, scatter, slice, where, maskedSelect.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../errors';
import { defineSignature, resolveArgs } from '../framework/args';
import { broadcastTo } from './manipulation';
import { pairOf } from './op-factory';
import { normAxis, operand, tensorArg } from './util';

const GATHER = defineSignature('gather', ['x', 'index', 'axis', 'name'], { required: 2 });
const GATHER_ND = defineSignature('gatherNd', ['x', 'index', 'name'], { required: 2 });
const SCATTER = defineSignature('scatter', ['x', 'index', 'updates', 'overwrite', 'name'], { required: 3 });
const SLICE = defineSignature('slice', ['input', 'axes', 'starts', 'ends'], { required: 4 });
const WHERE = defineSignature('where', ['condition', 'x', 'y', 'name'], { required: 1 });
const MASKED_SELECT = defineSignature('maskedSelect', ['x', 'mask', 'name'], { required: 2 });

function intIndex(value: unknown, where: string): tf.Tensor {
  const t = tensorArg(value, 'index', where);
  if (t.dtype !== 'int32') throw new InvalidArgumentError('index', 'an int32 (or int64) tensor', t, where);
  return t;
}

/**
 * Checks index values against `[0, size)` on the host: tfjs's gather kernels throw a raw error
 * (cpu) or read garbage (wasm) otherwise. Costs a read-back, as Paddle's own check does.
 */
function checkRange(index: tf.Tensor, sizes: readonly number[], where: string): void {
  const values = index.dataSync();
  const depth = sizes.length;
  for (let i = 0; i < values.length; i++) {
    const size = sizes[i % depth];
    if (values[i] < 0 || values[i] >= size) throw new InvalidArgumentError('index', `values in [0, ${size})`, values[i], where);
  }
}

// tfjs's gather kernels take no bool input: bools go through int32.
const viaInt = (x: tf.Tensor, f: (t: tf.Tensor) => tf.Tensor) => (x.dtype === 'bool' ? tf.cast(f(tf.cast(x, 'int32')), 'bool') : f(x));

/**
 * Rows of `x` (slices along `axis`) picked by `index` (checked on the host, like Paddle).
 * @example
 * ```ts
 * // Paddle: paddle.gather(x, index, axis=1)
 * paddle.gather(x, index, 1);
 * ```
 * @category tensor
 */
export function gather(args: { x: tf.Tensor; index: tf.Tensor; axis?: number; name?: string }): tf.Tensor;
export function gather(x: tf.Tensor, index: tf.Tensor, options?: { axis?: number; name?: string }): tf.Tensor;
export function gather(x: tf.Tensor, index: tf.Tensor, axis?: number, name?: string): tf.Tensor;
export function gather(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ x: unknown; index: unknown; axis?: number }>(GATHER, args);
  const x = tensorArg(o.x, 'x', 'gather');
  const index = intIndex(o.index, 'gather');
  const axis = normAxis(o.axis ?? 0, x.rank, 'gather');
  checkRange(index, [x.shape[axis]], 'gather');
  return tf.tidy(() => viaInt(x, (t) => tf.gather(t, index.rank > 1 ? tf.reshape(index, [-1]) : index, axis)));
}

/**
 * Elements or slices of `x` at the coordinates in the last axis of `index`.
 * @example
 * ```ts
 * // Paddle: paddle.gather_nd(x, index)
 * paddle.gatherNd(x, index);
 * ```
 * @category tensor
 */
export function gatherNd(args: { x: tf.Tensor; index: tf.Tensor; name?: string }): tf.Tensor;
export function gatherNd(x: tf.Tensor, index: tf.Tensor, name?: string): tf.Tensor;
export function gatherNd(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ x: unknown; index: unknown }>(GATHER_ND, args);
  const x = tensorArg(o.x, 'x', 'gatherNd');
  const index = intIndex(o.index, 'gatherNd');
  const depth = index.shape[index.rank - 1];
  if (index.rank === 0 || depth > x.rank) throw new InvalidArgumentError('index', `coordinates of at most ${x.rank} axes in its last axis`, index, 'gatherNd');
  checkRange(index, x.shape.slice(0, depth), 'gatherNd');
  return tf.tidy(() => viaInt(x, (t) => tf.gatherND(t, index)));
}

/**
 * `x` with the rows at `index` replaced by `updates` (`overwrite`, the default: the last update
 * of a repeated index wins) or set to the sum of their updates (`overwrite: false`). Reads
 * `index` back to the host.
 * @example
 * ```ts
 * // Paddle: paddle.scatter(x, index, updates, overwrite=False)
 * paddle.scatter(x, index, updates, { overwrite: false });
 * ```
 * @category tensor
 */
export function scatter(args: { x: tf.Tensor; index: tf.Tensor; updates: tf.Tensor; overwrite?: boolean; name?: string }): tf.Tensor;
export function scatter(x: tf.Tensor, index: tf.Tensor, updates: tf.Tensor, options?: { overwrite?: boolean; name?: string }): tf.Tensor;
export function scatter(x: tf.Tensor, index: tf.Tensor, updates: tf.Tensor, overwrite?: boolean, name?: string): tf.Tensor;
export function scatter(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ x: unknown; index: unknown; updates: unknown; overwrite?: boolean }>(SCATTER, args);
  const x = tensorArg(o.x, 'x', 'scatter');
  const index = intIndex(o.index, 'scatter');
  const updates = tensorArg(o.updates, 'updates', 'scatter');
  const ids = index.dataSync();
  const rows = x.shape[0];
  if (index.rank > 1 || x.rank === 0 || updates.shape[0] !== ids.length || !tf.util.arraysEqual(updates.shape.slice(1), x.shape.slice(1))) {
    throw new InvalidArgumentError('updates', `a tensor of shape [${ids.length}, ${x.shape.slice(1)}] for a 1-D index`, updates, 'scatter');
  }
  const source = new Int32Array(rows).fill(-1);
  ids.forEach((row, j) => {
    if (row < 0 || row >= rows) throw new InvalidArgumentError('index', `row numbers in [0, ${rows})`, row, 'scatter');
    source[row] = j;
  });
  return tf.tidy(() => {
    const hit = tf.reshape(tf.tensor1d(Array.from(source, (j) => (j >= 0 ? 1 : 0)), 'bool'), [rows, ...x.shape.slice(1).map(() => 1)]);
    const mask = broadcastTo(hit, x.shape, 'scatter');
    const newRows = o.overwrite ?? true
      ? viaInt(updates, (u) => tf.gather(u, tf.tensor1d(Array.from(source, (j) => Math.max(j, 0)), 'int32')))
      : tf.scatterND(tf.reshape(index, [-1, 1]), updates.dtype === 'bool' ? tf.cast(updates, 'int32') : updates, x.shape);
    return tf.where(mask, tf.cast(newRows, x.dtype), x);
  });
}

/**
 * The part of `input` from `starts` to `ends` (exclusive) on `axes`; negative positions count
 * from the end and positions past the end are clamped, like Python slices.
 * @example
 * ```ts
 * // Paddle: paddle.slice(x, axes=[0, 2], starts=[1, 0], ends=[3, -1])
 * paddle.slice(x, [0, 2], [1, 0], [3, -1]);
 * ```
 * @category tensor
 */
export function slice(args: { input: tf.Tensor; axes: readonly number[]; starts: readonly number[]; ends: readonly number[] }): tf.Tensor;
export function slice(input: tf.Tensor, axes: readonly number[], starts: readonly number[], ends: readonly number[]): tf.Tensor;
export function slice(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ input: unknown; axes: number[]; starts: number[]; ends: number[] }>(SLICE, args);
  const x = tensorArg(o.input, 'input', 'slice');
  const n = Array.isArray(o.axes) ? o.axes.length : -1;
  for (const k of ['starts', 'ends'] as const) {
    if (!Array.isArray(o[k]) || o[k].length !== n || !o[k].every(Number.isInteger)) {
      throw new InvalidArgumentError(k, `${n} integers, one per axis in axes`, o[k], 'slice');
    }
  }
  const begin = x.shape.map(() => 0);
  const size = [...x.shape];
  o.axes.forEach((a, i) => {
    const axis = normAxis(a, x.rank, 'slice', 'axes');
    const dim = x.shape[axis];
    const clampPos = (p: number) => Math.min(Math.max(p < 0 ? p + dim : p, 0), dim);
    begin[axis] = clampPos(o.starts[i]);
    size[axis] = Math.max(clampPos(o.ends[i]) - begin[axis], 0);
  });
  return tf.slice(x, begin, size);
}

/**
 * `x` where `condition` is true, else `y` (all three broadcast). With `condition` alone, the
 * coordinates of its true elements, `[n, rank]` int32, read back to the host (Paddle's
 * `nonzero`).
 * @example
 * ```ts
 * // Paddle: paddle.where(x > 0, x, y)
 * paddle.where(paddle.greaterThan(x, 0), x, y);
 * ```
 * @category tensor
 */
export function where(args: { condition: tf.Tensor; x?: tf.Tensor | number; y?: tf.Tensor | number; name?: string }): tf.Tensor;
export function where(condition: tf.Tensor, x?: tf.Tensor | number, y?: tf.Tensor | number, name?: string): tf.Tensor;
export function where(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ condition: unknown; x?: unknown; y?: unknown }>(WHERE, args);
  const c = tensorArg(o.condition, 'condition', 'where');
  if (o.x === undefined && o.y === undefined) {
    const flat = c.dataSync();
    const coords: number[][] = [];
    const strides = tf.util.computeStrides(c.shape);
    flat.forEach((v, i) => {
      if (v) coords.push(c.shape.map((_, a) => Math.floor((a < strides.length ? i / strides[a] : i) % c.shape[a])));
    });
    return tf.tensor2d(coords.flat(), [coords.length, c.rank], 'int32');
  }
  if (o.x === undefined || o.y === undefined) throw new InvalidArgumentError(o.x === undefined ? 'x' : 'y', 'a tensor or number (x and y go together)', undefined, 'where');
  const xv = operand(o.x, 'x', 'where');
  const yv = operand(o.y, 'y', 'where');
  return tf.tidy(() => {
    const [a, b] = pairOf(xv, yv);
    const shape = tf.broadcast_util.assertAndGetBroadcastShape(tf.broadcast_util.assertAndGetBroadcastShape(c.shape, a.shape), b.shape);
    const dt = tf.upcastType(a.dtype, b.dtype);
    const grow = (t: tf.Tensor) => broadcastTo(t, shape, 'where');
    return tf.where(grow(c.dtype === 'bool' ? c : tf.cast(c, 'bool')), grow(tf.cast(a, dt)), grow(tf.cast(b, dt)));
  });
}

/**
 * The elements of `x` where `mask` (broadcast with `x`) is true, as a 1-D tensor; reads `mask`
 * back to the host.
 * @example
 * ```ts
 * // Paddle: paddle.masked_select(x, mask)
 * paddle.maskedSelect(x, mask);
 * ```
 * @category tensor
 */
export function maskedSelect(args: { x: tf.Tensor; mask: tf.Tensor; name?: string }): tf.Tensor;
export function maskedSelect(x: tf.Tensor, mask: tf.Tensor, name?: string): tf.Tensor;
export function maskedSelect(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<{ x: unknown; mask: unknown }>(MASKED_SELECT, args);
  const x = tensorArg(o.x, 'x', 'maskedSelect');
  const mask = tensorArg(o.mask, 'mask', 'maskedSelect');
  if (mask.dtype !== 'bool') throw new InvalidArgumentError('mask', 'a bool tensor', mask, 'maskedSelect');
  const shape = tf.broadcast_util.assertAndGetBroadcastShape(x.shape, mask.shape);
  const m = tf.tidy(() => broadcastTo(mask, shape, 'maskedSelect'));
  const flags = m.dataSync();
  m.dispose();
  const picked: number[] = [];
  flags.forEach((v, i) => v && picked.push(i));
  return tf.tidy(() => viaInt(x, (t) => tf.gather(tf.reshape(broadcastTo(t, shape, 'maskedSelect'), [-1]), tf.tensor1d(picked, 'int32'))));
}
