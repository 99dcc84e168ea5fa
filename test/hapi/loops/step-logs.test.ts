import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../../helpers/backend';

/** Counts read-backs from the device (dataSync, data, arraySync, array) while `fn` runs. */
async function countReadbacks(fn: () => Promise<unknown>): Promise<number> {
  const proto = tf.Tensor.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const names = ['dataSync', 'data', 'arraySync', 'array'];
  const orig = names.map((n) => proto[n]);
  let count = 0;
  names.forEach((n, i) => {
    proto[n] = function (this: unknown, ...a: unknown[]) {
      count++;
      return orig[i].apply(this, a);
    };
  });
  try {
    await fn();
  } finally {
    names.forEach((n, i) => (proto[n] = orig[i]));
  }
  return count;
}

beforeAll(() => useBackend('wasm'));
afterAll(() => tf.disposeVariables());

describe('fit reads values back only at log points', () => {
  it('the number of read-backs does not grow with the number of batches', async () => {
    paddle.seed(4);
    const net = paddle.zoo.lenet();
    const model = new paddle.Model(net);
    // checkLabel: false — CrossEntropyLoss otherwise copies each batch's input labels to the host
    // to validate them (cheap on wasm: no computed value is waited for).
    const loss = new paddle.nn.CrossEntropyLoss({ checkLabel: false });
    model.prepare(new paddle.optimizer.Adam({ learningRate: 1e-3, parameters: net.parameters() }), loss, new paddle.metric.Accuracy());
    const x = tf.randomNormal([8, 1, 28, 28]);
    const y = tf.tensor2d([[0], [1], [2], [3], [4], [5], [6], [7]], [8, 1], 'int32');
    const data = (n: number) => Array.from({ length: n }, () => [x, y]);
    await model.fit(data(2), null, { epochs: 1, verbose: 0 }); // warm-up (lazy optimizer slots)
    const few = await countReadbacks(() => model.fit(data(3), null, { epochs: 1, verbose: 0 }));
    const many = await countReadbacks(() => model.fit(data(12), null, { epochs: 1, verbose: 0 }));
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(2); // the last batch's loss and accuracy, at epoch end
    tf.dispose([x, y]);
    net.dispose();
  });
});
