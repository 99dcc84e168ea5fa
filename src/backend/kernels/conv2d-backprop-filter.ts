/**
 * `Conv2DBackpropFilter` (the weight gradient of `conv2d`) as one forward convolution.
 * tfjs's WASM backend has no such kernel (training a CNN fails), and the JS backend's reads
 * every element through `TensorBuffer.get` (~0.01 GFLOP/s).
 */
import * as tf from '@tensorflow/tfjs-core';
import { isTensor, pair, padToNHWC, toNHWC } from './conv-util';
import type { KernelFunc } from './patch';

/**
 * dW[i,j,ci,co] = Σ_{b,oh,ow} xpad[b, oh·s + i, ow·s + j, ci] · dy[b, oh, ow, co], which is a
 * convolution of xpad viewed as `[ci, Hp, Wp, b]` (batch as channels) with dy viewed as the
 * filter `[oh, ow, b, co]`, stride 1 and dilation s; the first kh×kw outputs are dW.
 */
export function conv2dBackpropFilter(
  x: tf.Tensor4D,
  dy: tf.Tensor4D,
  filterShape: [number, number, number, number],
  strides: number | [number, number],
  pad: tf.Conv2DBackpropFilterAttrs['pad'],
  dimRoundingMode?: 'floor' | 'round' | 'ceil',
): tf.Tensor4D {
  return tf.tidy(() => {
    const info = tf.backend_util.computeConv2DInfo(x.shape, filterShape, strides, 1, pad, dimRoundingMode, false, 'channelsLast');
    const [kh, kw, ci, co] = filterShape;
    const { top, left } = info.padInfo;
    const [oh, ow] = [dy.shape[1], dy.shape[2]];
    // Rounding modes can make the last window run past the padded input: pad enough for it.
    const bottom = Math.max(info.padInfo.bottom, (oh - 1) * info.strideHeight + kh - x.shape[1] - top);
    const right = Math.max(info.padInfo.right, (ow - 1) * info.strideWidth + kw - x.shape[2] - left);
    const xp = top || bottom || left || right ? tf.pad(x, [[0, 0], [top, bottom], [left, right], [0, 0]]) : x;
    const xt = tf.transpose(xp, [3, 1, 2, 0]);
    const f = tf.transpose(dy, [1, 2, 0, 3]);
    const r = tf.conv2d(xt, f, 1, 'valid', 'NHWC', [info.strideHeight, info.strideWidth]);
    return tf.transpose(tf.slice(r, [0, 0, 0, 0], [ci, kh, kw, co]), [1, 2, 0, 3]);
  });
}

/** Kernel function for any backend that runs `conv2d` well; handles NHWC and NCHW. */
export function makeConv2dBackpropFilter(stock: KernelFunc | null): KernelFunc {
  return (args) => {
    const { x, dy } = args.inputs as { x: tf.Tensor4D; dy: tf.Tensor4D };
    const attrs = args.attrs as unknown as tf.Conv2DBackpropFilterAttrs;
    if ((!isTensor(x) || !isTensor(dy)) && stock) return stock(args);
    const nchw = attrs.dataFormat === 'NCHW';
    return tf.tidy(() =>
      conv2dBackpropFilter(nchw ? toNHWC(x) : x, nchw ? toNHWC(dy) : dy, attrs.filterShape, pair(attrs.strides), nchw ? padToNHWC(attrs.pad) : attrs.pad, attrs.dimRoundingMode),
    );
  };
}
