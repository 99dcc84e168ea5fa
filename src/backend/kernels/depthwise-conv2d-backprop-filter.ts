/**
 * `DepthwiseConv2dNativeBackpropFilter` on WASM, which tfjs lacks. Computed as one depthwise
 * forward convolution in which each (channel, batch item) pair is its own channel.
 */
import * as tf from '@tensorflow/tfjs-core';
import { isTensor, pair } from './conv-util';
import type { KernelFunc } from './patch';

/**
 * dW[i,j,c,m] = Σ_{b,oh,ow} xpad[b, oh·s + i·d, ow·s + j·d, c] · dy[b, oh, ow, c·M + m]: a
 * depthwise convolution of xpad viewed as `[1, Hp, Wp, c·B]` with dy viewed as the filter
 * `[oh, ow, c·B, M]`, stride d and dilation s, summed over the batch afterwards.
 */
export function depthwiseConv2dBackpropFilter(
  x: tf.Tensor4D,
  dy: tf.Tensor4D,
  filterShape: [number, number, number, number],
  strides: [number, number],
  dilations: [number, number],
  pad: tf.DepthwiseConv2dNativeBackpropFilterAttrs['pad'],
  dimRoundingMode?: 'floor' | 'round' | 'ceil',
): tf.Tensor4D {
  return tf.tidy(() => {
    const info = tf.backend_util.computeConv2DInfo(x.shape, filterShape, strides, dilations, pad, dimRoundingMode, true, 'channelsLast');
    const [kh, kw, c, m] = filterShape;
    const [b, h, w] = x.shape;
    const [, oh, ow] = dy.shape;
    const [sh, sw] = strides;
    const [dh, dw] = dilations;
    const { top, left } = info.padInfo;
    const bottom = Math.max(info.padInfo.bottom, (oh - 1) * sh + (kh - 1) * dh + 1 - h - top);
    const right = Math.max(info.padInfo.right, (ow - 1) * sw + (kw - 1) * dw + 1 - w - left);
    const xp = top || bottom || left || right ? tf.pad(x, [[0, 0], [top, bottom], [left, right], [0, 0]]) : x;
    const [, hp, wp] = xp.shape;
    const input: tf.Tensor4D = tf.reshape(tf.transpose(xp, [1, 2, 3, 0]), [1, hp, wp, c * b]);
    const kernel: tf.Tensor4D = tf.reshape(tf.transpose(tf.reshape(dy, [b, oh, ow, c, m]), [1, 2, 3, 0, 4]), [oh, ow, c * b, m]);
    const r = tf.depthwiseConv2d(input, kernel, [dh, dw], 'valid', 'NHWC', [sh, sw]);
    const [, rh, rw] = r.shape;
    const perItem = tf.slice(tf.reshape(r, [rh, rw, c, b, m]), [0, 0, 0, 0, 0], [kh, kw, c, b, m]);
    return tf.sum(perItem, 3);
  });
}

/** Kernel function for WASM. */
export function makeDepthwiseConv2dBackpropFilter(stock: KernelFunc | null): KernelFunc {
  return (args) => {
    const { x, dy } = args.inputs as { x: tf.Tensor4D; dy: tf.Tensor4D };
    const attrs = args.attrs as unknown as tf.DepthwiseConv2dNativeBackpropFilterAttrs;
    if ((!isTensor(x) || !isTensor(dy)) && stock) return stock(args);
    return depthwiseConv2dBackpropFilter(x, dy, attrs.filterShape, pair(attrs.strides), pair(attrs.dilations), attrs.pad, attrs.dimRoundingMode);
  };
}
