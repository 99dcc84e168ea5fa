import * as tf from '@tensorflow/tfjs-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { configCallbacks } from '../../../src/hapi/callbacks/config-callbacks';
import { useBackend } from '../../helpers/backend';

const quiet = { write: () => {}, isTTY: false, columns: 80 };
const dir = mkdtempSync(join(tmpdir(), 'hapi-cb-'));

/** A stand-in for Model: records saves, holds an optimizer-like learning rate. */
function fakeModel(learningRate: number | paddle.optimizer.lr.LRScheduler = 0.1) {
  let lr = learningRate;
  const saved: string[] = [];
  return {
    saved,
    stopTraining: false,
    save: async (p: string) => void saved.push(p),
    optimizer: {
      get learningRate() { return lr; },
      getLr: () => (typeof lr === 'number' ? lr : lr.call()),
      setLr: (v: number) => { lr = v; },
    },
  };
}

beforeAll(() => useBackend('cpu'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  tf.disposeVariables();
});

describe('configCallbacks', () => {
  it("adds Paddle's defaults: ProgBarLogger first (when verbose), ModelCheckpoint and LRScheduler last", () => {
    const es = new paddle.callbacks.EarlyStopping();
    const list = configCallbacks({ callbacks: [es], model: fakeModel(), batchSize: 4, epochs: 1, steps: 2, logFreq: 5, verbose: 2, saveFreq: 1, saveDir: 'ck', metrics: ['loss'], mode: 'train' });
    expect(list.callbacks.map((c) => c.constructor.name)).toEqual(['ProgBarLogger', 'EarlyStopping', 'ModelCheckpoint', 'LRScheduler']);
    expect(es.saveDir).toBe('ck');
    const silent = configCallbacks({ callbacks: null, model: fakeModel(), batchSize: 4, epochs: 1, steps: 2, logFreq: 5, verbose: 0, saveFreq: 1, saveDir: null, metrics: [], mode: 'train' });
    expect(silent.callbacks.map((c) => c.constructor.name)).toEqual(['ModelCheckpoint', 'LRScheduler']);
  });
});

describe('EarlyStopping', () => {
  const run = (es: paddle.callbacks.EarlyStopping, values: number[]) => {
    const model = fakeModel();
    es.setModel(model);
    es.saveDir = 'ck';
    es.onTrainBegin();
    const stoppedAt: number[] = [];
    return (async () => {
      for (let i = 0; i < values.length && !model.stopTraining; i++) {
        await es.onEvalEnd({ loss: [values[i]], acc: values[i] });
        if (model.stopTraining) stoppedAt.push(i);
      }
      return { stoppedAt, saved: model.saved };
    })();
  };

  it('stops after `patience` evaluations without improvement and saves the best model', async () => {
    const r = await run(new paddle.callbacks.EarlyStopping({ patience: 2, sink: quiet }), [1, 0.8, 0.9, 0.85, 0.7]);
    expect(r.stoppedAt).toEqual([3]);
    expect(r.saved).toEqual(['ck/best_model', 'ck/best_model']);
  });

  it('patience 0 stops at the first evaluation without improvement (Paddle stops after the first)', async () => {
    expect((await run(new paddle.callbacks.EarlyStopping({ sink: quiet }), [1, 0.5, 0.6, 0.1])).stoppedAt).toEqual([2]);
  });

  it("mode auto watches 'acc' for a maximum; minDelta and baseline apply", async () => {
    expect((await run(new paddle.callbacks.EarlyStopping({ monitor: 'acc', sink: quiet }), [0.5, 0.6, 0.55])).stoppedAt).toEqual([2]);
    expect((await run(new paddle.callbacks.EarlyStopping({ minDelta: 0.2, sink: quiet }), [1, 0.9])).stoppedAt).toEqual([1]);
    expect((await run(new paddle.callbacks.EarlyStopping({ baseline: 0.5, sink: quiet }), [0.6])).stoppedAt).toEqual([0]);
  });

  it('rejects an unknown mode', () => {
    expect(() => new paddle.callbacks.EarlyStopping({ mode: 'up' as 'min' })).toThrow(paddle.InvalidArgumentError);
  });
});

describe('ReduceLROnPlateau', () => {
  it('multiplies a constant learning rate by factor after patience evaluations, with cooldown and minLr', () => {
    const lines: string[] = [];
    const cb = new paddle.callbacks.ReduceLROnPlateau({ patience: 1, factor: 0.5, cooldown: 2, minLr: 0.02, sink: { write: (s) => void lines.push(s), isTTY: false, columns: 80 } });
    const model = fakeModel(0.1);
    cb.setModel(model);
    cb.onTrainBegin();
    const lrs: number[] = [];
    for (const v of [1, 1, 1, 1, 1, 1, 1]) {
      cb.onEvalEnd({ loss: [v] });
      lrs.push(model.optimizer.getLr());
    }
    expect(lrs).toEqual([0.1, 0.05, 0.05, 0.025, 0.025, 0.02, 0.02]);
    expect(lines[0]).toBe('\nEpoch 2: ReduceLROnPlateau reducing learning rate to 0.05.\n');
  });

  it('rejects factor >= 1', () => {
    expect(() => new paddle.callbacks.ReduceLROnPlateau({ factor: 1 })).toThrow(/factor/);
  });
});

