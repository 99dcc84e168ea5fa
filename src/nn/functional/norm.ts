import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError } from '../../errors';
import { customUnary } from './args';
import { viaChannelsLast, type DataFormat } from './layout';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Layouts BatchNorm accepts: channels second (`NC`, `NCL`, `NCHW`) or last (`NLC`, `NHWC`). */
export type NormDataFormat = DataFormat | 'NC' | 'NCL' | 'NLC';

/** Options of {@link batchNorm} after the five tensors. */
export interface BatchNormFnOptions {
  /** Use (and update) batch statistics. @defaultValue false */
  training?: boolean;
  /** `running = momentum·running + (1 − momentum)·batch`. @defaultValue 0.9 */
  momentum?: number;
  /** @defaultValue 1e-5 */
  epsilon?: number;
  /** @defaultValue 'NCHW' */
  dataFormat?: NormDataFormat;
  /** Normalize with the running statistics even in training. @defaultValue null (= !training) */
  useGlobalStats?: boolean | null;
}

/**
 * All of {@link batchNorm}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.batch_norm(x=x, running_mean=runningMean, running_var=runningVar)
 * paddle.nn.functional.batchNorm({ x, runningMean, runningVar });
 * ```
 * @category nn.functional
 */
export interface BatchNormArgs extends BatchNormFnOptions {
  x: tf.Tensor;
  runningMean: tf.Tensor;
  runningVar: tf.Tensor;
  weight?: tf.Tensor | null;
  bias?: tf.Tensor | null;
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const BATCH_NORM_SIGNATURE = defineSignature('nn.functional.batchNorm', ['x', 'runningMean', 'runningVar', 'weight', 'bias', 'training', 'momentum', 'epsilon', 'dataFormat', 'useGlobalStats', 'name'], { required: 3 });

/**
 * Batch normalization (`paddle.nn.functional.batch_norm`,
 * [Ioffe & Szegedy 2015](https://arxiv.org/abs/1502.03167)). In training the batch mean and the
 * *biased* batch variance normalize the input, and the running statistics are updated in place,
 * Paddle-style: `running = momentum·running + (1 − momentum)·batch`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link BatchNormArgs})
 * @returns the normalized tensor
 * @throws ShapeMismatchError when the channel count differs from the statistics
 * @example
 * ```ts
 * const mean = tf.variable(tf.zeros([3])), variance = tf.variable(tf.ones([3]));
 * const y = paddle.nn.functional.batchNorm(x, mean, variance, null, null, { training: true });
 * ```
 * @category nn.functional
 */
export function batchNorm(args: BatchNormArgs): tf.Tensor;
export function batchNorm(x: tf.Tensor, runningMean: tf.Tensor, runningVar: tf.Tensor, weight?: tf.Tensor | null, bias?: tf.Tensor | null, options?: BatchNormFnOptions): tf.Tensor;
export function batchNorm(x: tf.Tensor, runningMean: tf.Tensor, runningVar: tf.Tensor, weight?: tf.Tensor | null, bias?: tf.Tensor | null, training?: boolean, options?: BatchNormFnOptions): tf.Tensor;
export function batchNorm(x: tf.Tensor, runningMean: tf.Tensor, runningVar: tf.Tensor, weight?: tf.Tensor | null, bias?: tf.Tensor | null, training?: boolean, momentum?: number, options?: BatchNormFnOptions): tf.Tensor;
export function batchNorm(x: tf.Tensor, runningMean: tf.Tensor, runningVar: tf.Tensor, weight?: tf.Tensor | null, bias?: tf.Tensor | null, training?: boolean, momentum?: number, epsilon?: number, options?: BatchNormFnOptions): tf.Tensor;
export function batchNorm(x: tf.Tensor, runningMean: tf.Tensor, runningVar: tf.Tensor, weight?: tf.Tensor | null, bias?: tf.Tensor | null, training?: boolean, momentum?: number, epsilon?: number, dataFormat?: NormDataFormat, options?: BatchNormFnOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input with channels on axis 1 (`NC`, `NCL`, `NCHW`) or last (`NLC`, `NHWC`)
 * @param runningMean - running mean `[C]`, a variable updated in training
 * @param runningVar - running variance `[C]`, a variable updated in training
 * @param weight - scale `[C]` or null
 * @param bias - shift `[C]` or null
 */
export function batchNorm(x: tf.Tensor, runningMean: tf.Tensor, runningVar: tf.Tensor, weight?: tf.Tensor | null, bias?: tf.Tensor | null, training?: boolean, momentum?: number, epsilon?: number, dataFormat?: NormDataFormat, useGlobalStats?: boolean | null, name?: string | null): tf.Tensor;
export function batchNorm(...args: unknown[]): tf.Tensor {
  const { x, runningMean, runningVar, weight = null, bias = null, ...o } = resolveArgs<BatchNormArgs>(BATCH_NORM_SIGNATURE, args);
  const fmt = o.dataFormat ?? 'NCHW';
  if (!['NCHW', 'NHWC', 'NC', 'NCL', 'NLC'].includes(fmt)) {
    throw new InvalidArgumentError('dataFormat', "one of 'NCHW', 'NHWC', 'NC', 'NCL', 'NLC'", fmt, 'batchNorm');
  }
  const channelsLast = fmt === 'NHWC' || fmt === 'NLC';
  const axis = channelsLast ? x.rank - 1 : 1;
  const c = runningMean.shape[0];
  if (x.rank < 2 || x.shape[axis] !== c) {
    const expected: (number | null)[] = x.shape.map(() => null);
    expected[Math.max(0, Math.min(axis, expected.length - 1))] = c;
    throw new ShapeMismatchError('batchNorm', expected.length >= 2 ? expected : [null, c], x.shape, 'input of');
  }
  const training = o.training ?? false;
  const useGlobal = o.useGlobalStats ?? !training;
  return batchNormAxis(x, axis, runningMean as tf.Variable, runningVar as tf.Variable, weight, bias,
    training, useGlobal, o.momentum ?? 0.9, o.epsilon ?? 1e-5);
}

/** Batch norm over every axis but `axis`; updates the running statistics when training. @internal */
export function batchNormAxis(x: tf.Tensor, axis: number, runningMean: tf.Variable | tf.Tensor, runningVar: tf.Variable | tf.Tensor,
  weight: tf.Tensor | null, bias: tf.Tensor | null, training: boolean, useGlobalStats: boolean, momentum: number, epsilon: number): tf.Tensor {
  return tf.tidy(() => {
    const bshape = x.shape.map((d, i) => (i === axis ? d : 1));
    const reduceAxes = x.shape.map((_, i) => i).filter((i) => i !== axis);
    let mean: tf.Tensor;
    let variance: tf.Tensor;
    if (training) {
      const m = tf.moments(x, reduceAxes);
      if (runningMean instanceof tf.Variable && runningVar instanceof tf.Variable) {
        // The update never reaches the output, so a gradient tape prunes it.
        runningMean.assign(tf.add(tf.mul(runningMean, momentum), tf.mul(m.mean, 1 - momentum)));
        runningVar.assign(tf.add(tf.mul(runningVar, momentum), tf.mul(m.variance, 1 - momentum)));
      }
      mean = m.mean;
      variance = m.variance;
    } else {
      mean = runningMean;
      variance = runningVar;
    }
    if (useGlobalStats && training) {
      mean = runningMean;
      variance = runningVar;
    }
    let y = tf.mul(tf.sub(x, tf.reshape(mean, bshape)), tf.reshape(tf.rsqrt(tf.add(variance, epsilon)), bshape));
    if (weight) y = tf.mul(y, tf.reshape(weight, bshape));
    if (bias) y = tf.add(y, tf.reshape(bias, bshape));
    return y;
  });
}

/**
 * All of {@link layerNorm}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.layer_norm(x=x, normalized_shape=8)
 * paddle.nn.functional.layerNorm({ x, normalizedShape: 8 });
 * ```
 * @category nn.functional
 */
export interface LayerNormArgs {
  x: tf.Tensor;
  /** The trailing dimensions to normalize over (an int for the last one). */
  normalizedShape: number | readonly number[];
  /** @defaultValue null */
  weight?: tf.Tensor | null;
  /** @defaultValue null */
  bias?: tf.Tensor | null;
  /** @defaultValue 1e-5 */
  epsilon?: number;
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const LAYER_NORM_SIGNATURE = defineSignature('nn.functional.layerNorm', ['x', 'normalizedShape', 'weight', 'bias', 'epsilon', 'name'], { required: 2 });

/**
 * Layer normalization over the trailing `normalizedShape` dimensions
 * (`paddle.nn.functional.layer_norm`, [Ba et al. 2016](https://arxiv.org/abs/1607.06450)).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link LayerNormArgs})
 * @returns the normalized tensor
 * @throws ShapeMismatchError when the trailing dimensions differ from `normalizedShape`
 * @example
 * ```ts
 * paddle.nn.functional.layerNorm(tf.randomNormal([2, 5, 8]), 8).shape; // [2, 5, 8]
 * ```
 * @category nn.functional
 */
export function layerNorm(args: LayerNormArgs): tf.Tensor;
export function layerNorm(x: tf.Tensor, normalizedShape: number | readonly number[], options?: Omit<LayerNormArgs, 'x' | 'normalizedShape'>): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - the input
 * @param normalizedShape - the trailing dimensions to normalize over (an int for the last one)
 * @param weight - scale with `prod(normalizedShape)` elements, or null
 * @param bias - shift with `prod(normalizedShape)` elements, or null
 * @param epsilon - @defaultValue 1e-5
 */
export function layerNorm(x: tf.Tensor, normalizedShape: number | readonly number[], weight?: tf.Tensor | null,
  bias?: tf.Tensor | null, epsilon?: number, name?: string | null): tf.Tensor;
export function layerNorm(...args: unknown[]): tf.Tensor {
  const { x, normalizedShape, weight = null, bias = null, epsilon = 1e-5 } = resolveArgs<LayerNormArgs>(LAYER_NORM_SIGNATURE, args);
  if (!(x instanceof tf.Tensor)) throw new InvalidArgumentError('x', 'a tf.Tensor', x, 'layerNorm');
  if (typeof epsilon !== 'number' || !(epsilon >= 0)) throw new InvalidArgumentError('epsilon', 'a number >= 0', epsilon, 'layerNorm');
  const ns = typeof normalizedShape === 'number' ? [normalizedShape] : [...normalizedShape];
  const tail = x.shape.slice(x.rank - ns.length);
  if (ns.length > x.rank || !ns.every((d, i) => d === tail[i])) {
    throw new ShapeMismatchError('layerNorm', [...x.shape.slice(0, Math.max(0, x.rank - ns.length)).map(() => null), ...ns], x.shape, 'input of');
  }
  return tf.tidy(() => {
    const axes = ns.map((_, i) => x.rank - ns.length + i);
    const { mean, variance } = tf.moments(x, axes, true);
    let y = tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, epsilon)));
    if (weight) y = tf.mul(y, tf.reshape(weight, ns));
    if (bias) y = tf.add(y, tf.reshape(bias, ns));
    return y;
  });
}

