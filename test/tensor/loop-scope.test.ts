// The Paddle course's custom training loop, ported line by line, leaks nothing: each `for await`
// body over a DataLoader runs in a scope closed at the next batch, a break or a throw.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';

const F = paddle.nn.functional;

function data(n: number): paddle.io.TensorDataset {
  paddle.seed(5);
  const x = paddle.rand([n, 1, 28, 28]);
  const y = paddle.randint(0, 10, [n]);
  return new paddle.io.TensorDataset([x, y]);
}

describe('for await over a DataLoader', () => {
  beforeAll(() => useBackend('wasm'));

  it('runs the Paddle course LeNet loop with the same tensor count after every epoch', async () => {
    const ds = data(24);
    const loader = new paddle.io.DataLoader(ds, { batchSize: 8, shuffle: true });
    const model = new paddle.vision.models.LeNet();
    const opt = new paddle.optimizer.Adam({ learningRate: 1e-3, parameters: model.parameters() });
    const counts: number[] = [];
    const logged: number[] = [];
    for (let epoch = 0; epoch < 3; epoch++) {
      let batchId = 0;
      for await (const [x, y] of loader) {
        // Paddle: x_data = paddle.reshape(x, [-1, 1, 28, 28]); y_data = paddle.to_tensor(y)
        const xData = paddle.reshape(x, [-1, 1, 28, 28]);
        const yData = paddle.toTensor(y);
        // Paddle: loss = F.cross_entropy(model(x_data), y_data); loss.backward(); opt.step()
        const loss = opt.minimize(() => paddle.mean(F.crossEntropy(model.call(xData), yData)) as tf.Scalar);
        const acc = paddle.mean(paddle.cast(paddle.equal(paddle.argmax(model.call(xData), -1), yData), 'float32'));
        if (batchId % 2 === 0) logged.push(paddle.item(loss) as number, paddle.item(acc) as number);
        opt.clearGrad();
        batchId++;
      }
      expect(batchId).toBe(3);
      counts.push(tf.memory().numTensors);
    }
    // Epoch 1 creates Adam's moments (variables); after that nothing accumulates.
    expect(counts[2]).toBe(counts[1]);
    expect(logged.every(Number.isFinite)).toBe(true);
    opt.dispose();
    model.dispose();
    ds.tensors.forEach((t) => t.dispose());
  });

  it('disposes on break and throw, keeps tf.keep-ed tensors, and nests', async () => {
    const ds = data(12);
    const loader = new paddle.io.DataLoader(ds, { batchSize: 4 });
    const before = tf.memory().numTensors;
    for await (const [x] of loader) {
      paddle.mean(x);
      break;
    }
    expect(tf.memory().numTensors).toBe(before);
    await expect(
      (async () => {
        for await (const [x] of loader) {
          paddle.sum(x);
          throw new Error('stop');
        }
      })(),
    ).rejects.toThrow('stop');
    expect(tf.memory().numTensors).toBe(before);
    const kept: tf.Tensor[] = [];
    let inner = 0;
    for await (const [x] of loader) {
      kept.push(tf.keep(paddle.max(x)));
      for await (const [, y] of loader) {
        paddle.add(y, 1);
        inner++;
      }
      paddle.min(x);
    }
    expect(inner).toBe(9);
    expect(tf.memory().numTensors).toBe(before + 3);
    expect(kept.every((t) => !t.isDisposed)).toBe(true);
    tf.dispose(kept);
    ds.tensors.forEach((t) => t.dispose());
  });

  it('frees both scopes of two loaders advanced in turn (zipped)', async () => {
    const ds = data(8);
    const a = new paddle.io.DataLoader(ds, { batchSize: 4 });
    const b = new paddle.io.DataLoader(ds, { batchSize: 2 });
    const before = tf.memory().numTensors;
    const ia = a[Symbol.asyncIterator]();
    const ib = b[Symbol.asyncIterator]();
    for (let step = 0; step < 2; step++) {
      const [ra, rb] = [await ia.next(), await ib.next()];
      paddle.add(paddle.mean((ra.value as tf.Tensor[])[0]), paddle.mean((rb.value as tf.Tensor[])[0]));
    }
    await ia.next(); // closes a's scope, which is not the innermost one
    await ib.return();
    expect(tf.memory().numTensors).toBe(before);
    ds.tensors.forEach((t) => t.dispose());
  });

  it('leaves Model.fit and predict with a DataLoader working', async () => {
    const ds = data(8);
    const loader = new paddle.io.DataLoader(ds, { batchSize: 4 });
    const model = new paddle.Model(new paddle.vision.models.LeNet());
    model.prepare(new paddle.optimizer.SGD({ learningRate: 0.01, parameters: model.parameters() }), new paddle.nn.CrossEntropyLoss());
    const history = await model.fit(loader, undefined, { epochs: 2, verbose: 0 });
    expect(history).toBeDefined();
    const preds = await model.predict(loader, { verbose: 0, stackOutputs: true });
    expect((preds as tf.Tensor[])[0].shape).toEqual([8, 10]);
    tf.dispose(preds as tf.TensorContainer);
    ds.tensors.forEach((t) => t.dispose());
  });

  it('noGrad evaluates inside the loop without taping', async () => {
    const ds = data(8);
    const loader = new paddle.io.DataLoader(ds, { batchSize: 4 });
    const model = new paddle.vision.models.LeNet();
    const before = tf.memory().numTensors;
    let n = 0;
    for await (const [x, y] of loader) {
      const acc = paddle.noGrad(() => paddle.metric.accuracy(model.call(x), paddle.unsqueeze(y, -1)));
      n += Number((paddle.item(acc) as number) >= 0);
    }
    expect(n).toBe(2);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
    ds.tensors.forEach((t) => t.dispose());
  });
});
