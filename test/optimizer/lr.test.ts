import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';
import { expectClose } from '../helpers/tensors';

const { lr } = paddle.optimizer;

interface ScheduleCase { name: string; kind: string; args: Record<string, unknown>; values: number[] }
const data: {
  plateauMetrics: number[];
  schedules: ScheduleCase[];
  jumps: { kind: string; args: Record<string, unknown>; epochs: number[]; values: number[] }[];
} = JSON.parse(readFileSync(new URL('../fixtures/optimizer/lr.json', import.meta.url), 'utf8'));

// The functions the generator names (test/fixtures/optimizer/gen_optimizer.py, LAMBDAS).
const LAMBDAS: Record<string, (x: number) => number> = {
  pow095: (e) => 0.95 ** e,
  const095: () => 0.95,
  sqrt: (x) => 1 / Math.sqrt(x + 1),
};

function make(kind: string, args: Record<string, unknown>): paddle.optimizer.lr.LRScheduler {
  const opts: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(args)) {
    if (k === 'inner') {
      const { kind: innerKind, ...innerArgs } = v as Record<string, unknown>;
      opts.learningRate = make(innerKind as string, innerArgs);
    } else {
      opts[k] = typeof v === 'string' && v in LAMBDAS ? LAMBDAS[v] : v;
    }
  }
  const Ctor = (lr as unknown as Record<string, new (o: object) => paddle.optimizer.lr.LRScheduler>)[kind];
  return new Ctor(opts);
}

function run(s: paddle.optimizer.lr.LRScheduler, n: number, from = 0): number[] {
  const out: number[] = [];
  for (let i = from; i < from + n; i++) {
    out.push(s.call());
    if (s instanceof lr.ReduceOnPlateau) s.step(data.plateauMetrics[i]);
    else s.step();
  }
  return out;
}

