import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError, UnsupportedError } from '../../errors';
import { checkDataFormat, viaChannelsLast, type DataFormat } from './layout';
import { adaptivePoolChannelsLast } from './pooling';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Resampling methods of {@link interpolate} on 4-D inputs. */
export type InterpolateMode = 'nearest' | 'bilinear' | 'area';

/** Options of {@link interpolate} after `x`. */
export interface InterpolateFnOptions {
  /** Output `[h, w]` (or one int for both). Give this or `scaleFactor`. */
  size?: number | [number, number] | null;
  /** Output = floor(input · scale). */
  scaleFactor?: number | [number, number] | null;
  /** @defaultValue 'nearest' */
  mode?: InterpolateMode;
  /** Align the corner pixels (bilinear). @defaultValue false */
  alignCorners?: boolean;
  /** Bilinear without alignCorners: 0 = half-pixel centres, 1 = `src = dst·scale`. @defaultValue 0 */
  alignMode?: 0 | 1;
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
}

/**
 * All of {@link interpolate}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.interpolate(x=x)
 * paddle.nn.functional.interpolate({ x });
 * ```
 * @category nn.functional
 */
export interface InterpolateArgs extends InterpolateFnOptions {
  x: tf.Tensor;
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const INTERPOLATE_SIGNATURE = defineSignature('nn.functional.interpolate', ['x', 'size', 'scaleFactor', 'mode', 'alignCorners', 'alignMode', 'dataFormat', 'name'], { required: 1 });

/**
 * Resizes a 4-D batch (`paddle.nn.functional.interpolate`): `'nearest'` (source index
 * `floor(dst·in/out)`), `'bilinear'` (half-pixel centres by default, `alignCorners`, or
 * `alignMode: 1`), or `'area'` (adaptive average pooling).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link InterpolateArgs})
 * @returns the resized tensor
 * @throws InvalidArgumentError when neither or both of `size` and `scaleFactor` are given
 * @throws UnsupportedError for other modes
 * @example
 * ```ts
 * paddle.nn.functional.interpolate(tf.ones([1, 3, 4, 4]), { scaleFactor: 2, mode: 'bilinear' }).shape; // [1, 3, 8, 8]
 * ```
 * @category nn.functional
 */
export function interpolate(args: InterpolateArgs): tf.Tensor;
export function interpolate(x: tf.Tensor, options?: InterpolateFnOptions): tf.Tensor;
export function interpolate(x: tf.Tensor, size?: number | [number, number] | null, options?: InterpolateFnOptions): tf.Tensor;
export function interpolate(x: tf.Tensor, size?: number | [number, number] | null, scaleFactor?: number | [number, number] | null, options?: InterpolateFnOptions): tf.Tensor;
export function interpolate(x: tf.Tensor, size?: number | [number, number] | null, scaleFactor?: number | [number, number] | null, mode?: InterpolateMode, options?: InterpolateFnOptions): tf.Tensor;
export function interpolate(x: tf.Tensor, size?: number | [number, number] | null, scaleFactor?: number | [number, number] | null, mode?: InterpolateMode, alignCorners?: boolean, options?: InterpolateFnOptions): tf.Tensor;
export function interpolate(x: tf.Tensor, size?: number | [number, number] | null, scaleFactor?: number | [number, number] | null, mode?: InterpolateMode, alignCorners?: boolean, alignMode?: 0 | 1, options?: InterpolateFnOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input `[N, C, H, W]` (or NHWC)
 */
export function interpolate(x: tf.Tensor, size?: number | [number, number] | null, scaleFactor?: number | [number, number] | null, mode?: InterpolateMode, alignCorners?: boolean, alignMode?: 0 | 1, dataFormat?: DataFormat, name?: string | null): tf.Tensor;
export function interpolate(...args: unknown[]): tf.Tensor {
  const { x, ...o } = resolveArgs<InterpolateArgs>(INTERPOLATE_SIGNATURE, args);
  const fmt = checkDataFormat(o.dataFormat ?? 'NCHW', 'interpolate');
  if (x.rank !== 4) throw new ShapeMismatchError('interpolate', [null, null, null, null], x.shape, 'a 4-D input of');
  const [h, w] = fmt === 'NCHW' ? [x.shape[2], x.shape[3]] : [x.shape[1], x.shape[2]];
  const size = outputSize(o, h as number, w as number);
  const mode = o.mode ?? 'nearest';
  const scale = scalePair(o.scaleFactor);
  return viaChannelsLast(x, fmt, (t) => resizeChannelsLast(t, size, mode, o.alignCorners ?? false, o.alignMode ?? 0, scale));
}

/** The scale factor as a pair, or null. @internal */
export function scalePair(scaleFactor: number | [number, number] | null | undefined): [number, number] | null {
  if (scaleFactor === undefined || scaleFactor === null) return null;
  return typeof scaleFactor === 'number' ? [scaleFactor, scaleFactor] : [scaleFactor[0], scaleFactor[1]];
}

/** The output size from `size` or `scaleFactor`. @internal */
export function outputSize(o: Pick<InterpolateFnOptions, 'size' | 'scaleFactor'>, h: number, w: number): [number, number] {
  const hasSize = o.size !== undefined && o.size !== null;
  const hasScale = o.scaleFactor !== undefined && o.scaleFactor !== null;
  if (hasSize === hasScale) throw new InvalidArgumentError('size', 'exactly one of size and scaleFactor', o.size ?? null, 'interpolate');
  if (hasSize) {
    const s = typeof o.size === 'number' ? [o.size, o.size] : o.size;
    if (!Array.isArray(s) || s.length !== 2 || !s.every((v) => Number.isInteger(v) && v > 0)) {
      throw new InvalidArgumentError('size', 'a positive integer or a list of two', o.size, 'interpolate');
    }
    return [s[0], s[1]];
  }
  const f = typeof o.scaleFactor === 'number' ? [o.scaleFactor, o.scaleFactor] : o.scaleFactor;
  if (!Array.isArray(f) || f.length !== 2 || !f.every((v) => typeof v === 'number' && v > 0)) {
    throw new InvalidArgumentError('scaleFactor', 'a positive number or a list of two', o.scaleFactor, 'interpolate');
  }
  return [Math.floor(h * f[0]), Math.floor(w * f[1])];
}

/**
 * Resizes an NHWC tensor with gathers along H then W. tfjs's own resize ops are not used because
 * their gradients are wrong in places (the cpu nearest-neighbour gradient, the wasm bilinear
 * gradient with half-pixel centres). `scale` is the user's scale factor, which Paddle (like
 * PyTorch) uses for the source ratio instead of in/out. @internal
 */
export function resizeChannelsLast(x: tf.Tensor, size: [number, number], mode: string, alignCorners: boolean,
  alignMode: 0 | 1, scale: [number, number] | null = null): tf.Tensor {
  if (mode === 'area') return adaptivePoolChannelsLast(x, size, 'avg', 'interpolate');
  if (mode !== 'nearest' && mode !== 'bilinear') {
    throw new UnsupportedError(`interpolate: mode '${mode}' is not supported on 4-D inputs; use 'nearest', 'bilinear' or 'area'.`);
  }
  return tf.tidy(() => {
    let y = x;
    for (const axis of [1, 2] as const) {
      const n = x.shape[axis] as number;
      const out = size[axis - 1];
      if (n === out && !scale) continue;
      const ratio = alignCorners ? (out > 1 ? (n - 1) / (out - 1) : 0) : scale ? 1 / scale[axis - 1] : n / out;
      const i0 = new Int32Array(out);
      if (mode === 'nearest') {
        for (let i = 0; i < out; i++) i0[i] = Math.min(n - 1, alignCorners ? Math.round(i * ratio) : Math.floor(i * ratio));
        y = tf.gather(y, tf.tensor1d(i0, 'int32'), axis);
        continue;
      }
      const i1 = new Int32Array(out);
      const frac = new Float32Array(out);
      for (let i = 0; i < out; i++) {
        const src = alignCorners || alignMode === 1 ? i * ratio : Math.max((i + 0.5) * ratio - 0.5, 0);
        const lo = Math.min(Math.floor(src), n - 1);
        i0[i] = lo;
        i1[i] = Math.min(lo + 1, n - 1);
        frac[i] = src - lo;
      }
      const shape = axis === 1 ? [1, out, 1, 1] : [1, 1, out, 1];
      const a = tf.tensor(frac, shape);
      const lo = tf.gather(y, tf.tensor1d(i0, 'int32'), axis);
      const hi = tf.gather(y, tf.tensor1d(i1, 'int32'), axis);
      y = tf.add(lo, tf.mul(tf.sub(hi, lo), a));
    }
    return y === x ? tf.clone(x) : y;
  });
}
