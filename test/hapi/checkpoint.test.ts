import * as tf from '@tensorflow/tfjs-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { Linear } from '../../src/nn/layer/linear';
import { useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';

const PY = '/usr/bin/python3';
const SCRIPT = new URL('../fixtures/hapi/checkpoint_interop.py', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'hapi-ckpt-'));

class Net extends paddle.nn.Layer {
  fc1 = new Linear(4, 5);
  fc2 = new Linear(5, 3);
  forward(x: tf.Tensor) {
    return this.fc2.call(tf.relu(this.fc1.call(x)));
  }
}

function batches(n: number, seed: number) {
  return {
    len: () => n,
    async *[Symbol.asyncIterator]() {
      for (let i = 0; i < n; i++) {
        yield [tf.randomNormal([8, 4], 0, 1, 'float32', seed + i), tf.cast(tf.floor(tf.randomUniform([8, 1], 0, 3, 'float32', seed + 100 + i)), 'int32')];
      }
    },
  };
}

function makeModel(seed: number) {
  paddle.seed(seed);
  const net = new Net();
  const model = new paddle.Model(net);
  const opt = new paddle.optimizer.Adam({ learningRate: 0.01, parameters: net.parameters() });
  model.prepare(opt, new paddle.nn.CrossEntropyLoss(), new paddle.metric.Accuracy());
  return { net, model, opt };
}

interface PyArray { dtype: string; shape: number[]; values: number[] }
const pyRead = (path: string) => JSON.parse(execFileSync(PY, [SCRIPT, 'read', path], { encoding: 'utf8' })) as Record<string, Record<string, PyArray | Record<string, unknown>>>;

beforeAll(() => useBackend('cpu'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  tf.disposeVariables();
});

