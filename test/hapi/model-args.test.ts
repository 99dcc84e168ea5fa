import * as tf from '@tensorflow/tfjs-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';

const dir = mkdtempSync(join(tmpdir(), 'hapi-args-'));

/** 10 samples of [Float32Array(4), label]. */
class Samples extends paddle.io.Dataset<[Float32Array, number]> {
  getItem(i: number): [Float32Array, number] {
    return [Float32Array.from({ length: 4 }, (_, k) => Math.sin(i * 4 + k)), i % 3];
  }
  len() {
    return 10;
  }
}

/** A fresh model with the same initial weights each time. */
function prepared() {
  paddle.seed(5);
  const net = new paddle.nn.Linear(4, 3);
  const model = new paddle.Model(net);
  model.prepare(new paddle.optimizer.Adam({ learningRate: 0.01, parameters: net.parameters() }), new paddle.nn.CrossEntropyLoss(), new paddle.metric.Accuracy());
  return { net, model };
}

const weights = (net: paddle.nn.Linear) => [net.weight.arraySync(), net.bias!.arraySync()];

beforeAll(() => useBackend('cpu'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  tf.disposeVariables();
});

describe("Model methods take Paddle's keyword form", () => {
  it('fit: positional, options after the data, and all by name train the same', async () => {
    const ds = new Samples();
    const runs = [
      (m: paddle.Model) => m.fit(ds, ds, 4, 2, 1, 10, null, 1, 0),
      (m: paddle.Model) => m.fit(ds, { evalData: ds, batchSize: 4, epochs: 2, verbose: 0 }),
      (m: paddle.Model) => m.fit(ds, ds, { batchSize: 4, epochs: 2, verbose: 0 }),
      (m: paddle.Model) => m.fit({ trainData: ds, evalData: ds, batchSize: 4, epochs: 2, verbose: 0 }),
    ];
    const results = [];
    for (const run of runs) {
      const { net, model } = prepared();
      const history = await run(model);
      results.push({ w: weights(net), loss: history.history.loss, evalAcc: history.history.eval_acc });
      net.dispose();
    }
    expect(results[0].loss).toHaveLength(2);
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
  });

  it('evaluate and predict: positional and keyword forms agree', async () => {
    const ds = new Samples();
    const { net, model } = prepared();
    const a = await model.evaluate(ds, 4, 10, 0);
    expect(await model.evaluate(ds, { batchSize: 4, verbose: 0 })).toEqual(a);
    expect(await model.evaluate({ evalData: ds, batchSize: 4, verbose: 0, numIters: 100 })).toEqual(a);
    const [p] = await model.predict(ds, 3, 0, true, 0);
    const [q] = await model.predict({ testData: ds, batchSize: 3, stackOutputs: true, verbose: 0 });
    expect(q.arraySync()).toEqual(p.arraySync());
    expect(p.shape).toEqual([10, 3]);
    tf.dispose([p, q]);
    net.dispose();
  });

  it('prepare, new Model, trainBatch, evalBatch and predictBatch by name', () => {
    const x = tf.randomNormal([6, 4], 0, 1, 'float32', 2);
    const y = tf.tensor2d([[0], [1], [2], [0], [1], [2]], [6, 1], 'int32');
    const a = prepared();
    paddle.seed(5);
    const net = new paddle.nn.Linear(4, 3);
    const spec = new paddle.InputSpec([null, 4], 'float32', 'x');
    const model = new paddle.Model({ network: net, inputs: [spec] });
    model.prepare({ optimizer: new paddle.optimizer.Adam({ learningRate: 0.01, parameters: net.parameters() }), loss: new paddle.nn.CrossEntropyLoss(), metrics: new paddle.metric.Accuracy(), ampConfigs: 'O0' });
    expect(model.metricsNames()).toEqual(a.model.metricsNames());
    expect(model.trainBatch({ inputs: [x], labels: [y] })).toEqual(a.model.trainBatch([x], [y]));
    expect(model.trainBatch([x], { labels: [y], update: true })).toEqual(a.model.trainBatch([x], [y], true));
    expect(model.evalBatch({ inputs: [x], labels: [y] })).toEqual(a.model.evalBatch([x], [y]));
    const [p] = model.predictBatch({ inputs: [x] });
    const [q] = a.model.predictBatch([x]);
    expect(p.arraySync()).toEqual(q.arraySync());
    // A dict of InputSpecs in the inputs position is the specs, not options.
    expect(new paddle.Model(net, { x: spec }).specs.inputs).toBe(1);
    expect(new paddle.Model(net, { labels: [spec] }).specs).toEqual({ inputs: null, labels: 1 });
    tf.dispose([x, y, p, q]);
    a.net.dispose();
    net.dispose();
  });

  it('save and load by name', async () => {
    const a = prepared();
    await a.model.save({ path: join(dir, 'a') });
    const b = prepared();
    b.net.weight.assign(tf.zerosLike(b.net.weight));
    await b.model.load({ path: join(dir, 'a'), resetOptimizer: true });
    expect(weights(b.net)).toEqual(weights(a.net));
    b.net.weight.assign(tf.zerosLike(b.net.weight));
    await b.model.load(join(dir, 'a'), false, true);
    expect(weights(b.net)).toEqual(weights(a.net));
    a.net.dispose();
    b.net.dispose();
  });

  it('summary by name: Model.summary and paddle.summary', () => {
    const { net, model } = prepared();
    const positional = paddle.summary(net, [1, 4], { sink: null });
    expect(paddle.summary(net, { inputSize: [1, 4], sink: null })).toEqual(positional);
    expect(paddle.summary({ net, inputSize: [1, 4], dtypes: 'float32', sink: null })).toEqual(positional);
    expect(paddle.summary(net, null, { input: tf.zeros([1, 4]), sink: null }).totalParams).toBe(positional.totalParams);
    expect(model.summary({ inputSize: [1, 4] }).text).toBe(positional.text);
    net.dispose();
  });
});

