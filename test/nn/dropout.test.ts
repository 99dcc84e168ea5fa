// Dropout follows Paddle, not PyTorch: two modes, checked against their numpy definitions.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { nn } from 'tfjs-hapi';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';

for (const backend of NODE_BACKENDS) {
  describe(`Dropout on ${backend}`, () => {
    beforeAll(() => useBackend(backend));
    const x = () => tf.add(tf.reshape(tf.range(0, 4000, 1, 'float32'), [40, 100]), 1);

    it('upscale_in_train: train x·mask/(1−p) with about p dropped, gradient mask/(1−p); eval x', () => {
      paddle.seed(3);
      const drop = new nn.Dropout(0.3);
      const input = x();
      const value = tf.grad((t: tf.Tensor) => tf.sum(drop.call(t)))(input);
      const dxv = value.dataSync();
      const zeros = dxv.filter((v) => v === 0).length / dxv.length;
      expect(zeros).toBeGreaterThan(0.26);
      expect(zeros).toBeLessThan(0.34);
      expect(dxv.every((v) => v === 0 || Math.abs(v - 1 / 0.7) < 1e-6)).toBe(true);
      paddle.seed(3);
      const y = drop.call(input);
      // Same seed, same mask: y = x · dL/dx.
      expectClose(y, tf.mul(input, value));
      drop.eval();
      expectClose(drop.call(input), input);
      tf.dispose([input, value, y]);
    });

    it('downscale_in_infer: train x·mask, eval x·(1−p); p = 1 gives zeros', () => {
      paddle.seed(5);
      const drop = new nn.Dropout(0.25, { mode: 'downscale_in_infer' });
      const input = x();
      const y = drop.call(input);
      const yv = y.dataSync();
      const xv = input.dataSync();
      expect(Array.from(yv).every((v, i) => v === 0 || v === xv[i])).toBe(true);
      drop.eval();
      expectClose(drop.call(input), tf.mul(input, 0.75));
      const all = new nn.Dropout(1);
      expect(all.call(input).dataSync().every((v) => v === 0)).toBe(true);
      tf.dispose([input, y]);
    });

    it('axis shares one mask value along the other axes; Dropout2D drops whole channels', () => {
      paddle.seed(9);
      const y = nn.functional.dropout(tf.ones([6, 50]), { p: 0.5, axis: 1 }).arraySync() as number[][];
      for (const row of y) expect(row).toEqual(y[0]);
      const z = new nn.Dropout2D(0.5).call(tf.ones([3, 20, 2, 2])).arraySync() as number[][][][];
      for (const n of z) for (const c of n) expect(new Set(c.flat()).size).toBe(1);
      const zn = nn.functional.dropout2d(tf.ones([3, 2, 2, 20]), { dataFormat: 'NHWC' }).arraySync() as number[][][][];
      for (const n of zn) for (let c = 0; c < 20; c++) expect(new Set(n.flat().map((px) => px[c])).size).toBe(1);
    });
  });
}
