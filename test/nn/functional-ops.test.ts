// The fused cross-entropy kernels agree with each other: the flat-gather pick (used below 2^24
// rows × classes) and the one-hot product (the fallback above it, where WebGL's float32 index
// textures stop being exact), forward and backward, with and without per-row coefficients.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, it } from 'vitest';
import {
  flatIndices,
  softmaxCrossEntropyDense,
  softmaxCrossEntropyHard,
  softmaxCrossEntropyHardReduced,
} from '../../src/nn/functional/loss-cross-entropy-ops';
import { oneHotFloat } from '../../src/nn/functional/loss-common';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose, expectNoLeak } from '../helpers/tensors';

for (const backend of NODE_BACKENDS) {
  describe(`cross-entropy kernels on ${backend}`, () => {
    beforeAll(() => useBackend(backend));

    it('gather pick, one-hot product and the reduced op give the same loss and gradient', async () => {
      const x = tf.randomNormal([9, 7], 0, 2, 'float32', 3) as tf.Tensor2D;
      const y = tf.tensor1d([0, 6, 3, 3, 1, 2, 5, 4, 0], 'int32');
      const coef = tf.tensor1d([1, 0.5, 2, 0, 1, 1, 3, 1, 0.25]);
      const gy = tf.randomNormal([9], 0, 1, 'float32', 4);
      await expectNoLeak(() => tf.tidy(() => {
        const viaGather = (v: tf.Tensor) => softmaxCrossEntropyHard(v as tf.Tensor2D, y, flatIndices(y, 7, null), coef);
        const viaOneHot = (v: tf.Tensor) => softmaxCrossEntropyDense(v as tf.Tensor2D, oneHotFloat(y, 7), coef);
        const reduced = (v: tf.Tensor) => softmaxCrossEntropyHardReduced(v as tf.Tensor2D, y, flatIndices(y, 7, [0, 6, 3, 3, 1, 2, 5, 4, 0]), coef, 0.5);
        const a = viaGather(x);
        const b = viaOneHot(x);
        const ga = tf.grad((v: tf.Tensor) => tf.sum(tf.mul(viaGather(v), gy)))(x);
        const gb = tf.grad((v: tf.Tensor) => tf.sum(tf.mul(viaOneHot(v), gy)))(x);
        const r = reduced(x);
        const gr = tf.grad((v: tf.Tensor) => reduced(v))(x);
        const gref = tf.grad((v: tf.Tensor) => tf.mul(tf.sum(viaOneHot(v)), 0.5))(x);
        expectClose(a, b);
        expectClose(ga, gb);
        expectClose(r, tf.mul(tf.sum(b), 0.5));
        expectClose(gr, gref);
        return [a, b, ga, gb, r, gr, gref];
      }));
      tf.dispose([x, y, coef, gy]);
    });
  });
}
