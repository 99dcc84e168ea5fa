/**
 * Shared pieces of the convolution-gradient kernels. Each gradient is rewritten as forward
 * convolutions (which XNNPACK runs fast on WASM) plus cheap pads, slices and transposes.
 */
import * as tf from '@tensorflow/tfjs-core';

export type Pair = [number, number];

/** `[a, a]` for a number, else the pair itself. */
export const pair = (v: number | Pair | undefined, dflt = 1): Pair => (v === undefined ? [dflt, dflt] : typeof v === 'number' ? [v, v] : v);

/** True for a tracked engine tensor (kernels may in principle receive bare TensorInfos). */
export const isTensor = (t: unknown): t is tf.Tensor => t instanceof tf.Tensor;

/**
 * Pads axes 1 and 2 of an NHWC tensor by `[top, bottom]` and `[left, right]`; a negative amount
 * crops that many rows or columns instead.
 */
export function padOrCrop(x: tf.Tensor4D, [top, bottom]: Pair, [left, right]: Pair): tf.Tensor4D {
  let y = x;
  if (top > 0 || bottom > 0 || left > 0 || right > 0) {
    y = tf.pad(y, [[0, 0], [Math.max(0, top), Math.max(0, bottom)], [Math.max(0, left), Math.max(0, right)], [0, 0]]);
  }
  if (top < 0 || bottom < 0 || left < 0 || right < 0) {
    const [n, h, w, c] = y.shape;
    const t = Math.max(0, -top);
    const l = Math.max(0, -left);
    y = tf.slice(y, [0, t, l, 0], [n, h - t - Math.max(0, -bottom), w - l - Math.max(0, -right), c]);
  }
  return y;
}

/** Inserts `s - 1` zeros between neighbouring rows (axis 1) and columns (axis 2). */
export function insertZeros(x: tf.Tensor4D, [sh, sw]: Pair): tf.Tensor4D {
  if (sh === 1 && sw === 1) return x;
  const [n, h, w, c] = x.shape;
  const spread = tf.pad(tf.reshape(x, [n, h, 1, w, 1, c]), [[0, 0], [0, 0], [0, sh - 1], [0, 0], [0, sw - 1], [0, 0]]);
  return tf.slice(tf.reshape(spread, [n, h * sh, w * sw, c]) as tf.Tensor4D, [0, 0, 0, 0], [n, (h - 1) * sh + 1, (w - 1) * sw + 1, c]);
}

/** Spreads a `[kh, kw, a, b]` filter to its dilated size by inserting zeros between taps. */
export function dilateFilter(f: tf.Tensor4D, [dh, dw]: Pair): tf.Tensor4D {
  if (dh === 1 && dw === 1) return f;
  const [kh, kw, a, b] = f.shape;
  const spread = insertZeros(tf.reshape(f, [1, kh, kw, a * b]), [dh, dw]);
  return tf.reshape(spread, [(kh - 1) * dh + 1, (kw - 1) * dw + 1, a, b]);
}

export const toNHWC = <T extends tf.Tensor>(x: T): T => tf.transpose(x, [0, 2, 3, 1]);
export const toNCHW = <T extends tf.Tensor>(x: T): T => tf.transpose(x, [0, 3, 1, 2]);

/** Geometry of a forward convolution whose input gradient is wanted. */
export interface TransposedGeometry {
  /** Input height and width (the gradient's spatial size). */
  inHeight: number;
  inWidth: number;
  /** (Undilated) filter height and width. */
  filterHeight: number;
  filterWidth: number;
  strides: Pair;
  /** Padding added before the first row and column in the forward pass. */
  padTop: number;
  padLeft: number;
}

/**
 * The input gradient of a strided convolution, computed without multiplying zeros: output
 * rows `h` with `(h + padTop) mod stride = r` only meet the filter taps `r, r + stride, …`, so
 * each of the `stride²` phases is a stride-1 correlation of `dy` with that sub-filter, flipped.
 * The phases are then interleaved (a depth-to-space shuffle). With stride 1 this is a single
 * convolution with the flipped filter.
 *
 * `phase(dyWindow, rowStart, colStart, taps)` must correlate `dyWindow` (valid padding, stride 1)
 * with the flipped sub-filter that starts at flipped-filter row/column `rowStart`/`colStart` and
 * steps by the stride, `taps` long, and return `[n, qh, qw, channels]`.
 */
export function transposedConv(
  dy: tf.Tensor4D,
  g: TransposedGeometry,
  channels: number,
  phase: (dyWindow: tf.Tensor4D, rowStart: number, colStart: number, taps: Pair) => tf.Tensor4D,
): tf.Tensor4D {
  const [n, oh, ow] = dy.shape;
  const [sh, sw] = g.strides;
  const qa = [Math.floor(g.padTop / sh), Math.floor(g.padLeft / sw)];
  const qb = [Math.floor((g.padTop + g.inHeight - 1) / sh), Math.floor((g.padLeft + g.inWidth - 1) / sw)];
  const qh = qb[0] - qa[0] + 1;
  const qw = qb[1] - qa[1] + 1;
  const rows: tf.Tensor4D[] = [];
  for (let rh = 0; rh < sh; rh++) {
    const cols: tf.Tensor4D[] = [];
    const jh = Math.max(0, Math.ceil((g.filterHeight - rh) / sh));
    for (let rw = 0; rw < sw; rw++) {
      const jw = Math.max(0, Math.ceil((g.filterWidth - rw) / sw));
      if (jh === 0 || jw === 0) {
        cols.push(tf.zeros([n, qh, qw, channels]));
        continue;
      }
      // dy rows qa-jh+1 .. qb (zeros outside [0, oh)) feed output rows qa .. qb of this phase.
      const window = padOrCrop(dy, [jh - 1 - qa[0], qb[0] - (oh - 1)], [jw - 1 - qa[1], qb[1] - (ow - 1)]);
      const rowStart = g.filterHeight - 1 - rh - (jh - 1) * sh;
      const colStart = g.filterWidth - 1 - rw - (jw - 1) * sw;
      cols.push(phase(window, rowStart, colStart, [jh, jw]));
    }
    rows.push(cols.length === 1 ? cols[0] : (tf.stack(cols, 3) as tf.Tensor4D));
  }
  let out: tf.Tensor4D;
  if (sh === 1 && sw === 1) {
    out = rows[0];
  } else {
    // rows[rh] is [n, qh, qw, (sw,) c]; stacking on axis 2 gives [n, qh, sh, qw, sw, c].
    const stacked = sh === 1 ? tf.expandDims(rows[0], 2) : tf.stack(rows, 2);
    out = tf.reshape(stacked, [n, qh * sh, qw * sw, channels]);
  }
  return tf.slice(out, [0, g.padTop - qa[0] * sh, g.padLeft - qa[1] * sw, 0], [n, g.inHeight, g.inWidth, channels]);
}

type PadAttr = 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;

/** An NCHW explicit padding `[[0,0],[0,0],[t,b],[l,r]]` reordered for NHWC; other forms unchanged. */
export function padToNHWC<P extends PadAttr>(pad: P): P {
  return (Array.isArray(pad) ? [pad[0], pad[2], pad[3], pad[1]] : pad) as P;
}