describe('LRScheduler callback', () => {
  it('steps a scheduler per batch by default, per epoch with byEpoch', () => {
    const byStep = new paddle.callbacks.LRScheduler();
    const s1 = new paddle.optimizer.lr.StepDecay({ learningRate: 1, stepSize: 1, gamma: 0.5 });
    byStep.setModel(fakeModel(s1));
    for (let i = 0; i < 3; i++) byStep.onTrainBatchEnd(i);
    expect(s1.lastEpoch).toBe(3);
    const byEpoch = new paddle.callbacks.LRScheduler({ byEpoch: true });
    const s2 = new paddle.optimizer.lr.StepDecay({ learningRate: 1, stepSize: 1, gamma: 0.5 });
    byEpoch.setModel(fakeModel(s2));
    byEpoch.onTrainBatchEnd(0);
    byEpoch.onEpochEnd(0, {});
    expect(s2.lastEpoch).toBe(1);
    expect(() => new paddle.callbacks.LRScheduler(true, true)).toThrow(paddle.InvalidArgumentError);
  });

  it('drives ReduceOnPlateau with the evaluation loss once per epoch (Paddle crashes, #40436)', async () => {
    paddle.seed(3);
    const net = new paddle.nn.Linear(4, 3);
    const sched = new paddle.optimizer.lr.ReduceOnPlateau({ learningRate: 0.1, patience: 0, factor: 0.5 });
    const model = new paddle.Model(net);
    // A loss that cannot improve: every epoch after the first is a plateau.
    const flat = (out: tf.Tensor) => tf.add(tf.mul(tf.mean(out), 0), 1);
    model.prepare(new paddle.optimizer.SGD({ learningRate: sched, parameters: net.parameters() }), flat);
    const x = tf.zeros([2, 4]);
    const y = tf.tensor2d([[0], [1]], [2, 1], 'int32');
    const data = [[x, y]];
    await model.fit(data, data, { epochs: 3, verbose: 0 });
    // best after epoch 0; epochs 1 and 2 do not improve -> two reductions
    expect(sched.lastLr).toBeCloseTo(0.025, 10);
    tf.dispose([x, y]);
    net.dispose();
  });
});

describe('ModelCheckpoint and VisualDL in fit', () => {
  it('saves {saveDir}/{epoch} every saveFreq epochs and {saveDir}/final; VisualDL writes its page and scalars', async () => {
    paddle.seed(5);
    const net = new paddle.nn.Linear(4, 3);
    const model = new paddle.Model(net);
    model.prepare(new paddle.optimizer.Adam({ learningRate: 0.01, parameters: net.parameters() }), new paddle.nn.CrossEntropyLoss(), new paddle.metric.Accuracy());
    const x = tf.randomNormal([6, 4]);
    const y = tf.tensor2d([[0], [1], [2], [0], [1], [2]], [6, 1], 'int32');
    const data = [[x, y], [x, y]];
    const vdl = new paddle.callbacks.VisualDL(join(dir, 'vdl'));
    const lines: string[] = [];
    const ckpt = new paddle.callbacks.ModelCheckpoint({ saveFreq: 2, saveDir: join(dir, 'ck'), sink: { write: (s) => void lines.push(s), isTTY: false, columns: 80 } });
    await model.fit(data, data, { epochs: 3, verbose: 0, callbacks: [ckpt, vdl] });
    for (const name of ['0', '2', 'final']) expect(existsSync(join(dir, 'ck', `${name}.pdparams`))).toBe(true);
    expect(existsSync(join(dir, 'ck', '1.pdparams'))).toBe(false);
    expect(lines[0]).toBe(`save checkpoint at ${join(dir, 'ck', '0')}\n`);
    const csv = readFileSync(join(dir, 'vdl', 'scalars.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('tag,step,value');
    expect(csv.filter((l) => l.startsWith('train/loss,')).length).toBe(6);
    expect(csv.filter((l) => l.startsWith('eval/acc,')).map((l) => l.split(',')[1])).toEqual(['0', '1', '2']);
    const jsonl = readFileSync(join(dir, 'vdl', 'scalars.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl).toHaveLength(csv.length - 1);
    const html = readFileSync(join(dir, 'vdl', 'index.html'), 'utf8');
    for (const tag of ['train/loss', 'train/acc', 'eval/loss', 'eval/acc']) expect(html).toContain(`aria-label="${tag}"`);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3)/);
    tf.dispose([x, y]);
    net.dispose();
  });
});

describe('lazy logs', () => {
  it('reads a batch value only when a callback asks, and refuses stale reads', async () => {
    paddle.seed(2);
    const net = new paddle.nn.Linear(4, 3);
    const model = new paddle.Model(net);
    model.prepare(new paddle.optimizer.SGD({ learningRate: 0.1, parameters: net.parameters() }), new paddle.nn.CrossEntropyLoss(), new paddle.metric.Accuracy());
    const kept: paddle.callbacks.Logs[] = [];
    const reads: number[] = [];
    const cb = new (class extends paddle.callbacks.Callback {
      override onTrainBatchEnd(step: number, logs?: paddle.callbacks.Logs) {
        kept.push(logs!);
        if (step === 1) reads.push((logs!.loss as number[])[0]);
      }
    })();
    const x = tf.randomNormal([2, 4]);
    const y = tf.tensor2d([[0], [1]], [2, 1], 'int32');
    await model.fit([[x, y], [x, y], [x, y]], null, { epochs: 1, verbose: 0, callbacks: [cb] });
    expect(reads).toHaveLength(1);
    expect(kept[1].loss).toEqual([reads[0]]); // read in time: cached
    expect(() => kept[0].loss).toThrow(/read after the next batch started/);
    expect(typeof kept[2].acc).toBe('number'); // the last batch's logs are read at epoch end
    tf.dispose([x, y]);
    net.dispose();
  });
});
