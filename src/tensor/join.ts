// Paddle's joining and splitting: concat, stack, split, chunk.
import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../errors';
import { defineSignature, resolveArgs } from '../framework/args';
import { normAxis, tensorArg, tensorList } from './util';

const CONCAT = defineSignature('concat', ['x', 'axis', 'name'], { required: 1 });
const STACK = defineSignature('stack', ['x', 'axis', 'name'], { required: 1 });
const SPLIT = defineSignature('split', ['x', 'numOrSections', 'axis', 'name'], { required: 2 });
const CHUNK = defineSignature('chunk', ['x', 'chunks', 'axis', 'name'], { required: 2 });

/** Options with one `axis` (default 0). */
export interface AxisOptions {
  /** @defaultValue 0 */
  axis?: number;
  name?: string;
}

function sameDtype(xs: tf.Tensor[], where: string): void {
  const odd = xs.find((t) => t.dtype !== xs[0].dtype);
  if (odd) throw new InvalidArgumentError('x', `tensors of one dtype (${xs[0].dtype})`, odd, where);
}

/**
 * Joins tensors along an existing axis.
 * @example
 * ```ts
 * // Paddle: paddle.concat([x1, x2], axis=-1)
 * paddle.concat([x1, x2], -1);
 * ```
 * @category tensor
 */
export function concat(args: AxisOptions & { x: tf.Tensor[] }): tf.Tensor;
export function concat(x: tf.Tensor[], options?: AxisOptions): tf.Tensor;
export function concat(x: tf.Tensor[], axis?: number, name?: string): tf.Tensor;
export function concat(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<AxisOptions & { x: unknown }>(CONCAT, args);
  const xs = tensorList(o.x, 'x', 'concat');
  sameDtype(xs, 'concat');
  const axis = normAxis(o.axis ?? 0, xs[0].rank, 'concat');
  const bad = xs.find((t) => t.rank !== xs[0].rank || t.shape.some((d, i) => i !== axis && d !== xs[0].shape[i]));
  if (bad) throw new ShapeMismatchError('concat', xs[0].shape.map((d, i) => (i === axis ? -1 : d)), bad.shape, 'every input of');
  return xs.length === 1 ? tf.clone(xs[0]) : tf.concat(xs, axis);
}

/**
 * Joins same-shaped tensors along a new axis.
 * @example
 * ```ts
 * // Paddle: paddle.stack([x1, x2], axis=1)
 * paddle.stack([x1, x2], 1);
 * ```
 * @category tensor
 */
export function stack(args: AxisOptions & { x: tf.Tensor[] }): tf.Tensor;
export function stack(x: tf.Tensor[], options?: AxisOptions): tf.Tensor;
export function stack(x: tf.Tensor[], axis?: number, name?: string): tf.Tensor;
export function stack(...args: unknown[]): tf.Tensor {
  const o = resolveArgs<AxisOptions & { x: unknown }>(STACK, args);
  const xs = tensorList(o.x, 'x', 'stack');
  sameDtype(xs, 'stack');
  const axis = normAxis(o.axis ?? 0, xs[0].rank + 1, 'stack');
  const bad = xs.find((t) => !tf.util.arraysEqual(t.shape, xs[0].shape));
  if (bad) throw new ShapeMismatchError('stack', xs[0].shape, bad.shape, 'every input of');
  return tf.stack(xs, axis);
}

/** Section sizes for `numOrSections` on an axis of `size`: equal parts, or sizes with one -1. */
function sections(numOrSections: unknown, size: number, where: string): number[] {
  if (typeof numOrSections === 'number') {
    if (!Number.isInteger(numOrSections) || numOrSections < 1 || size % numOrSections !== 0) {
      throw new InvalidArgumentError('numOrSections', `a divisor of the axis size ${size}`, numOrSections, where);
    }
    return Array(numOrSections).fill(size / numOrSections);
  }
  const list = numOrSections as number[];
  const ok = Array.isArray(list) && list.every((d) => Number.isInteger(d) && d >= -1) && list.filter((d) => d === -1).length <= 1;
  const known = ok ? list.filter((d) => d !== -1).reduce((p, d) => p + d, 0) : NaN;
  if (!ok || known > size || (!list.includes(-1) && known !== size)) {
    throw new InvalidArgumentError('numOrSections', `an integer or section sizes (one may be -1) adding up to ${size}`, numOrSections, where);
  }
  return list.map((d) => (d === -1 ? size - known : d));
}

/**
 * Splits `x` along `axis` into equal parts or into sections (one section may be -1: the rest).
 * @example
 * ```ts
 * // Paddle: paddle.split(x, num_or_sections=[2, -1], axis=1)
 * paddle.split(x, [2, -1], 1);
 * ```
 * @category tensor
 */
export function split(args: AxisOptions & { x: tf.Tensor; numOrSections: number | readonly number[] }): tf.Tensor[];
export function split(x: tf.Tensor, numOrSections: number | readonly number[], options?: AxisOptions): tf.Tensor[];
export function split(x: tf.Tensor, numOrSections: number | readonly number[], axis?: number, name?: string): tf.Tensor[];
export function split(...args: unknown[]): tf.Tensor[] {
  const o = resolveArgs<AxisOptions & { x: unknown; numOrSections: unknown }>(SPLIT, args);
  const x = tensorArg(o.x, 'x', 'split');
  const axis = normAxis(o.axis ?? 0, x.rank, 'split');
  return tf.split(x, sections(o.numOrSections, x.shape[axis], 'split'), axis);
}

/**
 * Splits `x` into `chunks` equal parts along `axis`.
 * @example
 * ```ts
 * // Paddle: paddle.chunk(x, chunks=3, axis=1)
 * paddle.chunk(x, 3, 1);
 * ```
 * @category tensor
 */
export function chunk(args: AxisOptions & { x: tf.Tensor; chunks: number }): tf.Tensor[];
export function chunk(x: tf.Tensor, chunks: number, options?: AxisOptions): tf.Tensor[];
export function chunk(x: tf.Tensor, chunks: number, axis?: number, name?: string): tf.Tensor[];
export function chunk(...args: unknown[]): tf.Tensor[] {
  const o = resolveArgs<AxisOptions & { x: unknown; chunks: unknown }>(CHUNK, args);
  const x = tensorArg(o.x, 'x', 'chunk');
  const axis = normAxis(o.axis ?? 0, x.rank, 'chunk');
  if (typeof o.chunks !== 'number') throw new InvalidArgumentError('chunks', 'an integer', o.chunks, 'chunk');
  return tf.split(x, sections(o.chunks, x.shape[axis], 'chunk'), axis);
}
