import * as tf from '@tensorflow/tfjs-core';
import { afterEach, describe, expect, it } from 'vitest';
import { NODE_BACKENDS, useBackend } from '../helpers/backend';
import { expectClose, expectNoLeak, numTensors } from '../helpers/tensors';
import { fixture, makeOptimizer, TinyNet, type OptimizerCase } from './net';

const SLOTS: Record<string, number> = { SGD: 0, Momentum: 1, Adam: 4, AdamW: 4, Adamax: 3, RMSProp: 3, Adagrad: 1, Adadelta: 2, Lamb: 4 };

/** Accumulators per parameter times parameters, plus `LR_Scheduler`. */
function expectedKeys(c: OptimizerCase): number {
  const slots = SLOTS[c.optimizer] + (c.options.amsgrad ? 1 : 0);
  return slots * Object.keys(fixture.init).length + (c.scheduler ? 1 : 0);
}

describe.each(NODE_BACKENDS)('optimizer trajectories on %s', (backend) => {
  let net: TinyNet | undefined;
  afterEach(() => {
    net?.dispose();
    net = undefined;
  });

  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s matches the reference for 10 steps', async (_name, c) => {
    await useBackend(backend);
    net = new TinyNet();
    const { opt, sched } = makeOptimizer(c, net.params);
    for (let step = 0; step < fixture.steps; step++) {
      opt.minimize(net.loss).dispose();
      sched?.step();
      for (const p of net.params) {
        expectClose(p, c.trajectory[step][p.name], { rtol: 1e-5, atol: 1e-6, label: `${c.name} step ${step + 1} ${p.name}` });
      }
    }
    opt.dispose();
  });

  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s: a state saved after step 5 continues bit for bit', async (_name, c) => {
    await useBackend(backend);
    net = new TinyNet();
    const a = makeOptimizer(c, net.params);
    const after: Record<string, Float32Array>[] = [];
    let saved: Record<string, unknown> = {};
    let values: Record<string, tf.Tensor> = {};
    for (let step = 0; step < 10; step++) {
      a.opt.minimize(net.loss).dispose();
      a.sched?.step();
      if (step === 4) {
        const state = a.opt.stateDict();
        saved = Object.fromEntries(Object.entries(state).map(([k, v]) => [k, v instanceof tf.Tensor ? tf.clone(v) : structuredClone(v)]));
        values = Object.fromEntries(net.params.map((p) => [p.name, tf.clone(p)]));
      }
      if (step >= 5) after.push(net.snapshot());
    }
    expect(Object.keys(saved).length).toBe(expectedKeys(c));
    a.opt.dispose();
    net.dispose();

    net = new TinyNet(values);
    tf.dispose(Object.values(values));
    const b = makeOptimizer(c, net.params);
    b.opt.setStateDict(saved);
    tf.dispose(Object.values(saved).filter((v): v is tf.Tensor => v instanceof tf.Tensor));
    for (let i = 0; i < 5; i++) {
      b.opt.minimize(net.loss).dispose();
      b.sched?.step();
      expect(net.snapshot(), `${c.name} step ${i + 6}`).toEqual(after[i]);
    }
    b.opt.dispose();
  });

  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s: live tensors are constant from step 2 and dispose frees all', async (_name, c) => {
    await useBackend(backend);
    net = new TinyNet();
    const before = numTensors();
    const { opt, sched } = makeOptimizer(c, net.params);
    await expectNoLeak(() => {
      const loss = opt.minimize(net!.loss);
      sched?.step();
      return loss;
    }, 3);
    opt.dispose();
    expect(numTensors()).toBe(before);
  });
});
