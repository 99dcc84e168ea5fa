/**
 * `Conv2DBackpropInput` (the input gradient of `conv2d`, also `conv2dTranspose`) as forward
 * convolutions. tfjs's WASM kernel is a naive C++ loop (~2.4 GFLOP/s against ~25 for XNNPACK).
 */
import * as tf from '@tensorflow/tfjs-core';
import { isTensor, pair, padToNHWC, toNCHW, toNHWC, transposedConv } from './conv-util';
import type { KernelFunc } from './patch';

/** dx of an NHWC convolution of an input of shape `inputShape` with `filter` `[kh, kw, ci, co]`. */
export function conv2dBackpropInput(
  inputShape: [number, number, number, number],
  dy: tf.Tensor4D,
  filter: tf.Tensor4D,
  strides: number | [number, number],
  pad: tf.Conv2DBackpropInputAttrs['pad'],
  dimRoundingMode?: 'floor' | 'round' | 'ceil',
): tf.Tensor4D {
  return tf.tidy(() => {
    const info = tf.backend_util.computeConv2DInfo(inputShape, filter.shape, strides, 1, pad, dimRoundingMode, false, 'channelsLast');
    const [kh, kw, ci, co] = filter.shape;
    // Flipped spatially, in/out channels swapped: [kh, kw, co, ci].
    const flipped = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]);
    const [sh, sw] = [info.strideHeight, info.strideWidth];
    const geometry = {
      inHeight: inputShape[1],
      inWidth: inputShape[2],
      filterHeight: kh,
      filterWidth: kw,
      strides: [sh, sw] as [number, number],
      padTop: info.padInfo.top,
      padLeft: info.padInfo.left,
    };
    return transposedConv(dy, geometry, ci, (window, rowStart, colStart, [jh, jw]) => {
      const sub = sh === 1 && sw === 1 ? flipped : tf.stridedSlice(flipped, [rowStart, colStart, 0, 0], [rowStart + (jh - 1) * sh + 1, colStart + (jw - 1) * sw + 1, co, ci], [sh, sw, 1, 1]);
      return tf.conv2d(window, sub as tf.Tensor4D, 1, 'valid');
    });
  });
}

/** Kernel function for WASM; handles NHWC and NCHW. */
export function makeConv2dBackpropInput(stock: KernelFunc | null): KernelFunc {
  return (args) => {
    const { dy, filter } = args.inputs as { dy: tf.Tensor4D; filter: tf.Tensor4D };
    const attrs = args.attrs as unknown as tf.Conv2DBackpropInputAttrs;
    if ((!isTensor(dy) || !isTensor(filter)) && stock) return stock(args);
    if (attrs.dataFormat !== 'NCHW') {
      return conv2dBackpropInput(attrs.inputShape, dy, filter, pair(attrs.strides), attrs.pad, attrs.dimRoundingMode);
    }
    const [n, c, h, w] = attrs.inputShape;
    return tf.tidy(() => toNCHW(conv2dBackpropInput([n, h, w, c], toNHWC(dy), filter, pair(attrs.strides), padToNHWC(attrs.pad), attrs.dimRoundingMode)));
  };
}
