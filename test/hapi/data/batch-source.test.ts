import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../../helpers/backend';
import { expectNoLeak } from '../../helpers/tensors';

/** 10 samples of [Float32Array(4), label]; records which indices were read, in order. */
class Recorded extends paddle.io.Dataset<[Float32Array, number]> {
  reads: number[] = [];
  getItem(i: number): [Float32Array, number] {
    this.reads.push(i);
    return [Float32Array.from({ length: 4 }, (_, k) => Math.sin(i * 4 + k)), i % 3];
  }
  len() {
    return 10;
  }
}

function prepared() {
  paddle.seed(8);
  const net = new paddle.nn.Linear(4, 3);
  const model = new paddle.Model(net);
  model.prepare(new paddle.optimizer.Adam({ learningRate: 0.01, parameters: net.parameters() }), new paddle.nn.CrossEntropyLoss(), new paddle.metric.Accuracy());
  return { net, model };
}

class Sizes extends paddle.callbacks.Callback {
  sizes: number[] = [];
  override onTrainBatchEnd(_s: number, logs?: paddle.callbacks.Logs) {
    this.sizes.push(logs!.batch_size as number);
  }
}

beforeAll(() => useBackend('cpu'));
afterAll(() => tf.disposeVariables());

describe('Model.fit on an io.Dataset', () => {
  it('batches with batchSize, keeps or drops the last short batch, and evaluates with the eval batch size', async () => {
    const { model, net } = prepared();
    const sizes = new Sizes();
    const ds = new Recorded();
    const history = await model.fit(ds, ds, { batchSize: [4, 5], epochs: 1, verbose: 0, callbacks: [sizes] });
    expect(sizes.sizes).toEqual([4, 4, 2]);
    expect(history.evalLogs).toHaveLength(1);
    sizes.sizes = [];
    await model.fit(ds, null, { batchSize: 4, epochs: 1, dropLast: true, verbose: 0, callbacks: [sizes] });
    expect(sizes.sizes).toEqual([4, 4]);
    const res = await model.evaluate(ds, { batchSize: 5, verbose: 0 });
    expect(Object.keys(res)).toEqual(['loss', 'acc']);
    const [out] = await model.predict(ds, { batchSize: 3, stackOutputs: true, verbose: 0 });
    expect(out.shape).toEqual([10, 3]);
    out.dispose();
    net.dispose();
  });

  it("shuffles in Paddle's per-epoch order, so initialEpoch resumes with the same order", async () => {
    const a = prepared();
    const full = new Recorded();
    await a.model.fit(full, null, { batchSize: 4, epochs: 2, verbose: 0 });
    expect(full.reads.slice(0, 10)).not.toEqual([...Array(10).keys()]);
    expect([...full.reads.slice(0, 10)].sort((p, q) => p - q)).toEqual([...Array(10).keys()]);
    const b = prepared();
    const resumed = new Recorded();
    await b.model.fit(resumed, null, { batchSize: 4, epochs: 2, initialEpoch: 1, verbose: 0 });
    expect(resumed.reads).toEqual(full.reads.slice(10));
    const c = prepared();
    const ordered = new Recorded();
    await c.model.fit(ordered, null, { batchSize: 4, epochs: 1, shuffle: false, verbose: 0 });
    expect(ordered.reads).toEqual([...Array(10).keys()]);
    for (const m of [a, b, c]) m.net.dispose();
  });

  it('takes an io.DataLoader as it is (its batches are disposed after each step)', async () => {
    const { model, net } = prepared();
    const ds = new Recorded();
    const loader = new paddle.io.DataLoader(ds, { batchSize: 3, shuffle: true });
    await model.fit(loader, null, { epochs: 1, verbose: 0 }); // creates the optimizer's slots
    const sizes = new Sizes();
    const before = tf.memory().numTensors;
    await model.fit(loader, loader, { epochs: 2, verbose: 0, callbacks: [sizes] });
    expect(sizes.sizes).toEqual([3, 3, 3, 1, 3, 3, 3, 1]);
    expect(tf.memory().numTensors).toBe(before);
    net.dispose();
  });

  it('leaks no tensors over 3 epochs of fit + evaluate + predict on Datasets', async () => {
    const { model, net } = prepared();
    const ds = new Recorded();
    await expectNoLeak(async () => {
      await model.fit(ds, ds, { batchSize: 4, epochs: 3, verbose: 0 });
      await model.evaluate(ds, { batchSize: 4, verbose: 0 });
      tf.dispose(await model.predict(ds, { batchSize: 4, verbose: 0, stackOutputs: true }));
    }, 1);
    net.dispose();
  });
});

