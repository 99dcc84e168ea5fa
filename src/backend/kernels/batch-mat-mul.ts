/**
 * `BatchMatMul` with `transposeA`/`transposeB` on WASM. XNNPACK's fast path takes only
 * untransposed operands; tfjs falls back to a loop for the others (0.42 GFLOP/s for
 * `transposeA` against ~30 untransposed), and backpropagation through every dense layer
 * multiplies by a transpose. An explicit `transpose` first is far cheaper.
 */
import * as tf from '@tensorflow/tfjs-core';
import { isTensor } from './conv-util';
import type { KernelFunc } from './patch';

const swapLast = (rank: number): number[] => [...Array.from({ length: rank - 2 }, (_, i) => i), rank - 1, rank - 2];

/** Wraps WASM's stock `BatchMatMul` so transposed operands are transposed explicitly first. */
export function makeBatchMatMul(stock: KernelFunc | null): KernelFunc {
  if (stock === null) throw new Error('BatchMatMul: the stock kernel must exist to be wrapped');
  return (args) => {
    const { a, b } = args.inputs as { a: tf.Tensor; b: tf.Tensor };
    const attrs = args.attrs as unknown as tf.BatchMatMulAttrs;
    if ((!attrs.transposeA && !attrs.transposeB) || !isTensor(a) || !isTensor(b)) return stock(args);
    const at = attrs.transposeA ? tf.transpose(a, swapLast(a.rank)) : a;
    const bt = attrs.transposeB ? tf.transpose(b, swapLast(b.rank)) : b;
    try {
      return stock({ ...args, inputs: { ...args.inputs, a: at, b: bt }, attrs: { ...args.attrs, transposeA: false, transposeB: false } });
    } finally {
      if (at !== a) at.dispose();
      if (bt !== b) bt.dispose();
    }
  };
}
