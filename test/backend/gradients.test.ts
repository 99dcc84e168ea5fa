import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import 'tfjs-hapi';
import { useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';
import { values } from './kernel-harness';

// Gradients that stock tfjs cannot take on wasm (depthwise conv, gather) or takes slowly
// (strided conv dX, transposed matMul), through tfjs's own gradient functions, against the
// JS backend.
const X = values(2 * 9 * 8 * 4, 1);
const DW = values(3 * 3 * 4 * 2, 2);
const EMB = values(12 * 5, 3);
const IDX = [3, 0, 11, 3, 7, 3];
const W = values(5 * 7, 4);

function lossGrads(): number[][] {
  return tf.tidy(() => {
    const x = tf.tensor4d(X, [2, 9, 8, 4]);
    const dw = tf.tensor4d(DW, [3, 3, 4, 2]);
    const emb = tf.tensor2d(EMB, [12, 5]);
    const w = tf.tensor2d(W, [5, 7]);
    const idx = tf.tensor1d(IDX, 'int32');
    const f = (x: tf.Tensor, dw: tf.Tensor, emb: tf.Tensor, w: tf.Tensor) => {
      const y = tf.depthwiseConv2d(x as tf.Tensor4D, dw as tf.Tensor4D, 2, 'same');
      const z = tf.conv2dTranspose(y, tf.ones([3, 3, 5, 8]), [2, 10, 8, 5], 2, 'same');
      const e = tf.matMul(tf.gather(emb, idx), w);
      return tf.add(tf.sum(tf.square(z)), tf.sum(tf.square(e)));
    };
    const grads = tf.grads(f)([x, dw, emb, w]);
    return grads.map((g) => Array.from(g.dataSync()));
  });
}

describe('gradients tfjs lacks on wasm', () => {
  it('depthwise conv, strided conv2dTranspose, gather and matMul gradients on wasm match the JS backend', async () => {
    await useBackend('cpu');
    const expected = lossGrads();
    await useBackend('wasm');
    const before = tf.memory().numTensors;
    const got = lossGrads();
    expect(tf.memory().numTensors).toBe(before);
    const names = ['x', 'depthwise filter', 'embedding', 'dense weight'];
    got.forEach((g, i) => expectClose(g, expected[i], { rtol: 1e-4, atol: 1e-4, label: names[i] }));
    // Rows of the embedding never looked up get no gradient; row 3, looked up thrice, gets the sum.
    expect(got[2].slice(5, 10).every((v) => v === 0)).toBe(true);
  });
});