describe('Model.save / Model.load interop with Python (pickle + numpy)', () => {
  it('Python reads every array model.save wrote, with Paddle keys', async () => {
    const { net, model, opt } = makeModel(3);
    await model.fit(batches(2, 10), null, { epochs: 1, verbose: 0 });
    const path = join(dir, 'trained');
    await model.save(path);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]); // atomic writes leave no temp files
    const py = pyRead(path);
    const params = py['.pdparams'];
    const state = net.stateDict();
    expect(Object.keys(params)).toEqual([...Object.keys(state), 'StructuredToParameterName@@']);
    for (const [k, v] of Object.entries(state)) {
      const a = params[k] as PyArray;
      expect(a.dtype).toBe('float32');
      expect(a.shape).toEqual(v.shape);
      expectClose(a.values, v, { rtol: 0, atol: 0, label: k });
    }
    expect(params['StructuredToParameterName@@']).toEqual({ 'fc1.weight': 'linear_0.w_0', 'fc1.bias': 'linear_0.b_0', 'fc2.weight': 'linear_1.w_0', 'fc2.bias': 'linear_1.b_0' });
    const pdopt = py['.pdopt'];
    const optState = opt.stateDict();
    const tensorKeys = Object.keys(optState).filter((k) => optState[k] instanceof tf.Tensor);
    expect(tensorKeys.some((k) => k.endsWith('_moment1_0'))).toBe(true);
    for (const k of tensorKeys) expectClose((pdopt[k] as PyArray).values, optState[k] as tf.Tensor, { rtol: 0, atol: 0, label: k });
  });

  it('the .pdopt keeps the LR scheduler state as Paddle does (LR_Scheduler dict)', async () => {
    paddle.seed(4);
    const net = new Net();
    const model = new paddle.Model(net);
    const sched = new paddle.optimizer.lr.StepDecay({ learningRate: 0.1, stepSize: 1, gamma: 0.5 });
    model.prepare(new paddle.optimizer.Adam({ learningRate: sched, parameters: net.parameters() }), new paddle.nn.CrossEntropyLoss());
    await model.fit(batches(3, 30), null, { epochs: 1, verbose: 0 });
    const path = join(dir, 'sched');
    await model.save(path);
    const lr = pyRead(path)['.pdopt'].LR_Scheduler as Record<string, unknown>;
    expect(lr.last_epoch).toBe(3);
    expect(lr.last_lr).toBeCloseTo(0.0125, 10);
    // and it comes back
    paddle.seed(4);
    const net2 = new Net();
    const m2 = new paddle.Model(net2);
    const s2 = new paddle.optimizer.lr.StepDecay({ learningRate: 0.1, stepSize: 1, gamma: 0.5 });
    m2.prepare(new paddle.optimizer.Adam({ learningRate: s2, parameters: net2.parameters() }), new paddle.nn.CrossEntropyLoss());
    await m2.load(path);
    expect(s2.lastEpoch).toBe(3);
  });

  for (const protocol of [2, 4]) {
    for (const enc of ['ndarray', 'tuple']) {
      it(`model.load reads a .pdparams Python wrote (protocol ${protocol}, ${enc})`, async () => {
        const { net, model } = makeModel(7);
        const want: Record<string, { shape: number[]; values: number[] }> = {};
        for (const [k, v] of Object.entries(net.stateDict())) {
          want[k] = { shape: v.shape, values: Array.from({ length: v.size }, (_, i) => Math.sin(i + k.length) / 3) };
        }
        const path = join(dir, `py-${protocol}-${enc}`);
        execFileSync(PY, [SCRIPT, 'write', path, String(protocol), enc], { input: JSON.stringify(want) });
        await model.load(`${path}.pdparams`);
        for (const [k, v] of Object.entries(net.stateDict())) expectClose(v, want[k].values, { rtol: 0, atol: 1e-7, label: k });
      });
    }
  }

  it('load reports missing and mis-shaped keys like Paddle; skipMismatch skips them', async () => {
    const { model } = makeModel(1);
    const path = join(dir, 'partial');
    execFileSync(PY, [SCRIPT, 'write', path, '4', 'ndarray'], {
      input: JSON.stringify({ 'fc1.weight': { shape: [4, 5], values: new Array(20).fill(0.5) }, 'fc1.bias': { shape: [4], values: [0, 0, 0, 0] } }),
    });
    await expect(model.load(path)).rejects.toThrow('fc1.bias receives a shape [4], but the expected shape is [5].');
    const { model: m2, net: n2 } = makeModel(1);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => void warnings.push(m);
    try {
      await m2.load(path, { skipMismatch: true });
    } finally {
      console.warn = warn;
    }
    expect(warnings.map((w) => w.split('.')[0] + '.' + w.split('.')[1])).toEqual(['Skip loading for fc1.bias', 'Skip loading for fc2.weight', 'Skip loading for fc2.bias']);
    expectClose(n2.stateDict()['fc1.weight'], new Array(20).fill(0.5));
    await expect(makeModel(1).model.load(join(dir, 'nothing-here'))).rejects.toThrow(paddle.ResourceNotFoundError);
  });
});

describe('resuming from a checkpoint', () => {
  it('continues the loss curve exactly as an uninterrupted run', async () => {
    const lossesOf = (h: paddle.History) => h.trainLogs.map((l) => (l.loss as number[])[0]);
    // Uninterrupted: 4 epochs.
    const a = makeModel(11);
    const full = lossesOf(await a.model.fit(batches(3, 50), null, { epochs: 4, verbose: 0 }));
    // Interrupted after 2 epochs, saved, reloaded into a fresh model, resumed at epoch 2.
    const b = makeModel(11);
    const first = lossesOf(await b.model.fit(batches(3, 50), null, { epochs: 2, verbose: 0 }));
    const path = join(dir, 'resume');
    await b.model.save(path);
    const c = makeModel(99);
    await c.model.load(path);
    const rest = lossesOf(await c.model.fit(batches(3, 50), null, { epochs: 4, initialEpoch: 2, verbose: 0 }));
    expect([...first, ...rest]).toEqual(full);
    expect(existsSync(`${path}.pdopt`)).toBe(true);
  });
});
