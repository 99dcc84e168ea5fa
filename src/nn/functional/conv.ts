import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, ShapeMismatchError, UnsupportedError } from '../../errors';
import { toPair } from '../layer/layer-utils';
import { checkDataFormat, viaChannelsLast, type DataFormat } from './layout';
import { padChannelsLast, type PadMode } from './pad';
import { explicitPads, resolvePadding, type Padding2D, type ResolvedPadding } from './padding';
import { defineSignature, resolveArgs } from '../../framework/args';

/** Resolved geometry of a 2-D convolution. @internal */
export interface ConvGeometry {
  stride: [number, number];
  padding: ResolvedPadding;
  dilation: [number, number];
  groups: number;
}

/** Options of {@link conv2d} after `x`, `weight` (Paddle's keyword arguments). */
export interface Conv2DFnOptions {
  bias?: tf.Tensor | null;
  /** @defaultValue 1 */
  stride?: number | [number, number];
  /** @defaultValue 0 */
  padding?: Padding2D;
  /** @defaultValue 1 */
  dilation?: number | [number, number];
  /** @defaultValue 1 */
  groups?: number;
  /** @defaultValue 'NCHW' */
  dataFormat?: DataFormat;
}

/**
 * All of {@link conv2d}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.conv2d(x=x, weight=weight)
 * paddle.nn.functional.conv2d({ x, weight });
 * ```
 * @category nn.functional
 */