/** Options of {@link localResponseNorm} after `x`, `size`. */
export interface LocalResponseNormFnOptions {
  /** @defaultValue 1e-4 */
  alpha?: number;
  /** @defaultValue 0.75 */
  beta?: number;
  /** @defaultValue 1 */
  k?: number;
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
}

/**
 * All of {@link localResponseNorm}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.local_response_norm(x=x, size=size)
 * paddle.nn.functional.localResponseNorm({ x, size });
 * ```
 * @category nn.functional
 */
export interface LocalResponseNormArgs extends LocalResponseNormFnOptions {
  x: tf.Tensor;
  size: number;
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const LOCAL_RESPONSE_NORM_SIGNATURE = defineSignature('nn.functional.localResponseNorm', ['x', 'size', 'alpha', 'beta', 'k', 'dataFormat', 'name'], { required: 2 });

/**
 * Local response normalization across channels (`paddle.nn.functional.local_response_norm`):
 * `y = x / (k + alpha/size · Σ x²)^beta`, the sum over `size` neighbouring channels (from
 * `c − ⌊size/2⌋` to `c + ⌊(size−1)/2⌋`), as in AlexNet.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link LocalResponseNormArgs})
 * @returns the normalized tensor
 * @example
 * ```ts
 * paddle.nn.functional.localResponseNorm(tf.ones([1, 8, 4, 4]), 5).shape; // [1, 8, 4, 4]
 * ```
 * @category nn.functional
 */
export function localResponseNorm(args: LocalResponseNormArgs): tf.Tensor;
export function localResponseNorm(x: tf.Tensor, size: number, options?: LocalResponseNormFnOptions): tf.Tensor;
export function localResponseNorm(x: tf.Tensor, size: number, alpha?: number, options?: LocalResponseNormFnOptions): tf.Tensor;
export function localResponseNorm(x: tf.Tensor, size: number, alpha?: number, beta?: number, options?: LocalResponseNormFnOptions): tf.Tensor;
export function localResponseNorm(x: tf.Tensor, size: number, alpha?: number, beta?: number, k?: number, options?: LocalResponseNormFnOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input `[N, C, H, W]` (or NHWC)
 * @param size - number of channels summed
 */
export function localResponseNorm(x: tf.Tensor, size: number, alpha?: number, beta?: number, k?: number, dataFormat?: DataFormat, name?: string | null): tf.Tensor;
export function localResponseNorm(...args: unknown[]): tf.Tensor {
  const { x, size, ...o } = resolveArgs<LocalResponseNormArgs>(LOCAL_RESPONSE_NORM_SIGNATURE, args);
  if (!Number.isInteger(size) || size < 1) throw new InvalidArgumentError('size', 'a positive integer', size, 'localResponseNorm');
  if (x.rank !== 4) throw new ShapeMismatchError('localResponseNorm', [null, null, null, null], x.shape, 'a 4-D input of');
  const fmt = o.dataFormat ?? 'NCHW';
  return viaChannelsLast(x, fmt, (t) => lrnChannelsLast(t, size, o.alpha ?? 1e-4, o.beta ?? 0.75, o.k ?? 1));
}

/**
 * LRN of an NHWC tensor, in memory proportional to the input for any `size`. Odd sizes use
 * tfjs's LRN kernel (a fused loop, the fastest). Even sizes, which that kernel cannot express,
 * take window sums of `x²` as differences of two slices of one cumulative sum over channels:
 * summing `size` shifted slices instead kept `size` input-sized tensors alive for backprop,
 * which exhausted WASM memory for AlexNet's `LocalResponseNorm(96)` (issue 11). Its gradient is
 * written out, so backprop keeps only `x` and the base `d = k + alpha/size · Σx²`: with
 * `y = x · d^−β`, `dx = dy · d^−β − (2·alpha·beta/size) · x · Σᵀ(dy · y / d)`, where `Σᵀ` sums
 * over the windows that contain a channel (the window mirrored).
 * @internal
 */
export function lrnChannelsLast(x: tf.Tensor, size: number, alpha: number, beta: number, k: number): tf.Tensor {
  if (size % 2 === 1) return tf.localResponseNormalization(x as tf.Tensor4D, (size - 1) / 2, k, alpha / size, beta);
  const before = Math.floor(size / 2);
  const after = Math.floor((size - 1) / 2);
  const op = customUnary((input: tf.Tensor, save: tf.GradSaveFunc) => {
    const sum = dispose(tf.square(input), (sq) => channelWindowSum(sq, before, after));
    const d = dispose(dispose(sum, (s) => tf.relu(s)), (pos) => dispose(tf.mul(pos, alpha / size), (scaled) => tf.add(scaled, k)));
    const value = dispose(tf.pow(d, -beta), (scale) => tf.mul(input, scale));
    save([input, d]);
    d.dispose();
    return {
      value,
      gradFunc: (dy: tf.Tensor, [xs, base]: tf.Tensor[]) => {
        const scale = tf.pow(base, -beta);
        const dyScaled = tf.mul(dy, scale);
        const inner = dispose(tf.mul(dyScaled, xs), (t) => tf.div(t, base));
        const back = dispose(dispose(inner, (t) => channelWindowSum(t, after, before)), (t) => tf.mul(t, xs));
        scale.dispose();
        return dispose(dyScaled, (direct) => dispose(back, (t) => dispose(tf.mul(t, 2 * alpha * beta / size), (u) => tf.sub(direct, u))));
      },
    };
  });
  return op(x);
}

/** `f(t)`, disposing `t` as soon as it is used: keeps the LRN forward's peak near a few inputs. */
function dispose(t: tf.Tensor, f: (t: tf.Tensor) => tf.Tensor): tf.Tensor {
  const out = f(t);
  t.dispose();
  return out;
}

/**
 * Σ over channels `c − before … c + after` (zeros outside) of an NHWC tensor, for each channel
 * `c`: one cumulative sum over the zero-padded channels, with one extra leading zero so every
 * window is `cs[c + before + after + 1] − cs[c]`. Rounding in the difference can leave a tiny
 * negative sum where a window of squares is all zeros; the forward clamps it (NaN in `pow` for
 * k = 0 otherwise).
 */
function channelWindowSum(t: tf.Tensor, before: number, after: number): tf.Tensor {
  const c = t.shape[3] as number;
  const cs = dispose(tf.pad(t, [[0, 0], [0, 0], [0, 0], [before + 1, after]]), (padded) => tf.cumsum(padded, 3));
  const hi = tf.slice(cs, [0, 0, 0, before + after + 1], [-1, -1, -1, c]);
  const lo = tf.slice(cs, [0, 0, 0, 0], [-1, -1, -1, c]);
  cs.dispose();
  const out = tf.sub(hi, lo);
  tf.dispose([hi, lo]);
  return out;
}
