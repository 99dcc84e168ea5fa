import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../../errors';
import { defineSignature, resolveArgs } from '../../framework/args';
import { checkDataFormat, viaChannelsLast, type DataFormat } from './layout';

/** How {@link pad} fills the border. */
export type PadMode = 'constant' | 'reflect' | 'replicate' | 'circular';

/** Options of {@link pad} after `x`, `pad`. */
export interface PadOptions {
  /** @defaultValue 'constant' */
  mode?: PadMode;
  /** Fill value of `'constant'` mode. @defaultValue 0 */
  value?: number;
  /** Layout of a 3-D (`'NCL'`/`'NLC'`) or 4-D (`'NCHW'`/`'NHWC'`) input. @defaultValue 'NCHW' */
  dataFormat?: DataFormat | 'NCL' | 'NLC';
}

const MODES: ReadonlyArray<string> = ['constant', 'reflect', 'replicate', 'circular'];

/**
 * All of {@link pad}'s arguments by name: Paddle's keyword form (Paddle's `pad` keyword holds
 * the pad amounts).
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.pad(x=x, pad=[1, 1, 0, 0], mode='replicate')
 * paddle.nn.functional.pad({ x, pad: [1, 1, 0, 0], mode: 'replicate' });
 * ```
 * @category nn.functional
 */