/**
 * A dataset that loads in `ready()` and refuses to be read before, as `vision.datasets.MNIST`
 * does when it downloads (`new MNIST({ mode: 'train' })` then `fit`, the README tour).
 */
class LoadsLater extends paddle.io.Dataset<[Float32Array, number]> {
  private loaded = false;
  readyCalls = 0;
  override async ready(): Promise<void> {
    this.readyCalls += 1;
    await new Promise((r) => setTimeout(r, 2));
    this.loaded = true;
  }
  getItem(i: number): [Float32Array, number] {
    this.check();
    return [Float32Array.from({ length: 4 }, (_, k) => Math.cos(i + k)), i % 3];
  }
  len(): number {
    this.check();
    return 6;
  }
  private check(): void {
    if (!this.loaded) throw new paddle.UnsupportedError('LoadsLater: the data are not loaded yet');
  }
}

describe('fit, evaluate and predict await the data being ready', () => {
  it('a Dataset not loaded yet is loaded first (train and eval data)', async () => {
    const { model, net } = prepared();
    expect(() => new LoadsLater().len()).toThrow(/not loaded yet/);
    const train = new LoadsLater();
    const test = new LoadsLater();
    const history = await model.fit(train, test, { batchSize: 4, epochs: 1, verbose: 0 });
    expect(train.readyCalls).toBeGreaterThan(0);
    expect(test.readyCalls).toBeGreaterThan(0);
    expect(history.evalLogs).toHaveLength(1);
    const res = await model.evaluate(new LoadsLater(), { batchSize: 4, verbose: 0 });
    expect(res.loss).toHaveLength(1);
    const [out] = await model.predict(new LoadsLater(), { batchSize: 4, stackOutputs: true, verbose: 0 });
    expect(out.shape).toEqual([6, 3]);
    out.dispose();
    net.dispose();
  });

  it("a DataLoader whose dataset is not ready is loaded before its length is read (steps known to callbacks)", async () => {
    const { model, net } = prepared();
    const steps: (number | null)[] = [];
    const probe = new (class extends paddle.callbacks.Callback {
      override onTrainBegin() { steps.push(this.params.steps); }
      override onEvalBegin(logs?: paddle.callbacks.Logs) { steps.push(logs?.steps ?? null); }
    })();
    const loader = () => new paddle.io.DataLoader(new LoadsLater(), { batchSize: 4 });
    await model.fit(loader(), loader(), { epochs: 1, verbose: 0, callbacks: [probe] });
    expect(steps).toEqual([2, 2]);
    const res = await model.evaluate(loader(), { verbose: 0 });
    expect(Object.keys(res)).toEqual(['loss', 'acc']);
    tf.dispose(await model.predict(loader(), { verbose: 0 }));
    net.dispose();
  });
});

describe('the README case: a vision dataset that loads in ready()', () => {
  it('fit trains on an MNIST given as Blobs without a ready() call by the user', async () => {
    const fixture = (name: string) => new Blob([readFileSync(new URL(`../../fixtures/datasets/${name}`, import.meta.url))]);
    const make = () =>
      new paddle.vision.datasets.MNIST({
        imagePath: fixture('mnist-images-idx3-ubyte.gz'),
        labelPath: fixture('mnist-labels-idx1-ubyte.gz'),
        mode: 'test',
        transform: new paddle.vision.transforms.ToTensor(),
      });
    expect(() => make().len()).toThrow(/not loaded yet/);
    paddle.seed(4);
    const net = new paddle.nn.Sequential(new paddle.nn.Flatten(), new paddle.nn.Linear(784, 10));
    const model = new paddle.Model(net);
    model.prepare(new paddle.optimizer.SGD({ learningRate: 0.01, parameters: net.parameters() }), new paddle.nn.CrossEntropyLoss(), new paddle.metric.Accuracy());
    const history = await model.fit(make(), make(), { batchSize: 4, epochs: 1, verbose: 0 });
    expect(history.history.loss).toHaveLength(1);
    expect(history.evalLogs).toHaveLength(1);
    net.dispose();
  });
});
