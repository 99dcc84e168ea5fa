import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError, UnsupportedError } from '../../errors';
import { toPair } from '../layer/layer-utils';
import { checkDataFormat, viaChannelsLast, type DataFormat } from './layout';
import { explicitPads, resolvePadding, type Padding2D, type ResolvedPadding } from './padding';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Resolved geometry of a 2-D pooling. @internal */
export interface PoolGeometry {
  kernel: [number, number];
  stride: [number, number];
  padding: ResolvedPadding;
  ceilMode: boolean;
}

/** Options of {@link maxPool2d} after `x`, `kernelSize`. */
export interface MaxPool2DFnOptions {
  /** @defaultValue kernelSize */
  stride?: number | [number, number] | null;
  /** @defaultValue 0 */
  padding?: Padding2D;
  /** Also return the argmax indices; not supported. @defaultValue false */
  returnMask?: boolean;
  /** Round the output size up, padding the bottom/right as needed. @defaultValue false */
  ceilMode?: boolean;
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
}

/** Options of {@link avgPool2d} after `x`, `kernelSize`. */
export interface AvgPool2DFnOptions {
  /** @defaultValue kernelSize */
  stride?: number | [number, number] | null;
  /** @defaultValue 0 */
  padding?: Padding2D;
  /** @defaultValue false */
  ceilMode?: boolean;
  /** Divide by the number of non-padding elements (`true`) or by the kernel area. @defaultValue true */
  exclusive?: boolean;
  /** Divide by this number instead. @defaultValue null */
  divisorOverride?: number | null;
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
}

/** Validates pooling geometry. @internal */
export function poolGeometry(kernelSize: unknown, stride: unknown, padding: unknown, ceilMode: unknown,
  fmt: DataFormat, where: string): PoolGeometry {
  const kernel = toPair(kernelSize, 'kernelSize', where);
  return {
    kernel,
    stride: stride === undefined || stride === null ? kernel : toPair(stride, 'stride', where),
    padding: resolvePadding(padding ?? 0, fmt, where),
    ceilMode: Boolean(ceilMode),
  };
}

/** Pads `[top, bottom, left, right]` including the extra bottom/right of ceil mode (Paddle's output size rule). */
function poolPads(g: PoolGeometry, h: number, w: number, where: string, shape: readonly number[]): [number, number, number, number] {
  const [top, bottom, left, right] = explicitPads(g.padding, h, w, g.kernel, g.stride, [1, 1]);
  const size = (n: number, k: number, s: number, a: number, b: number) =>
    (g.ceilMode ? Math.ceil((n + a + b - k) / s) : Math.floor((n + a + b - k) / s)) + 1;
  const outH = size(h, g.kernel[0], g.stride[0], top, bottom);
  const outW = size(w, g.kernel[1], g.stride[1], left, right);
  if (outH < 1 || outW < 1 || h + top + bottom < g.kernel[0] || w + left + right < g.kernel[1]) {
    throw new ShapeMismatchError(where, [null, null, g.kernel[0], g.kernel[1]], shape, 'a padded input at least as large as the kernel; input');
  }
  const extraH = Math.max(0, (outH - 1) * g.stride[0] + g.kernel[0] - (h + top + bottom));
  const extraW = Math.max(0, (outW - 1) * g.stride[1] + g.kernel[1] - (w + left + right));
  return [top, bottom + extraH, left, right + extraW];
}

function check4d(x: tf.Tensor, where: string): void {
  if (!(x instanceof tf.Tensor) || x.rank !== 4) {
    throw new ShapeMismatchError(where, [null, null, null, null], x instanceof tf.Tensor ? x.shape : [], 'a 4-D input of');
  }
}

/**
 * All of {@link maxPool2d}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.max_pool2d(x=x, kernel_size=kernelSize)
 * paddle.nn.functional.maxPool2d({ x, kernelSize });
 * ```
 * @category nn.functional
 */