export interface PadArgs extends PadOptions {
  x: tf.Tensor;
  /** The pad amounts (see {@link pad}). */
  pad: readonly number[];
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const PAD_SIGNATURE = defineSignature('nn.functional.pad', ['x', 'pad', 'mode', 'value', 'dataFormat', 'name'], { required: 2 });

/**
 * Pads a tensor (`paddle.nn.functional.pad`). With `2·rank` entries and `'constant'` mode, `pad`
 * lists `[before, after]` for every dimension in order; otherwise it pads the spatial dimensions
 * of a 3-D input (`[left, right]`) or a 4-D input (`[left, right, top, bottom]`, Paddle's order).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link PadArgs})
 * @returns the padded tensor
 * @throws InvalidArgumentError for a bad pad list or mode, or a reflect pad not smaller than the size
 * @example
 * ```ts
 * paddle.nn.functional.pad(tf.ones([1, 1, 2, 2]), [1, 1, 0, 0], { mode: 'replicate' }).shape; // [1, 1, 2, 4]
 * ```
 * @category nn.functional
 */
export function pad(args: PadArgs): tf.Tensor;
export function pad(x: tf.Tensor, padding: readonly number[], options?: PadOptions): tf.Tensor;
export function pad(x: tf.Tensor, padding: readonly number[], mode?: PadMode, options?: PadOptions): tf.Tensor;
export function pad(x: tf.Tensor, padding: readonly number[], mode?: PadMode, value?: number, options?: PadOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - the input
 * @param padding - the pad amounts, as above
 */
export function pad(x: tf.Tensor, padding: readonly number[], mode?: PadMode, value?: number,
  dataFormat?: DataFormat | 'NCL' | 'NLC', name?: string | null): tf.Tensor;
export function pad(...args: unknown[]): tf.Tensor {
  // Paddle's keyword is `pad`, which is also this function's name: read it as `padding`.
  const { x, pad: padding, ...o } = resolveArgs<PadArgs>(PAD_SIGNATURE, args);
  if (!(x instanceof tf.Tensor)) throw new InvalidArgumentError('x', 'a tf.Tensor', x, 'pad');
  const mode = o.mode ?? 'constant';
  if (!MODES.includes(mode)) throw new InvalidArgumentError('mode', "one of 'constant', 'reflect', 'replicate', 'circular'", mode, 'pad');
  if (!Array.isArray(padding) || !padding.every((p) => Number.isInteger(p) && p >= 0)) {
    throw new InvalidArgumentError('pad', 'a list of non-negative integers', padding, 'pad');
  }
  const value = o.value ?? 0;
  if (mode === 'constant' && padding.length === 2 * x.rank) {
    const pairs = Array.from({ length: x.rank }, (_, i) => [padding[2 * i], padding[2 * i + 1]] as [number, number]);
    return tf.pad(x, pairs, value);
  }
  const fmt = o.dataFormat ?? (x.rank === 3 ? 'NCL' : 'NCHW');
  if (x.rank === 3 && padding.length === 2) {
    if (fmt !== 'NCL' && fmt !== 'NLC') throw new InvalidArgumentError('dataFormat', "'NCL' or 'NLC' for a 3-D input", fmt, 'pad');
    return tf.tidy(() => {
      const as4d = fmt === 'NCL' ? tf.expandDims(x, 2) : tf.expandDims(x, 1);
      const y = pad(as4d, [padding[0], padding[1], 0, 0], { mode, value, dataFormat: fmt === 'NCL' ? 'NCHW' : 'NHWC' });
      return tf.squeeze(y, [fmt === 'NCL' ? 2 : 1]);
    });
  }
  if (x.rank === 4 && padding.length === 4) {
    const df = checkDataFormat(fmt, 'pad');
    const [left, right, top, bottom] = padding;
    return viaChannelsLast(x, df, (t) => padChannelsLast(t, [top, bottom, left, right], mode, value));
  }
  throw new ShapeMismatchError('pad', x.rank === 3 ? [null, null, null] : [null, null, null, null], x.shape,
    `${padding.length} pad entries for 2·rank (constant mode), or 2 for a 3-D / 4 for a 4-D input; input`);
}

/** Pads an NHWC tensor by `[top, bottom, left, right]` in `mode`. @internal */
export function padChannelsLast(x: tf.Tensor, pads: readonly [number, number, number, number] | readonly number[], mode: PadMode, value = 0): tf.Tensor {
  const [top, bottom, left, right] = pads;
  if (top === 0 && bottom === 0 && left === 0 && right === 0) return x;
  const paddings: [number, number][] = [[0, 0], [top, bottom], [left, right], [0, 0]];
  if (mode === 'constant') return tf.pad(x, paddings, value);
  const [, h, w] = x.shape;
  if (mode === 'reflect') {
    if (top >= h || bottom >= h || left >= w || right >= w) {
      throw new InvalidArgumentError('pad', `reflect pads smaller than the input size [${h}, ${w}]`, [left, right, top, bottom], 'pad');
    }
  }
  if (mode === 'circular' && (top > h || bottom > h || left > w || right > w)) {
    throw new InvalidArgumentError('pad', `circular pads not larger than the input size [${h}, ${w}]`, [left, right, top, bottom], 'pad');
  }
  return tf.tidy(() => {
    const along = (t: tf.Tensor, axis: 1 | 2, before: number, after: number): tf.Tensor => {
      if (before === 0 && after === 0) return t;
      const size = t.shape[axis] as number;
      const take = (start: number, len: number) => {
        const begin = [0, 0, 0, 0];
        const sz = t.shape.slice();
        begin[axis] = start;
        sz[axis] = len;
        return tf.slice(t, begin, sz);
      };
      const reps = (n: number) => (axis === 1 ? [1, n, 1, 1] : [1, 1, n, 1]);
      const parts: tf.Tensor[] = [];
      // Built from slices (not tf.mirrorPad, whose tfjs gradient drops the reflected part).
      const head = mode === 'replicate' ? () => tf.tile(take(0, 1), reps(before))
        : mode === 'reflect' ? () => tf.reverse(take(1, before), axis) : () => take(size - before, before);
      const tail = mode === 'replicate' ? () => tf.tile(take(size - 1, 1), reps(after))
        : mode === 'reflect' ? () => tf.reverse(take(size - 1 - after, after), axis) : () => take(0, after);
      if (before > 0) parts.push(head());
      parts.push(t);
      if (after > 0) parts.push(tail());
      return tf.concat(parts, axis);
    };
    return along(along(x, 1, top, bottom), 2, left, right);
  });
}