describe('unknown keys and misuse are InvalidArgumentErrors naming the public path', () => {
  it("Paddle's snake_case names point to the camelCase ones", async () => {
    const ds = new Samples();
    const { net, model } = prepared();
    await expect(model.fit(ds, { batch_size: 64 } as never)).rejects.toThrow(paddle.InvalidArgumentError);
    await expect(model.fit(ds, { batch_size: 64 } as never)).rejects.toThrow(/^Model\.fit: argument 'batch_size'.*did you mean 'batchSize'\?/);
    await expect(model.evaluate(ds, { num_iters: 1 } as never)).rejects.toThrow(/Model\.evaluate: .*did you mean 'numIters'\?/);
    await expect(model.predict({ testData: ds, stack_outputs: true } as never)).rejects.toThrow(/Model\.predict: .*did you mean 'stackOutputs'\?/);
    expect(() => model.prepare({ optimizer: null, amp_configs: 'O0' } as never)).toThrow(/Model\.prepare: .*did you mean 'ampConfigs'\?/);
    expect(() => new paddle.Model(net, { input: [] } as never)).toThrow(/^Model: .*did you mean 'inputs'\?/);
    expect(() => model.summary({ input_size: [1, 4] } as never)).toThrow(/Model\.summary: .*did you mean 'inputSize'\?/);
    expect(() => paddle.summary(net, { input_size: [1, 4] } as never)).toThrow(/^summary: .*did you mean 'inputSize'\?/);
    await expect(model.load({ path: 'x', skip_mismatch: true } as never)).rejects.toThrow(/Model\.load: .*did you mean 'skipMismatch'\?/);
    net.dispose();
  });

  it('a value given twice, or a missing required one', async () => {
    const ds = new Samples();
    const { net, model } = prepared();
    await expect(model.fit(ds, null, 4, { batchSize: 4 } as never)).rejects.toThrow(/'batchSize' expected to be given once/);
    await expect(model.fit({ epochs: 1 } as never)).rejects.toThrow(/Model\.fit: argument 'trainData' expected a value/);
    expect(() => model.trainBatch({ labels: [] } as never)).toThrow(/Model\.trainBatch: argument 'inputs'/);
    net.dispose();
  });
});
