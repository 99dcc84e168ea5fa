/**
 * `BatchMatMul` with `transposeA`/`transposeB` on WASM. XNNPACK's fast path takes only
 * untransposed operands; tfjs falls back to a loop for the others (0.42 GFLOP/s for
 * `transposeA` against ~30 untransposed), and backpropagation through every dense layer
 * multiplies by a transpose. Transposing explicitly first is far cheaper — but WASM's own
 * `Transpose` is slow on big matrices, so the cheaper of two equivalent forms is used:
 * `op(A)·op(B)` with the transposed operands materialized, or `(op(B)ᵀ·op(A)ᵀ)ᵀ`, which
 * materializes the untransposed operands and the result instead (a win for `dY·Wᵀ` with a big
 * weight `W` and a small batch).
 */
import * as tf from '@tensorflow/tfjs-core';
import { isTensor } from './conv-util';
import type { KernelFunc } from './patch';

const swapLast = (rank: number): number[] => [...Array.from({ length: rank - 2 }, (_, i) => i), rank - 1, rank - 2];
const size = (t: tf.TensorInfo): number => t.shape.reduce((p, d) => p * d, 1);
const t2 = (x: tf.Tensor): tf.Tensor => tf.transpose(x, swapLast(x.rank));

/** Wraps WASM's stock `BatchMatMul` so it is only ever called with untransposed operands. */
export function makeBatchMatMul(stock: KernelFunc | null): KernelFunc {
  if (stock === null) throw new Error('BatchMatMul: the stock kernel must exist to be wrapped');
  return (args) => {
    const { a, b } = args.inputs as { a: tf.Tensor; b: tf.Tensor };
    const { transposeA, transposeB } = args.attrs as unknown as tf.BatchMatMulAttrs;
    if ((!transposeA && !transposeB) || !isTensor(a) || !isTensor(b)) return stock(args);
    const plain = (left: tf.Tensor, right: tf.Tensor) =>
      stock({ ...args, inputs: { a: left, b: right }, attrs: { ...args.attrs, transposeA: false, transposeB: false } }) as tf.TensorInfo;
    const m = a.shape[a.rank - (transposeA ? 1 : 2)];
    const n = b.shape[b.rank - (transposeB ? 2 : 1)];
    const outSize = (size(a) / (a.shape[a.rank - 1] * a.shape[a.rank - 2])) * m * n;
    const costDirect = (transposeA ? size(a) : 0) + (transposeB ? size(b) : 0);
    const costSwapped = (transposeA ? 0 : size(a)) + (transposeB ? 0 : size(b)) + outSize;
    return tf.tidy(() => {
      if (costDirect <= costSwapped) {
        const out = plain(transposeA ? t2(a) : a, transposeB ? t2(b) : b);
        return tf.engine().makeTensorFromTensorInfo(out);
      }
      const outT = tf.engine().makeTensorFromTensorInfo(plain(transposeB ? b : t2(b), transposeA ? a : t2(a)));
      return t2(outT);
    });
  };
}
