import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { Linear } from '../../../src/nn/layer/linear';
import { useBackend } from '../../helpers/backend';
import { expectNoLeak } from '../../helpers/tensors';

class Net extends paddle.nn.Layer {
  fc = new Linear(4, 3);
  forward(x: tf.Tensor) {
    return this.fc.call(x);
  }
}

/** Two batches of [x [2, 4], label [2, 1]], made fresh on each pass (the loop disposes them). */
function batches(n = 2, bs = 2) {
  return {
    len: () => n,
    async *[Symbol.asyncIterator]() {
      for (let i = 0; i < n; i++) {
        yield [tf.randomNormal([bs, 4], 0, 1, 'float32', i + 1), tf.tensor2d(Array.from({ length: bs }, (_, j) => [(i + j) % 3]), [bs, 1], 'int32')];
      }
    },
  };
}

function prepared(metrics: paddle.metric.Metric[] = [new paddle.metric.Accuracy()]) {
  paddle.seed(1);
  const net = new Net();
  const model = new paddle.Model(net);
  model.prepare(new paddle.optimizer.SGD({ learningRate: 0.1, parameters: net.parameters() }), new paddle.nn.CrossEntropyLoss(), metrics);
  return model;
}

class Recorder extends paddle.callbacks.Callback {
  calls: string[] = [];
  override onTrainBegin() { this.calls.push('train_begin'); }
  override onTrainEnd() { this.calls.push('train_end'); }
  override onEpochBegin(e: number) { this.calls.push(`epoch_begin ${e}`); }
  override onEpochEnd(e: number, logs?: paddle.callbacks.Logs) { this.calls.push(`epoch_end ${e} ${Object.keys(logs ?? {}).join(',')}`); }
  override onTrainBatchBegin(s: number) { this.calls.push(`train_batch_begin ${s}`); }
  override onTrainBatchEnd(s: number, logs?: paddle.callbacks.Logs) { this.calls.push(`train_batch_end ${s} bs=${logs?.batch_size}`); }
  override onEvalBegin(logs?: paddle.callbacks.Logs) { this.calls.push(`eval_begin steps=${logs?.steps} ${logs?.metrics}`); }
  override onEvalEnd(logs?: paddle.callbacks.Logs) { this.calls.push(`eval_end ${Object.keys(logs ?? {}).join(',')}`); }
  override onEvalBatchBegin(s: number) { this.calls.push(`eval_batch_begin ${s}`); }
  override onEvalBatchEnd(s: number) { this.calls.push(`eval_batch_end ${s}`); }
  override onPredictBegin() { this.calls.push('predict_begin'); }
  override onPredictEnd() { this.calls.push('predict_end'); }
  override onPredictBatchBegin(s: number) { this.calls.push(`predict_batch_begin ${s}`); }
  override onPredictBatchEnd(s: number) { this.calls.push(`predict_batch_end ${s}`); }
}

beforeAll(() => useBackend('cpu'));
afterAll(() => tf.disposeVariables());

describe('Model hooks', () => {
  it('calls every hook in Paddle order over 2 epochs x 2 batches, with eval', async () => {
    const model = prepared();
    const rec = new Recorder();
    await model.fit(batches(), batches(), { epochs: 2, verbose: 0, callbacks: [rec] });
    const epoch = (e: number) => [
      `epoch_begin ${e}`,
      'train_batch_begin 0', 'train_batch_end 0 bs=2',
      'train_batch_begin 1', 'train_batch_end 1 bs=2',
      `epoch_end ${e} loss,acc,step,batch_size`,
      'eval_begin steps=2 loss,acc',
      'eval_batch_begin 0', 'eval_batch_end 0',
      'eval_batch_begin 1', 'eval_batch_end 1',
      'eval_end loss,acc,step,batch_size',
    ];
    expect(rec.calls).toEqual(['train_begin', ...epoch(0), ...epoch(1), 'train_end']);

    rec.calls = [];
    await model.evaluate(batches(), { verbose: 0, callbacks: rec });
    expect(rec.calls).toEqual(['eval_begin steps=2 loss,acc', 'eval_batch_begin 0', 'eval_batch_end 0', 'eval_batch_begin 1', 'eval_batch_end 1', 'eval_end loss,acc,step,batch_size']);

    rec.calls = [];
    const out = await model.predict(batches(), { verbose: 0, callbacks: rec });
    tf.dispose(out);
    expect(rec.calls).toEqual(['predict_begin', 'predict_batch_begin 0', 'predict_batch_end 0', 'predict_batch_begin 1', 'predict_batch_end 1', 'predict_end']);
  });

  it('evalFreq, numIters and stopTraining follow Paddle', async () => {
    const model = prepared();
    const rec = new Recorder();
    await model.fit(batches(), batches(), { epochs: 3, evalFreq: 2, verbose: 0, callbacks: [rec] });
    expect(rec.calls.filter((c) => c.startsWith('eval_begin')).length).toBe(2); // epochs 0 and 2
    rec.calls = [];
    await model.fit(batches(), null, { epochs: 5, numIters: 3, verbose: 0, callbacks: [rec] });
    expect(rec.calls.filter((c) => c.startsWith('train_batch_end')).length).toBe(3);
    const stopper = new (class extends paddle.callbacks.Callback {
      override onEpochEnd() { this.model!.stopTraining = true; }
    })();
    rec.calls = [];
    await model.fit(batches(), null, { epochs: 4, verbose: 0, callbacks: [stopper, rec] });
    expect(rec.calls.filter((c) => c.startsWith('epoch_begin'))).toEqual(['epoch_begin 0']);
  });
});