export interface MaxPool2dArgs extends MaxPool2DFnOptions {
  x: tf.Tensor;
  kernelSize: number | [number, number];
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const MAX_POOL2D_SIGNATURE = defineSignature('nn.functional.maxPool2d', ['x', 'kernelSize', 'stride', 'padding', 'returnMask', 'ceilMode', 'dataFormat', 'name'], { required: 2 });

/**
 * 2-D max pooling (`paddle.nn.functional.max_pool2d`). Padding never wins the max.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link MaxPool2dArgs})
 * @returns the pooled tensor
 * @throws UnsupportedError for `returnMask: true`
 * @example
 * ```ts
 * paddle.nn.functional.maxPool2d(tf.ones([1, 3, 7, 7]), 2, { ceilMode: true }).shape; // [1, 3, 4, 4]
 * ```
 * @category nn.functional
 */
export function maxPool2d(args: MaxPool2dArgs): tf.Tensor;
export function maxPool2d(x: tf.Tensor, kernelSize: number | [number, number], options?: MaxPool2DFnOptions): tf.Tensor;
export function maxPool2d(x: tf.Tensor, kernelSize: number | [number, number], stride?: number | [number, number] | null, options?: MaxPool2DFnOptions): tf.Tensor;
export function maxPool2d(x: tf.Tensor, kernelSize: number | [number, number], stride?: number | [number, number] | null, padding?: Padding2D, options?: MaxPool2DFnOptions): tf.Tensor;
export function maxPool2d(x: tf.Tensor, kernelSize: number | [number, number], stride?: number | [number, number] | null, padding?: Padding2D, returnMask?: boolean, options?: MaxPool2DFnOptions): tf.Tensor;
export function maxPool2d(x: tf.Tensor, kernelSize: number | [number, number], stride?: number | [number, number] | null, padding?: Padding2D, returnMask?: boolean, ceilMode?: boolean, options?: MaxPool2DFnOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input `[N, C, H, W]` (or NHWC)
 * @param kernelSize - window size
 */
export function maxPool2d(x: tf.Tensor, kernelSize: number | [number, number], stride?: number | [number, number] | null, padding?: Padding2D, returnMask?: boolean, ceilMode?: boolean, dataFormat?: DataFormat, name?: string | null): tf.Tensor;
export function maxPool2d(...args: unknown[]): tf.Tensor {
  const { x, kernelSize, ...o } = resolveArgs<MaxPool2dArgs>(MAX_POOL2D_SIGNATURE, args);
  if (o.returnMask) throw new UnsupportedError('maxPool2d: returnMask is not supported.');
  const fmt = checkDataFormat(o.dataFormat ?? 'NCHW', 'maxPool2d');
  const g = poolGeometry(kernelSize, o.stride, o.padding, o.ceilMode, fmt, 'maxPool2d');
  check4d(x, 'maxPool2d');
  return viaChannelsLast(x, fmt, (t) => maxPoolChannelsLast(t, g));
}

/** Max pooling of an NHWC tensor. @internal */
export function maxPoolChannelsLast(x: tf.Tensor, g: PoolGeometry, where = 'maxPool2d'): tf.Tensor {
  const [, h, w] = x.shape as number[];
  const [t, b, l, r] = poolPads(g, h, w, where, x.shape);
  const pad: [[number, number], [number, number], [number, number], [number, number]] = [[0, 0], [t, b], [l, r], [0, 0]];
  if (tf.getBackend() !== 'wasm') return tf.maxPool(x as tf.Tensor4D, g.kernel, g.stride, pad);
  // tfjs-backend-wasm 4.22's MaxPoolGrad starts each window's running max at 0, so windows of
  // negative values pass no gradient (or a wrong one). Its backward therefore runs on the input
  // shifted to be >= 1, which has the same argmax.
  const run = tf.customGrad(((input: tf.Tensor, save: tf.GradSaveFunc) => {
    save([input]);
    return {
      value: tf.maxPool(input as tf.Tensor4D, g.kernel, g.stride, pad),
      gradFunc: (dy: tf.Tensor, [saved]: tf.Tensor[]) => tf.tidy(() => {
        const shifted = tf.add(tf.sub(saved, tf.min(saved)), 1);
        const output = tf.maxPool(shifted as tf.Tensor4D, g.kernel, g.stride, pad);
        return tf.engine().runKernel('MaxPoolGrad', { dy, input: shifted, output },
          { filterSize: g.kernel, strides: g.stride, pad } as unknown as tf.NamedAttrMap) as tf.Tensor;
      }),
    };
  }) as unknown as Parameters<typeof tf.customGrad>[0]);
  return run(x);
}

/**
 * All of {@link avgPool2d}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.avg_pool2d(x=x, kernel_size=kernelSize)
 * paddle.nn.functional.avgPool2d({ x, kernelSize });
 * ```
 * @category nn.functional
 */
export interface AvgPool2dArgs extends AvgPool2DFnOptions {
  x: tf.Tensor;
  kernelSize: number | [number, number];
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const AVG_POOL2D_SIGNATURE = defineSignature('nn.functional.avgPool2d', ['x', 'kernelSize', 'stride', 'padding', 'ceilMode', 'exclusive', 'divisorOverride', 'dataFormat', 'name'], { required: 2 });

/**
 * 2-D average pooling (`paddle.nn.functional.avg_pool2d`). With `exclusive` (the default) each
 * window is divided by its number of non-padding elements, otherwise by the kernel area.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link AvgPool2dArgs})
 * @returns the pooled tensor
 * @example
 * ```ts
 * paddle.nn.functional.avgPool2d(tf.ones([1, 3, 8, 8]), 2).shape; // [1, 3, 4, 4]
 * ```
 * @category nn.functional
 */
export function avgPool2d(args: AvgPool2dArgs): tf.Tensor;
export function avgPool2d(x: tf.Tensor, kernelSize: number | [number, number], options?: AvgPool2DFnOptions): tf.Tensor;
export function avgPool2d(x: tf.Tensor, kernelSize: number | [number, number], stride?: number | [number, number] | null, options?: AvgPool2DFnOptions): tf.Tensor;
export function avgPool2d(x: tf.Tensor, kernelSize: number | [number, number], stride?: number | [number, number] | null, padding?: Padding2D, options?: AvgPool2DFnOptions): tf.Tensor;
export function avgPool2d(x: tf.Tensor, kernelSize: number | [number, number], stride?: number | [number, number] | null, padding?: Padding2D, ceilMode?: boolean, options?: AvgPool2DFnOptions): tf.Tensor;
export function avgPool2d(x: tf.Tensor, kernelSize: number | [number, number], stride?: number | [number, number] | null, padding?: Padding2D, ceilMode?: boolean, exclusive?: boolean, options?: AvgPool2DFnOptions): tf.Tensor;
export function avgPool2d(x: tf.Tensor, kernelSize: number | [number, number], stride?: number | [number, number] | null, padding?: Padding2D, ceilMode?: boolean, exclusive?: boolean, divisorOverride?: number | null, options?: AvgPool2DFnOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input `[N, C, H, W]` (or NHWC)
 * @param kernelSize - window size
 */
export function avgPool2d(x: tf.Tensor, kernelSize: number | [number, number], stride?: number | [number, number] | null, padding?: Padding2D, ceilMode?: boolean, exclusive?: boolean, divisorOverride?: number | null, dataFormat?: DataFormat, name?: string | null): tf.Tensor;
export function avgPool2d(...args: unknown[]): tf.Tensor {
  const { x, kernelSize, ...o } = resolveArgs<AvgPool2dArgs>(AVG_POOL2D_SIGNATURE, args);
  const fmt = checkDataFormat(o.dataFormat ?? 'NCHW', 'avgPool2d');
  const g = poolGeometry(kernelSize, o.stride, o.padding, o.ceilMode, fmt, 'avgPool2d');
  const divisor = o.divisorOverride ?? null;
  if (divisor !== null && !(typeof divisor === 'number' && divisor > 0)) {
    throw new InvalidArgumentError('divisorOverride', 'a positive number or null', divisor, 'avgPool2d');
  }
  check4d(x, 'avgPool2d');
  return viaChannelsLast(x, fmt, (t) => avgPoolChannelsLast(t, g, o.exclusive ?? true, divisor));
}

/**
 * Average pooling of an NHWC tensor. Pads with zeros itself and pools with no padding (so the
 * kernel divides by the area on every backend), then rescales windows that overlap the padding
 * when `exclusive`. @internal
 */
export function avgPoolChannelsLast(x: tf.Tensor, g: PoolGeometry, exclusive: boolean, divisorOverride: number | null,
  where = 'avgPool2d'): tf.Tensor {
  const [, h, w] = x.shape as number[];
  const [t, b, l, r] = poolPads(g, h, w, where, x.shape);
  const area = g.kernel[0] * g.kernel[1];
  return tf.tidy(() => {
    const padded = t + b + l + r > 0 ? tf.pad(x, [[0, 0], [t, b], [l, r], [0, 0]]) : x;
    const mean = tf.avgPool(padded as tf.Tensor4D, g.kernel, g.stride, 'valid');
    if (divisorOverride !== null) return tf.mul(mean, area / divisorOverride);
    if (!exclusive || t + b + l + r === 0) return mean;
    const [, oh, ow] = mean.shape;
    const scale = new Float32Array(oh * ow);
    const count = (start: number, k: number, n: number) => Math.min(start + k, n) - Math.max(start, 0);
    for (let i = 0; i < oh; i++) {
      const ch = count(i * g.stride[0] - t, g.kernel[0], h);
      for (let j = 0; j < ow; j++) scale[i * ow + j] = area / (ch * count(j * g.stride[1] - l, g.kernel[1], w));
    }
    return tf.mul(mean, tf.tensor4d(scale, [1, oh, ow, 1]));
  });
}

/** `5` → `[5, 5]`; `[3, null]` keeps the input size where null. */
function outputPair(outputSize: unknown, h: number, w: number, where: string): [number, number] {
  const pair = typeof outputSize === 'number' ? [outputSize, outputSize] : outputSize;
  if (Array.isArray(pair) && pair.length === 2) {
    const out = [pair[0] ?? h, pair[1] ?? w];
    if (out.every((v) => Number.isInteger(v) && v >= 1)) return [out[0], out[1]];
  }
  throw new InvalidArgumentError('outputSize', 'a positive integer or a list of two (null keeps the input size)', outputSize, where);
}

/**
 * All of {@link adaptiveAvgPool2d}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.adaptive_avg_pool2d(x=x, output_size=1)
 * paddle.nn.functional.adaptiveAvgPool2d({ x, outputSize: 1 });
 * ```
 * @category nn.functional
 */
export interface AdaptiveAvgPool2dArgs {
  x: tf.Tensor;
  /** The output's height and width (an int for both; null keeps the input's). */
  outputSize: number | [number | null, number | null];
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const ADAPTIVE_AVG_POOL2D_SIGNATURE = defineSignature('nn.functional.adaptiveAvgPool2d', ['x', 'outputSize', 'dataFormat', 'name'], { required: 2 });

/**
 * Adaptive average pooling (`paddle.nn.functional.adaptive_avg_pool2d`): output cell `i` averages
 * rows `floor(i·H/out)` to `ceil((i+1)·H/out)`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link AdaptiveAvgPool2dArgs})
 * @returns the pooled tensor
 * @example
 * ```ts
 * paddle.nn.functional.adaptiveAvgPool2d(tf.ones([2, 8, 9, 11]), 1).shape; // [2, 8, 1, 1]
 * ```
 * @category nn.functional
 */
export function adaptiveAvgPool2d(args: AdaptiveAvgPool2dArgs): tf.Tensor;
export function adaptiveAvgPool2d(x: tf.Tensor, outputSize: number | [number | null, number | null], options?: Omit<AdaptiveAvgPool2dArgs, 'x' | 'outputSize'>): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input `[N, C, H, W]` (or NHWC)
 * @param outputSize - `[outH, outW]` or one int for both; `null` keeps that input size
 * @param dataFormat - @defaultValue 'NCHW'
 */
export function adaptiveAvgPool2d(x: tf.Tensor, outputSize: number | [number | null, number | null], dataFormat?: DataFormat, name?: string | null): tf.Tensor;
export function adaptiveAvgPool2d(...args: unknown[]): tf.Tensor {
  const { x, outputSize, dataFormat = 'NCHW' } = resolveArgs<AdaptiveAvgPool2dArgs>(ADAPTIVE_AVG_POOL2D_SIGNATURE, args);
  const fmt = checkDataFormat(dataFormat, 'adaptiveAvgPool2d');
  check4d(x, 'adaptiveAvgPool2d');
  return viaChannelsLast(x, fmt, (t) => adaptivePoolChannelsLast(t, outputSize, 'avg', 'adaptiveAvgPool2d'));
}

/**
 * All of {@link adaptiveMaxPool2d}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.adaptive_max_pool2d(x=x, output_size=1)
 * paddle.nn.functional.adaptiveMaxPool2d({ x, outputSize: 1 });
 * ```
 * @category nn.functional
 */
export interface AdaptiveMaxPool2dArgs {
  x: tf.Tensor;
  /** The output's height and width (an int for both; null keeps the input's). */
  outputSize: number | [number | null, number | null];
  /** Not supported (throws when true). @defaultValue false */
  returnMask?: boolean;
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const ADAPTIVE_MAX_POOL2D_SIGNATURE = defineSignature('nn.functional.adaptiveMaxPool2d', ['x', 'outputSize', 'returnMask', 'name'], { required: 2 });

/**
 * Adaptive max pooling (`paddle.nn.functional.adaptive_max_pool2d`), same windows as
 * {@link adaptiveAvgPool2d}.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link AdaptiveMaxPool2dArgs})
 * @returns the pooled tensor
 * @throws UnsupportedError for `returnMask: true`
 * @example
 * ```ts
 * paddle.nn.functional.adaptiveMaxPool2d(tf.ones([2, 8, 9, 11]), [3, 3]).shape; // [2, 8, 3, 3]
 * ```
 * @category nn.functional
 */
export function adaptiveMaxPool2d(args: AdaptiveMaxPool2dArgs): tf.Tensor;
export function adaptiveMaxPool2d(x: tf.Tensor, outputSize: number | [number | null, number | null], options?: Omit<AdaptiveMaxPool2dArgs, 'x' | 'outputSize'>): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input `[N, C, H, W]`
 * @param outputSize - `[outH, outW]` or one int for both
 * @param returnMask - not supported @defaultValue false
 */
export function adaptiveMaxPool2d(x: tf.Tensor, outputSize: number | [number | null, number | null], returnMask?: boolean, name?: string | null): tf.Tensor;
export function adaptiveMaxPool2d(...args: unknown[]): tf.Tensor {
  const { x, outputSize, returnMask = false } = resolveArgs<AdaptiveMaxPool2dArgs>(ADAPTIVE_MAX_POOL2D_SIGNATURE, args);
  if (returnMask) throw new UnsupportedError('adaptiveMaxPool2d: returnMask is not supported.');
  check4d(x, 'adaptiveMaxPool2d');
  return viaChannelsLast(x, 'NCHW', (t) => adaptivePoolChannelsLast(t, outputSize, 'max', 'adaptiveMaxPool2d'));
}

/** Adaptive pooling of an NHWC tensor; separable, since both mean and max over a box are. @internal */
export function adaptivePoolChannelsLast(x: tf.Tensor, outputSize: unknown, kind: 'avg' | 'max', where: string): tf.Tensor {
  const [, h, w] = x.shape as number[];
  const [oh, ow] = outputPair(outputSize, h, w, where);
  return tf.tidy(() => {
    if (h % oh === 0 && w % ow === 0) {
      const k: [number, number] = [h / oh, w / ow];
      if (k[0] === 1 && k[1] === 1) return tf.clone(x);
      return kind === 'avg' ? tf.avgPool(x as tf.Tensor4D, k, k, 'valid') : tf.maxPool(x as tf.Tensor4D, k, k, 'valid');
    }
    const along = (t: tf.Tensor, axis: 1 | 2, n: number, out: number): tf.Tensor => {
      if (n === out) return t;
      const parts: tf.Tensor[] = [];
      for (let i = 0; i < out; i++) {
        const start = Math.floor((i * n) / out);
        const end = Math.ceil(((i + 1) * n) / out);
        const begin = [0, 0, 0, 0];
        const size = t.shape.slice();
        begin[axis] = start;
        size[axis] = end - start;
        const win = tf.slice(t, begin, size);
        parts.push(kind === 'avg' ? tf.mean(win, axis, true) : tf.max(win, axis, true));
      }
      return tf.concat(parts, axis);
    };
    return along(along(x, 1, h, oh), 2, w, ow);
  });
}
