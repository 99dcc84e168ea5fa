import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import * as io from 'tfjs-hapi/io';

it('io is reachable from the package root as paddle.io, the same objects as tfjs-hapi/io', async () => {
  expect(paddle.io.DataLoader).toBe(io.DataLoader);
  await paddle.setDevice('js');
  class Pairs extends paddle.io.Dataset<[Float32Array, number]> {
    getItem(i: number): [Float32Array, number] {
      return [Float32Array.of(i, -i), i];
    }
    len() {
      return 5;
    }
  }
  paddle.seed(3);
  const [train, val] = paddle.io.randomSplit(new Pairs(), [0.6, 0.4]);
  const seen: number[] = [];
  for await (const [x, y] of new paddle.io.DataLoader(train, { batchSize: 2, shuffle: true })) {
    expect(x.shape[1]).toBe(2);
    seen.push(...Array.from(y.dataSync()));
    tf.dispose([x, y]);
  }
  expect([...seen, ...val.indices].sort()).toEqual([0, 1, 2, 3, 4]);
});
