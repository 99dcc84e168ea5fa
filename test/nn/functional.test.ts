// Activations and losses of nn.functional against PyTorch/numpy reference values
// (test/fixtures/nn/gen_functional.py), forward and input gradient, on cpu and wasm.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, it } from 'vitest';
import { nn } from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose, expectNoLeak } from '../helpers/tensors';
import { describeCase, fixtures, lossInputs, valueAndGrad } from './functional-fixtures';

type Fn = (x: tf.Tensor, ...rest: unknown[]) => tf.Tensor;
const F = nn.functional as unknown as Record<string, Fn>;

for (const backend of NODE_BACKENDS) {
  describe(`nn.functional activations on ${backend}`, () => {
    beforeAll(async () => {
      await useBackend(backend);
    });

    for (const c of fixtures.activations) {
      it(`${describeCase(c, c.shape)} matches PyTorch forward and backward`, async () => {
        const x = tf.tensor(c.x, c.shape);
        const gy = tf.tensor(c.gy, c.shape);
        const fn = F[c.fn];
        const apply = (v: tf.Tensor) => (c.options ? fn(v, ...c.args, c.options) : fn(v, ...c.args));
        await expectNoLeak(() => {
          const { value, grad } = valueAndGrad(apply, x, gy);
          expectClose(value, c.y, { label: `${c.fn} forward` });
          expectClose(grad, c.dx, { label: `${c.fn} backward` });
          return [value, grad];
        });
        tf.dispose([x, gy]);
      });
    }
  });

  describe(`nn.functional losses on ${backend}`, () => {
    beforeAll(async () => {
      await useBackend(backend);
    });

    for (const c of fixtures.losses) {
      it(`${describeCase(c, c.inputShape)} matches the reference forward and backward`, async () => {
        const { input, label, gy, options, all } = lossInputs(c);
        const fn = F[c.fn];
        await expectNoLeak(() => {
          const { value, grad } = valueAndGrad((v) => fn(v, label, options), input, gy);
          expectClose(value.shape, c.outShape, { label: `${c.fn} output shape` });
          expectClose(value, c.out, { label: `${c.fn} forward` });
          expectClose(grad, c.dinput, { label: `${c.fn} backward` });
          return [value, grad];
        });
        tf.dispose(all);
      });
    }
  });
}
