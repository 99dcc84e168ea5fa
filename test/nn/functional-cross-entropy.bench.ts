// One training step's loss: nn.functional.crossEntropy (forward + backward of the logits) beside
// tfjs peers doing the same work in the same process.
// Run: npx vitest bench test/nn/functional-cross-entropy.bench.ts --run
// (not part of `vitest run`; compare the rows of one run, not runs across machines).
import * as tf from '@tensorflow/tfjs-core';
import { bench, describe } from 'vitest';
import { nn } from 'tfjs-hapi';
import { useBackend, type NodeBackend } from '../helpers/backend';

type Loss = (x: tf.Tensor, y: tf.Tensor1D, c: number) => tf.Scalar;

const oneHot = (y: tf.Tensor1D, c: number) => tf.cast(tf.oneHot(y, c), 'float32');
const VARIANTS: [string, Loss][] = [
  ['tfjs-hapi crossEntropy (default: labels checked)', (x, y) => nn.functional.crossEntropy(x, y) as tf.Scalar],
  ['tfjs-hapi crossEntropy, checkLabel: false', (x, y) => nn.functional.crossEntropy(x, y, { checkLabel: false }) as tf.Scalar],
  ['peer: tf.losses.softmaxCrossEntropy(oneHot)', (x, y, c) => tf.losses.softmaxCrossEntropy(oneHot(y, c), x) as tf.Scalar],
  ['peer: -mean(sum(logSoftmax · oneHot))', (x, y, c) => tf.neg(tf.mean(tf.sum(tf.mul(tf.logSoftmax(x), oneHot(y, c)), 1))) as tf.Scalar],
];

for (const backend of ['wasm', 'cpu'] as NodeBackend[]) {
  for (const [m, c] of [[64, 10], [64, 1000]]) {
    describe(`${backend} [${m}, ${c}] loss + gradient of the logits`, () => {
      let x: tf.Variable;
      let y: tf.Tensor1D;
      const setup = async () => {
        await useBackend(backend);
        tf.dispose([x, y]);
        x = tf.variable(tf.randomNormal([m, c], 0, 1, 'float32', 1), true, `bench_ce_${backend}_${c}_${Math.random()}`);
        y = tf.randomUniform([m], 0, c, 'int32', 2) as tf.Tensor1D;
      };
      for (const [name, loss] of VARIANTS) {
        bench(
          name,
          () => {
            const out = tf.tidy(() => {
              const { value, grads } = tf.variableGrads(() => loss(x, y, c), [x]);
              return tf.add(value, tf.sum(grads[x.name]));
            });
            out.dataSync();
            out.dispose();
          },
          { setup, time: backend === 'cpu' && c === 1000 ? 1500 : 800 },
        );
      }
    });
  }
}