describe('Model results', () => {
  it('fit returns a History; evaluate returns Paddle\'s dict; predict stacks outputs', async () => {
    const model = prepared([new paddle.metric.Accuracy({ topk: [1, 2] })]);
    const history = await model.fit(batches(), batches(), { epochs: 2, verbose: 0 });
    expect(history.epoch).toEqual([0, 1]);
    expect(history.history.loss).toHaveLength(2);
    expect(history.history.eval_acc_top2).toHaveLength(2);
    const res = await model.evaluate(batches(), { verbose: 0 });
    expect(Object.keys(res)).toEqual(['loss', 'acc_top1', 'acc_top2']);
    expect(Array.isArray(res.loss) && res.loss.length === 1).toBe(true);
    const stacked = await model.predict(batches(3, 2), { verbose: 0, stackOutputs: true });
    expect(stacked.map((t) => t.shape)).toEqual([[6, 3]]);
    tf.dispose(stacked);
    const perBatch = await model.predict(batches(3, 2), { verbose: 0 });
    expect(perBatch.map((l) => l.map((t) => t.shape))).toEqual([[[2, 3], [2, 3], [2, 3]]]);
    tf.dispose(perBatch.flat());
  });

  it('evaluate reports the sample-weighted mean loss of the pass', async () => {
    const model = prepared([]);
    const xs = [tf.randomNormal([3, 4], 0, 1, 'float32', 5), tf.randomNormal([1, 4], 0, 1, 'float32', 6)];
    const ys = [tf.tensor2d([[0], [1], [2]], [3, 1], 'int32'), tf.tensor2d([[1]], [1, 1], 'int32')];
    const data = [[xs[0], ys[0]], [xs[1], ys[1]]];
    const res = await model.evaluate(data, { verbose: 0 });
    const per = data.map(([x, y]) => (model.evalBatch(x, y) as number[])[0]);
    expect((res.loss as number[])[0]).toBeCloseTo((per[0] * 3 + per[1]) / 4, 5);
    tf.dispose([...xs, ...ys]);
  });

  it('trainBatch / evalBatch / predictBatch', () => {
    const model = prepared();
    const x = tf.randomNormal([4, 4]);
    const y = tf.tensor2d([[0], [1], [2], [0]], [4, 1], 'int32');
    const [losses, metrics] = model.trainBatch([x], [y]) as [number[], number[]];
    expect(losses).toHaveLength(1);
    expect(metrics).toHaveLength(1);
    const out = model.predictBatch(x);
    expect(out[0].shape).toEqual([4, 3]);
    tf.dispose([x, y, ...out]);
  });
});

describe('Model errors', () => {
  it('fit before prepare is a NotPreparedError', async () => {
    const model = new paddle.Model(new Net());
    await expect(model.fit(batches(), null, { verbose: 0 })).rejects.toThrow(paddle.NotPreparedError);
  });

  it('a batch without labels is an InvalidArgumentError naming labels', async () => {
    const model = prepared();
    const noLabels = [[tf.randomNormal([2, 4])]];
    await expect(model.fit(noLabels, null, { verbose: 0 })).rejects.toThrow(/'labels'/);
    tf.dispose(noLabels.flat());
  });

  it('a loss that is not a scalar is a ShapeMismatchError', async () => {
    paddle.seed(1);
    const net = new Net();
    const model = new paddle.Model(net);
    model.prepare(new paddle.optimizer.SGD({ learningRate: 0.1, parameters: net.parameters() }), (out: tf.Tensor) => tf.sum(out, 1));
    await expect(model.fit(batches(), null, { verbose: 0 })).rejects.toThrow(paddle.ShapeMismatchError);
  });

  it('bad fit options are typed errors', async () => {
    const model = prepared();
    await expect(model.fit(batches(), null, { epochs: 0 })).rejects.toThrow(/epochs/);
    await expect(model.fit(batches(), null, { verbose: 5 })).rejects.toThrow(/verbose/);
    await expect(model.fit(42 as never, null)).rejects.toThrow(/trainData/);
  });
});

describe('Model memory', () => {
  it('leaks no tensors over 3 epochs of fit + evaluate + predict', async () => {
    const model = prepared([new paddle.metric.Accuracy({ topk: [1, 2] }), new paddle.metric.Precision()].slice(0, 1));
    await expectNoLeak(async () => {
      await model.fit(batches(), batches(), { epochs: 3, verbose: 0 });
      await model.evaluate(batches(), { verbose: 0 });
      const out = await model.predict(batches(), { verbose: 0, stackOutputs: true });
      tf.dispose(out);
    }, 1);
  });
});