describe('optimizer.lr schedulers', () => {
  beforeAll(async () => {
    await useBackend('cpu');
  });

  it.each(data.schedules.map((c) => [c.name, c] as const))('%s: the first 50 values match Paddle', (_name, c) => {
    expectClose(run(make(c.kind, c.args), 50), c.values, { rtol: 1e-12, atol: 1e-15, label: c.name });
  });

  it.each(data.schedules.map((c) => [c.name, c] as const))('%s: stateDict after 20 steps resumes exactly', (_name, c) => {
    const a = make(c.kind, c.args);
    run(a, 20);
    const state = structuredClone(a.stateDict());
    expect(state.last_epoch).toBe(20);
    const b = make(c.kind, c.args);
    b.setStateDict(state);
    expect(run(b, 30, 20)).toEqual(run(a, 30, 20));
  });

  it.each(data.jumps.map((c) => [c.kind, c] as const))('%s: step(epoch) uses the closed form', (_name, c) => {
    const s = make(c.kind, c.args);
    const got = c.epochs.map((e) => {
      s.step(e);
      return s.call();
    });
    expectClose(got, c.values, { rtol: 1e-12, atol: 1e-15 });
  });

  it('starts at epoch 0 with lastLr, like Paddle after its constructor step', () => {
    const s = new lr.StepDecay(0.5, 5, { gamma: 0.8 });
    expect(s.lastEpoch).toBe(0);
    expect(s.lastLr).toBe(0.5);
    expect(s.stateDict()).toEqual({ last_epoch: 0, last_lr: 0.5 });
    const resumed = new lr.ExponentialDecay({ learningRate: 1, gamma: 0.5, lastEpoch: 3 });
    expect(resumed.lastEpoch).toBe(4);
    expect(resumed.call()).toBe(0.0625);
  });

  it('user subclasses implement getLr', () => {
    class HalfEvery2 extends lr.LRScheduler {
      getLr(): number {
        return this.baseLr * 0.5 ** Math.floor(this.lastEpoch / 2);
      }
    }
    const s = new HalfEvery2(1.0);
    expect(run(s, 5)).toEqual([1, 1, 0.5, 0.5, 0.25]);
  });

  it('verbose prints Paddle\'s line', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const s = new lr.StepDecay(0.5, 1, { gamma: 0.5, verbose: true });
    s.step();
    expect(log.mock.calls.map((c) => c[0])).toEqual([
      'Epoch 0: StepDecay set learning rate to 0.5.',
      'Epoch 1: StepDecay set learning rate to 0.25.',
    ]);
    log.mockRestore();
  });

  it('LinearWarmup saves the wrapped scheduler under LinearWarmup_LR', () => {
    const s = new lr.LinearWarmup(new lr.CosineAnnealingDecay(0.1, 10), 2, 0, 0.1);
    run(s, 5);
    expect(s.stateDict()).toEqual({ last_epoch: 5, last_lr: s.call(), LinearWarmup_LR: { last_epoch: 3, last_lr: expect.any(Number) } });
  });

  it('ReduceOnPlateau needs the metric and accepts a one-element tensor', () => {
    const s = new lr.ReduceOnPlateau(1.0, { patience: 0 });
    expect(() => s.step()).toThrowError(paddle.InvalidArgumentError);
    expect(() => s.step()).toThrowError(/metrics/);
    const t = tf.scalar(2);
    s.step(t);
    s.step(t);
    t.dispose();
    expect(s.call()).toBeCloseTo(0.1, 12);
    expect(s.stateDict()).toEqual({ cooldown_counter: 0, best: 2, num_bad_epochs: 0, last_epoch: 4, last_lr: s.call() });
  });

  it('rejects wrong arguments with typed errors naming them', () => {
    const cases: [() => unknown, string][] = [
      [() => new lr.StepDecay(-0.1, 5), 'learningRate'],
      [() => new lr.StepDecay(0.1, 0), 'stepSize'],
      [() => new lr.StepDecay(0.1, 2, { gamma: 1.5 }), 'gamma'],
      [() => new lr.MultiStepDecay(0.1, [5, 3]), 'milestones'],
      [() => new lr.PiecewiseDecay([1, 2], [0.1, 0.2]), 'values'],
      [() => new lr.ExponentialDecay(0.1, 1.2), 'gamma'],
      [() => new lr.CosineAnnealingDecay(0.1, 2.5), 'tMax'],
      [() => new lr.LinearWarmup(0.1, 5, 0.2, 0.1), 'endLr'],
      [() => new lr.LambdaDecay(0.1, 3 as unknown as () => number), 'lrLambda'],
      [() => new lr.ReduceOnPlateau(0.1, 'up' as 'min'), 'mode'],
      [() => new lr.OneCycleLR(0.1, 10, { phasePct: 1.5 }), 'phasePct'],
      [() => new lr.CyclicLR(0.1, 1, 0), 'stepSizeUp'],
      [() => new lr.StepDecay({ learningRate: 0.1, stepSize: 2, gama: 0.5 } as never), 'gama'],
    ];
    for (const [fn, arg] of cases) {
      let err: unknown;
      try {
        fn();
      } catch (e) {
        err = e;
      }
      expect(err, arg).toBeInstanceOf(paddle.InvalidArgumentError);
      expect((err as paddle.InvalidArgumentError).argument).toBe(arg);
    }
    expect(() => new lr.OneCycleLR(0.1, 3).step(10)).toThrowError(/totalSteps/);
  });

  it('a scheduler step before the optimizer\'s warns once (PyTorch\'s check; Paddle is silent)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const v = tf.variable(tf.zeros([2]), true, 'lr_order_test.w_0');
    const sched = new lr.StepDecay(0.1, 1);
    const opt = new paddle.optimizer.SGD({ learningRate: sched, parameters: [v] });
    sched.step();
    sched.step();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/StepDecay\.step\(\) was called before optimizer\.step\(\)/);
    const ok = new lr.StepDecay(0.1, 1);
    const opt2 = new paddle.optimizer.SGD({ learningRate: ok, parameters: [v] });
    opt2.minimize(() => tf.sum(v)).dispose();
    ok.step();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    opt.dispose();
    opt2.dispose();
    v.dispose();
  });
});
