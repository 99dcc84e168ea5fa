// Local response normalization against PyTorch (test/fixtures/nn/gen_lrn.py), forward and input
// gradient, odd and even windows, windows wider than the channels, NCHW and NHWC, on cpu and
// wasm; and AlexNet's LocalResponseNorm(96) at a real size on wasm (issue 11 item 5).
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { nn } from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose, expectNoLeak } from '../helpers/tensors';
import { valueAndGrad } from './functional-fixtures';

interface LrnCase {
  size: number;
  alpha: number;
  beta: number;
  k: number;
  dataFormat: 'NCHW' | 'NHWC';
  shape: number[];
  x: number[];
  gy: number[];
  y: number[];
  dx: number[];
}

const { cases } = JSON.parse(readFileSync(new URL('../fixtures/nn/lrn.json', import.meta.url), 'utf8')) as { cases: LrnCase[] };

for (const backend of NODE_BACKENDS) {
  describe(`nn.functional.localResponseNorm on ${backend}`, () => {
    beforeAll(async () => {
      await useBackend(backend);
    });

    for (const c of cases) {
      it(`size ${c.size} ${c.dataFormat} [${c.shape.join(',')}] matches PyTorch forward and backward`, async () => {
        const x = tf.tensor(c.x, c.shape);
        const gy = tf.tensor(c.gy, c.shape);
        const { size, alpha, beta, k, dataFormat } = c;
        await expectNoLeak(() => {
          const { value, grad } = valueAndGrad((v) => nn.functional.localResponseNorm(v, size, { alpha, beta, k, dataFormat }), x, gy);
          expectClose(value, c.y, { label: 'forward' });
          expectClose(grad, c.dx, { label: 'backward' });
          return [value, grad];
        });
        tf.dispose([x, gy]);
      });
    }
  });
}

describe('nn.LocalResponseNorm(96) at AlexNet size on wasm', () => {
  beforeAll(async () => {
    await useBackend('wasm');
  });

  // The sum of 96 shifted slices kept 96 input-sized tensors for backprop and aborted WASM.
  it('runs forward and backward on [8, 96, 55, 55] without abort and leaks no tensors', async () => {
    const lrn = new nn.LocalResponseNorm(96);
    const x = tf.randomNormal([8, 96, 55, 55]);
    const gy = tf.randomNormal([8, 96, 55, 55]);
    await expectNoLeak(() => {
      const { value, grad } = valueAndGrad((v) => lrn.call(v) as tf.Tensor, x, gy);
      expect(value.shape).toEqual([8, 96, 55, 55]);
      expect(tf.tidy(() => tf.all(tf.isFinite(grad)).dataSync()[0])).toBe(1);
      return [value, grad];
    }, 1);
    tf.dispose([x, gy]);
  }, 120_000);
});
