import * as tf from '@tensorflow/tfjs-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../../helpers/backend';

const quiet = { write: () => {}, isTTY: false, columns: 80 };

/** Two batches of [x [2, 4], label [2, 1]]. */
function batches() {
  return Array.from({ length: 2 }, (_, i) => [tf.randomNormal([2, 4], 0, 1, 'float32', i + 1), tf.tensor2d([[i % 3], [(i + 1) % 3]], [2, 1], 'int32')]);
}

function prepared() {
  paddle.seed(3);
  const net = new paddle.nn.Linear(4, 3);
  const model = new paddle.Model(net);
  // Accuracy with topk [1, 2] logs acc_top1 and acc_top2, not acc.
  model.prepare(new paddle.optimizer.SGD({ learningRate: 0.1, parameters: net.parameters() }), new paddle.nn.CrossEntropyLoss(), new paddle.metric.Accuracy({ topk: [1, 2] }));
  return { model, net };
}

beforeAll(() => useBackend('cpu'));
afterEach(() => vi.restoreAllMocks());
afterAll(() => tf.disposeVariables());

describe('a monitor that names a value never logged', () => {
  it.each([
    ['EarlyStopping', () => new paddle.callbacks.EarlyStopping({ monitor: 'acc', patience: 5, sink: quiet })],
    ['ReduceLROnPlateau', () => new paddle.callbacks.ReduceLROnPlateau({ monitor: 'acc', sink: quiet })],
  ] as const)('%s warns once, naming the logged keys, at the first logs', async (name, make) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { model, net } = prepared();
    const cb = make();
    const data = batches();
    await model.fit(data, data, { epochs: 3, verbose: 0, callbacks: [cb] });
    await model.fit(data, data, { epochs: 1, verbose: 0, callbacks: [cb] });
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0][0]);
    expect(message).toContain(`${name}: monitor 'acc'`);
    expect(message).toContain("'loss', 'acc_top1', 'acc_top2'");
    expect(message).toContain("did you mean 'acc_top1'?");
    tf.dispose(data);
    net.dispose();
  });

  it('says nothing when the monitor is logged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { model, net } = prepared();
    const data = batches();
    const cbs = [new paddle.callbacks.EarlyStopping({ monitor: 'acc_top1', sink: quiet }), new paddle.callbacks.ReduceLROnPlateau({ monitor: 'loss', sink: quiet })];
    await model.fit(data, data, { epochs: 2, verbose: 0, callbacks: cbs });
    expect(warn).not.toHaveBeenCalled();
    tf.dispose(data);
    net.dispose();
  });
});
