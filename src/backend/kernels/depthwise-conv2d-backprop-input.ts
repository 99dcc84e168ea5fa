/**
 * `DepthwiseConv2dNativeBackpropInput` on WASM, which tfjs lacks (training a depthwise conv,
 * e.g. MobileNet, fails). Computed as depthwise forward convolutions per stride phase.
 */
import * as tf from '@tensorflow/tfjs-core';
import { dilateFilter, isTensor, pair, transposedConv } from './conv-util';
import type { KernelFunc } from './patch';

/** dx of an NHWC depthwise convolution with `filter` `[kh, kw, c, multiplier]`. */
export function depthwiseConv2dBackpropInput(
  inputShape: [number, number, number, number],
  dy: tf.Tensor4D,
  filter: tf.Tensor4D,
  strides: [number, number],
  dilations: [number, number],
  pad: tf.DepthwiseConv2dNativeBackpropInputAttrs['pad'],
  dimRoundingMode?: 'floor' | 'round' | 'ceil',
): tf.Tensor4D {
  return tf.tidy(() => {
    const info = tf.backend_util.computeConv2DInfo(inputShape, filter.shape, strides, dilations, pad, dimRoundingMode, true, 'channelsLast');
    // Dilation becomes zeros in the filter: tfjs forbids dilation and stride > 1 together.
    const dilated = dilateFilter(filter, dilations);
    const [kh, kw, c, m] = dilated.shape;
    const flipped = tf.reshape(tf.reverse(dilated, [0, 1]), [kh, kw, c * m, 1]);
    const [sh, sw] = strides;
    const geometry = {
      inHeight: inputShape[1],
      inWidth: inputShape[2],
      filterHeight: kh,
      filterWidth: kw,
      strides,
      padTop: info.padInfo.top,
      padLeft: info.padInfo.left,
    };
    return transposedConv(dy, geometry, c, (window, rowStart, colStart, [jh, jw]) => {
      const sub = sh === 1 && sw === 1 ? flipped : tf.stridedSlice(flipped, [rowStart, colStart, 0, 0], [rowStart + (jh - 1) * sh + 1, colStart + (jw - 1) * sw + 1, c * m, 1], [sh, sw, 1, 1]);
      const out = tf.depthwiseConv2d(window, sub as tf.Tensor4D, 1, 'valid');
      if (m === 1) return out;
      const [n, qh, qw] = out.shape;
      return tf.sum(tf.reshape(out, [n, qh, qw, c, m]), 4);
    });
  });
}

/** Kernel function for WASM. */
export function makeDepthwiseConv2dBackpropInput(stock: KernelFunc | null): KernelFunc {
  return (args) => {
    const { dy, filter } = args.inputs as { dy: tf.Tensor4D; filter: tf.Tensor4D };
    const attrs = args.attrs as unknown as tf.DepthwiseConv2dNativeBackpropInputAttrs;
    if ((!isTensor(dy) || !isTensor(filter)) && stock) return stock(args);
    return depthwiseConv2dBackpropInput(attrs.inputShape, dy, filter, pair(attrs.strides), pair(attrs.dilations), attrs.pad, attrs.dimRoundingMode);
  };
}