export interface Conv2dArgs extends Conv2DFnOptions {
  x: tf.Tensor;
  weight: tf.Tensor;
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const CONV2D_SIGNATURE = defineSignature('nn.functional.conv2d', ['x', 'weight', 'bias', 'stride', 'padding', 'dilation', 'groups', 'dataFormat', 'name'], { required: 2 });

/**
 * 2-D convolution with Paddle's semantics (`paddle.nn.functional.conv2d`): weight in Paddle's layout
 * `[outChannels, inChannels / groups, kh, kw]`, input NCHW (or NHWC), any stride, padding,
 * dilation and groups (depthwise included).
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link Conv2dArgs})
 * @returns the output, in the input's layout
 * @throws ShapeMismatchError when channels do not match the weight and groups
 * @example
 * ```ts
 * const y = paddle.nn.functional.conv2d(tf.ones([1, 3, 8, 8]), tf.ones([4, 3, 3, 3]), { padding: 1 });
 * y.shape; // [1, 4, 8, 8]
 * ```
 * @category nn.functional
 */
export function conv2d(args: Conv2dArgs): tf.Tensor;
export function conv2d(x: tf.Tensor, weight: tf.Tensor, options?: Conv2DFnOptions): tf.Tensor;
export function conv2d(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, options?: Conv2DFnOptions): tf.Tensor;
export function conv2d(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, stride?: number | [number, number], options?: Conv2DFnOptions): tf.Tensor;
export function conv2d(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, stride?: number | [number, number], padding?: Padding2D, options?: Conv2DFnOptions): tf.Tensor;
export function conv2d(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, stride?: number | [number, number], padding?: Padding2D, dilation?: number | [number, number], options?: Conv2DFnOptions): tf.Tensor;
export function conv2d(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, stride?: number | [number, number], padding?: Padding2D, dilation?: number | [number, number], groups?: number, options?: Conv2DFnOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input `[N, C, H, W]` (or `[N, H, W, C]` with `dataFormat: 'NHWC'`)
 * @param weight - filters `[out, in / groups, kh, kw]`
 */
export function conv2d(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, stride?: number | [number, number], padding?: Padding2D, dilation?: number | [number, number], groups?: number, dataFormat?: DataFormat, name?: string | null): tf.Tensor;
export function conv2d(...args: unknown[]): tf.Tensor {
  const { x, weight, ...o } = resolveArgs<Conv2dArgs>(CONV2D_SIGNATURE, args);
  const fmt = checkDataFormat(o.dataFormat ?? 'NCHW', 'conv2d');
  const geom: ConvGeometry = {
    stride: toPair(o.stride ?? 1, 'stride', 'conv2d'),
    padding: resolvePadding(o.padding ?? 0, fmt, 'conv2d'),
    dilation: toPair(o.dilation ?? 1, 'dilation', 'conv2d'),
    groups: o.groups ?? 1,
  };
  checkConvShapes('conv2d', x, weight, geom.groups, fmt, false);
  return viaChannelsLast(x, fmt, (t) => conv2dChannelsLast(t, weight, o.bias ?? null, geom));
}

/** Validates input and weight ranks and channel counts. @internal */
export function checkConvShapes(where: string, x: tf.Tensor, weight: tf.Tensor, groups: number, fmt: DataFormat, transposed: boolean): void {
  if (!Number.isInteger(groups) || groups < 1) throw new InvalidArgumentError('groups', 'a positive integer', groups, where);
  if (weight.rank !== 4) throw new ShapeMismatchError(where, [null, null, null, null], weight.shape, 'weight of');
  const inChannels = transposed ? weight.shape[0] : (weight.shape[1] as number) * groups;
  const expected = fmt === 'NCHW' ? [null, inChannels, null, null] : [null, null, null, inChannels];
  const c = fmt === 'NCHW' ? x.shape[1] : x.shape[3];
  if (x.rank !== 4 || c !== inChannels) throw new ShapeMismatchError(where, expected, x.shape, 'input of');
}

/**
 * Convolution of an NHWC input with a Paddle-layout weight. Dilation is applied by spreading the
 * filter with zeros, because tfjs has no gradient for dilated convolutions.
 * @internal
 */
export function conv2dChannelsLast(x: tf.Tensor, weight: tf.Tensor, bias: tf.Tensor | null, geom: ConvGeometry,
  paddingMode: PadMode | 'zeros' = 'zeros', where = 'conv2d'): tf.Tensor {
  return tf.tidy(() => {
    const [outC, inPerGroup, kh, kw] = weight.shape;
    const { stride, dilation, groups } = geom;
    const [, h, w, inC] = x.shape;
    const pads = explicitPads(geom.padding, h, w, [kh, kw], stride, dilation);
    let input = x as tf.Tensor4D;
    let pad: 'valid' | [[number, number], [number, number], [number, number], [number, number]] =
      [[0, 0], [pads[0], pads[1]], [pads[2], pads[3]], [0, 0]];
    if (paddingMode !== 'zeros') {
      input = padChannelsLast(input, pads, paddingMode) as tf.Tensor4D;
      pad = 'valid';
    }
    const effH = (kh - 1) * dilation[0] + 1;
    const effW = (kw - 1) * dilation[1] + 1;
    if (input.shape[1] + (pad === 'valid' ? 0 : pads[0] + pads[1]) < effH || input.shape[2] + (pad === 'valid' ? 0 : pads[2] + pads[3]) < effW) {
      throw new ShapeMismatchError(where, [null, null, effH, effW], [x.shape[0], inC, h, w],
        `a padded input at least as large as the (dilated) kernel; input`);
    }
    // [out, in/g, kh, kw] -> [kh, kw, in/g, out]
    const filter = dilateFilter(tf.transpose(weight, [2, 3, 1, 0]) as tf.Tensor4D, dilation);
    let y: tf.Tensor4D;
    if (groups === 1) {
      y = tf.conv2d(input, filter, stride, pad, 'NHWC');
    } else if (groups === inC && inPerGroup === 1) {
      // Depthwise: Paddle's output channel o reads input channel floor(o / m); tfjs orders by (c, m) too.
      const dw = tf.reshape(filter, [filter.shape[0], filter.shape[1], inC, outC / inC]) as tf.Tensor4D;
      y = tf.depthwiseConv2d(input, dw, stride, pad, 'NHWC');
    } else {
      const xs = tf.split(input, groups, 3);
      const fs = tf.split(filter, groups, 3);
      y = tf.concat(xs.map((xi, i) => tf.conv2d(xi as tf.Tensor4D, fs[i] as tf.Tensor4D, stride, pad, 'NHWC')), 3) as tf.Tensor4D;
    }
    return bias ? tf.add(y, bias) : y;
  });
}

/** Spreads a `[kh, kw, in, out]` filter with zeros so a plain convolution computes a dilated one. @internal */
export function dilateFilter(filter: tf.Tensor4D, dilation: [number, number]): tf.Tensor4D {
  const [dh, dw] = dilation;
  if (dh === 1 && dw === 1) return filter;
  const [kh, kw, i, o] = filter.shape;
  const io = i * o;
  const kH = (kh - 1) * dh + 1;
  const kW = (kw - 1) * dw + 1;
  let t = tf.reshape(filter, [kh, 1, kw, io]);
  t = tf.pad(t, [[0, 0], [0, dh - 1], [0, 0], [0, 0]]);
  t = tf.slice(tf.reshape(t, [kh * dh, kw, io]), [0, 0, 0], [kH, kw, io]);
  t = tf.pad(tf.reshape(t, [kH, kw, 1, io]), [[0, 0], [0, 0], [0, dw - 1], [0, 0]]);
  t = tf.slice(tf.reshape(t, [kH, kw * dw, io]), [0, 0, 0], [kH, kW, io]);
  return tf.reshape(t, [kH, kW, i, o]);
}

/** Options of {@link conv2dTranspose} after `x`, `weight`. */
export interface Conv2DTransposeFnOptions extends Conv2DFnOptions {
  /** Extra rows/columns added to one side of the output. @defaultValue 0 */
  outputPadding?: number | [number, number];
  /** The wanted output size `[h, w]`; sets the output padding. */
  outputSize?: number | [number, number] | null;
}

/** Resolved geometry of a transposed convolution. @internal */
export interface ConvTransposeGeometry extends ConvGeometry {
  outputPadding: [number, number];
  outputSize: [number, number] | null;
}

/**
 * All of {@link conv2dTranspose}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: paddle.nn.functional.conv2d_transpose(x=x, weight=weight)
 * paddle.nn.functional.conv2dTranspose({ x, weight });
 * ```
 * @category nn.functional
 */
export interface Conv2dTransposeArgs extends Conv2DTransposeFnOptions {
  x: tf.Tensor;
  weight: tf.Tensor;
  /** Ignored (Paddle names static-graph ops with it). */
  name?: string | null;
}

const CONV2D_TRANSPOSE_SIGNATURE = defineSignature('nn.functional.conv2dTranspose', ['x', 'weight', 'bias', 'stride', 'padding', 'outputPadding', 'dilation', 'groups', 'outputSize', 'dataFormat', 'name'], { required: 2 });

/**
 * Transposed 2-D convolution (`paddle.nn.functional.conv2d_transpose`), weight in Paddle's layout
 * `[inChannels, outChannels / groups, kh, kw]`. Output size
 * `(H − 1)·stride − padTop − padBottom + dilation·(k − 1) + 1 + outputPadding`.
 *
 * @param args - every argument by name, Paddle's keyword form (see {@link Conv2dTransposeArgs})
 * @returns the output, in the input's layout
 * @throws UnsupportedError for `padding: 'SAME'`
 * @example
 * ```ts
 * const y = paddle.nn.functional.conv2dTranspose(tf.ones([1, 3, 5, 5]), tf.ones([3, 2, 3, 3]), { stride: 2 });
 * y.shape; // [1, 2, 11, 11]
 * ```
 * @category nn.functional
 */
export function conv2dTranspose(args: Conv2dTransposeArgs): tf.Tensor;
export function conv2dTranspose(x: tf.Tensor, weight: tf.Tensor, options?: Conv2DTransposeFnOptions): tf.Tensor;
export function conv2dTranspose(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, options?: Conv2DTransposeFnOptions): tf.Tensor;
export function conv2dTranspose(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, stride?: number | [number, number], options?: Conv2DTransposeFnOptions): tf.Tensor;
export function conv2dTranspose(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, stride?: number | [number, number], padding?: Padding2D, options?: Conv2DTransposeFnOptions): tf.Tensor;
export function conv2dTranspose(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, stride?: number | [number, number], padding?: Padding2D, outputPadding?: number | [number, number], options?: Conv2DTransposeFnOptions): tf.Tensor;
export function conv2dTranspose(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, stride?: number | [number, number], padding?: Padding2D, outputPadding?: number | [number, number], dilation?: number | [number, number], options?: Conv2DTransposeFnOptions): tf.Tensor;
export function conv2dTranspose(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, stride?: number | [number, number], padding?: Padding2D, outputPadding?: number | [number, number], dilation?: number | [number, number], groups?: number, options?: Conv2DTransposeFnOptions): tf.Tensor;
export function conv2dTranspose(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, stride?: number | [number, number], padding?: Padding2D, outputPadding?: number | [number, number], dilation?: number | [number, number], groups?: number, outputSize?: number | [number, number] | null, options?: Conv2DTransposeFnOptions): tf.Tensor;
/**
 * Positional form, in Paddle's order.
 *
 * @param x - input `[N, C, H, W]` (or NHWC)
 * @param weight - filters `[in, out / groups, kh, kw]`
 */
export function conv2dTranspose(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor | null, stride?: number | [number, number], padding?: Padding2D, outputPadding?: number | [number, number], dilation?: number | [number, number], groups?: number, outputSize?: number | [number, number] | null, dataFormat?: DataFormat, name?: string | null): tf.Tensor;
export function conv2dTranspose(...args: unknown[]): tf.Tensor {
  const { x, weight, ...o } = resolveArgs<Conv2dTransposeArgs>(CONV2D_TRANSPOSE_SIGNATURE, args);
  const fmt = checkDataFormat(o.dataFormat ?? 'NCHW', 'conv2dTranspose');
  const geom = transposeGeometry(o, fmt, 'conv2dTranspose');
  checkConvShapes('conv2dTranspose', x, weight, geom.groups, fmt, true);
  return viaChannelsLast(x, fmt, (t) => conv2dTransposeChannelsLast(t, weight, o.bias ?? null, geom));
}

/** Validates transposed-convolution options. @internal */
export function transposeGeometry(o: Conv2DTransposeFnOptions, fmt: DataFormat, where: string): ConvTransposeGeometry {
  const padding = resolvePadding(o.padding ?? 0, fmt, where);
  if (padding === 'SAME') {
    throw new UnsupportedError(`${where}: padding 'SAME' is not supported for transposed convolution; give explicit padding.`);
  }
  return {
    stride: toPair(o.stride ?? 1, 'stride', where),
    padding,
    dilation: toPair(o.dilation ?? 1, 'dilation', where),
    groups: o.groups ?? 1,
    outputPadding: toPair(o.outputPadding ?? 0, 'outputPadding', where, 0),
    outputSize: o.outputSize === undefined || o.outputSize === null ? null : toPair(o.outputSize, 'outputSize', where),
  };
}

/** Transposed convolution of an NHWC input with a Paddle-layout weight. @internal */
export function conv2dTransposeChannelsLast(x: tf.Tensor, weight: tf.Tensor, bias: tf.Tensor | null,
  geom: ConvTransposeGeometry, where = 'conv2dTranspose'): tf.Tensor {
  return tf.tidy(() => {
    const [inC, outPerGroup] = weight.shape;
    const { stride, dilation, groups } = geom;
    const [top, bottom, left, right] = geom.padding as [number, number, number, number];
    const [n, h, w] = x.shape;
    // [in, out/g, kh, kw] -> [kh, kw, out/g, in], the layout tfjs's conv2dTranspose expects.
    const filter = tf.transpose(dilateFilter(tf.transpose(weight, [2, 3, 0, 1]) as tf.Tensor4D, dilation), [0, 1, 3, 2]) as tf.Tensor4D;
    const [kH, kW] = filter.shape;
    const fullH = (h - 1) * stride[0] + kH;
    const fullW = (w - 1) * stride[1] + kW;
    let outH = fullH - top - bottom + geom.outputPadding[0];
    let outW = fullW - left - right + geom.outputPadding[1];
    if (geom.outputSize) {
      const [wantH, wantW] = geom.outputSize;
      if (wantH < outH || wantH >= outH + Math.max(stride[0], dilation[0]) || wantW < outW || wantW >= outW + Math.max(stride[1], dilation[1])) {
        throw new InvalidArgumentError('outputSize', `a size in [${outH}, ${outH + Math.max(stride[0], dilation[0])}) × [${outW}, ${outW + Math.max(stride[1], dilation[1])})`, geom.outputSize, where);
      }
      outH = wantH;
      outW = wantW;
    }
    if (outH < 1 || outW < 1) throw new ShapeMismatchError(where, [null, inC, null, null], [n, inC, h, w], 'an input large enough for the padding; input');
    const run = (xi: tf.Tensor4D, fi: tf.Tensor4D) =>
      tf.conv2dTranspose(xi, fi, [n, fullH, fullW, fi.shape[2]], stride, 'valid');
    let full: tf.Tensor4D;
    if (groups === 1) {
      full = run(x as tf.Tensor4D, filter);
    } else {
      const xs = tf.split(x as tf.Tensor4D, groups, 3);
      const fs = tf.split(filter, groups, 3);
      full = tf.concat(xs.map((xi, i) => run(xi as tf.Tensor4D, fs[i] as tf.Tensor4D)), 3) as tf.Tensor4D;
    }
    // Rows past the full output (output padding larger than the bottom padding) get no input.
    const extraH = Math.max(0, top + outH - fullH);
    const extraW = Math.max(0, left + outW - fullW);
    if (extraH > 0 || extraW > 0) full = tf.pad(full, [[0, 0], [0, extraH], [0, extraW], [0, 0]]);
    const y = tf.slice(full, [0, top, left, 0], [n, outH, outW, outPerGroup * groups]);
    return bias ? tf.add(y, bias) : y;
  });
}
