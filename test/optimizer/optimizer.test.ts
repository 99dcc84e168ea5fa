import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import * as optimizerSubpath from 'tfjs-hapi/optimizer';
import { useBackend } from '../helpers/backend';
import { expectClose, expectNoLeak, numTensors } from '../helpers/tensors';
import { TinyNet } from './net';

const { optimizer, nn } = paddle;

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

function expectArgError(fn: () => unknown, argument: string): void {
  const err = errorOf(fn);
  expect(err, argument).toBeInstanceOf(paddle.InvalidArgumentError);
  expect((err as paddle.InvalidArgumentError).argument).toBe(argument);
  expect((err as Error).message).toContain(`'${argument}'`);
}

describe('Optimizer', () => {
  let net: TinyNet | undefined;
  beforeAll(async () => {
    await useBackend('cpu');
  });
  afterEach(() => {
    net?.dispose();
    net = undefined;
  });

  it('names its state like Paddle, accumulator by accumulator', () => {
    net = new TinyNet();
    const opt = new optimizer.Adam({ learningRate: 0.01, parameters: net.params });
    expect(opt.stateDict()).toEqual({});
    opt.minimize(net.loss).dispose();
    const state = opt.stateDict();
    expect(Object.keys(state)).toEqual(
      ['moment1', 'moment2', 'beta1_pow_acc', 'beta2_pow_acc'].flatMap((s) => net!.params.map((p) => `${p.name}_${s}_0`)),
    );
    expect((state['fc_0.w_0_beta1_pow_acc_0'] as tf.Tensor).shape).toEqual([1]);
    expectClose(state['fc_0.w_0_beta1_pow_acc_0'] as tf.Tensor, [0.81]);
    const named = new optimizer.Momentum({ learningRate: 0.01, parameters: net.params, name: 'opt' });
    named.minimize(net.loss).dispose();
    expect(Object.keys(named.stateDict())[0]).toBe('fc_0.w_0_opt_velocity_0');
    opt.dispose();
    named.dispose();
  });

  it('loads a state whose unique-name counter differs (Paddle #38065) and checks missing keys', () => {
    net = new TinyNet();
    const a = new optimizer.Momentum({ learningRate: 0.01, parameters: net.params });
    a.minimize(net.loss).dispose();
    const renamed = Object.fromEntries(Object.entries(a.stateDict()).map(([k, v]) => [k.replace(/_0$/, '_3'), tf.clone(v as tf.Tensor)]));
    const b = new optimizer.Momentum({ learningRate: 0.01, parameters: net.params });
    b.setStateDict(renamed);
    expectClose(b.stateDict()['fc_1.w_0_velocity_0'] as tf.Tensor, a.stateDict()['fc_1.w_0_velocity_0'] as tf.Tensor, { rtol: 0, atol: 0 });
    const adam = new optimizer.Adam({ learningRate: 0.01, parameters: net.params });
    const partial = { 'fc_0.w_0_moment1_0': renamed['fc_0.w_0_velocity_3'] };
    const err = errorOf(() => adam.setStateDict(partial));
    expect(err).toBeInstanceOf(paddle.StateDictError);
    expect((err as paddle.StateDictError).key).toBe('fc_0.w_0_moment2_0');
    const sched = new optimizer.Adam({ learningRate: new optimizer.lr.StepDecay(0.1, 2), parameters: net.params });
    expect(errorOf(() => sched.setStateDict({}))).toBeInstanceOf(paddle.StateDictError);
    tf.dispose(Object.values(renamed));
    [a, b, adam, sched].forEach((o) => o.dispose());
  });

  it('applies parameter groups: learningRate is a factor, weightDecay and options per group', () => {
    const w = tf.variable(tf.tensor1d([1, -2, 3]), true, 'group_test.w_0');
    const b = tf.variable(tf.tensor1d([0.5, 0.25]), true, 'group_test.b_0');
    const loss = () => tf.add(tf.sum(tf.square(w)), tf.sum(tf.mul(b, tf.tensor1d([3, 4]))));
    const [gw, gb] = paddle.grad(loss, [w, b]) as tf.Tensor[];
    const ew = tf.sub(w, tf.mul(gw, 0.05));
    const eb = tf.sub(b, tf.mul(tf.add(gb, tf.mul(b, 0.1)), 0.1));
    const opt = new optimizer.SGD({ learningRate: 0.1, parameters: [{ params: [w], learningRate: 0.5 }, { params: [b], weightDecay: 0.1 }] });
    opt.minimize(loss).dispose();
    expectClose(w, ew, { rtol: 1e-6 });
    expectClose(b, eb, { rtol: 1e-6 });
    expectArgError(() => new optimizer.SGD({ learningRate: 0.1, parameters: [{ params: [w], beta1: 0.5 }] }), 'beta1');
    expectArgError(() => new optimizer.Adam({ learningRate: 0.1, parameters: [{ params: [w], beta1: 1.5 }] }), 'beta1');
    expectArgError(() => new optimizer.SGD({ learningRate: 0.1, parameters: [{ params: [w] }, { params: [w] }] }), 'params');
    expectArgError(() => new optimizer.Lamb({ parameters: [{ params: [w], weightDecay: 0.1 }] }), 'weightDecay');
    const grouped = new optimizer.Adam({ learningRate: 0.1, parameters: [{ params: [w], beta1: 0.5 }, { params: [b] }] });
    grouped.minimize(loss).dispose();
    expectClose(grouped.stateDict()['group_test.w_0_beta1_pow_acc_0'] as tf.Tensor, [0.25]);
    expectClose(grouped.stateDict()['group_test.b_0_beta1_pow_acc_0'] as tf.Tensor, [0.81]);
    tf.dispose([gw, gb, ew, eb, w, b]);
    opt.dispose();
    grouped.dispose();
  });

  it('skips frozen parameters and parameters without a gradient', () => {
    const w = tf.variable(tf.tensor1d([1, 2]), true, 'skip_test.w_0');
    const frozen = tf.variable(tf.tensor1d([5, 6]), false, 'skip_test.w_1');
    const unused = tf.variable(tf.tensor1d([7]), true, 'skip_test.w_2');
    const opt = new optimizer.Adam({ learningRate: 0.1, parameters: [w, frozen, unused] });
    opt.minimize(() => tf.sum(tf.mul(w, frozen))).dispose();
    expect(Array.from(frozen.dataSync())).toEqual([5, 6]);
    expect(Array.from(unused.dataSync())).toEqual([7]);
    expect(Object.keys(opt.stateDict()).every((k) => k.startsWith('skip_test.w_0_'))).toBe(true);
    opt.dispose();
    tf.dispose([w, frozen, unused]);
  });

  it('step takes gradients keyed by name, leaves them alone, and checks shapes', () => {
    const w = tf.variable(tf.tensor1d([1, 2]), true, 'step_test.w_0');
    const opt = new optimizer.SGD(0.5, [w]);
    const g = tf.tensor1d([1, 1]);
    opt.step({ 'step_test.w_0': g });
    expect(Array.from(w.dataSync())).toEqual([0.5, 1.5]);
    expect(g.isDisposed).toBe(false);
    opt.step([[w, g]]);
    expect(Array.from(w.dataSync())).toEqual([0, 1]);
    expectArgError(() => (opt.step as (g?: unknown) => void)(), 'grads');
    const bad = tf.tensor1d([1, 1, 1]);
    expect(errorOf(() => opt.step({ 'step_test.w_0': bad }))).toBeInstanceOf(paddle.ShapeMismatchError);
    tf.dispose([g, bad, w]);
    opt.dispose();
  });

  it('takes Paddle\'s positional arguments as well as one options object', () => {
    const a = tf.variable(tf.tensor1d([1, -1]), true, 'pos_test.w_0');
    const b = tf.variable(tf.tensor1d([1, -1]), true, 'pos_test.w_1');
    const positional = new optimizer.Momentum(0.1, 0.5, [a], true, 0.01);
    const options = new optimizer.Momentum({ learningRate: 0.1, momentum: 0.5, parameters: [b], useNesterov: true, weightDecay: 0.01 });
    for (let i = 0; i < 3; i++) {
      positional.minimize(() => tf.sum(tf.square(a))).dispose();
      options.minimize(() => tf.sum(tf.square(b))).dispose();
    }
    expect(Array.from(a.dataSync())).toEqual(Array.from(b.dataSync()));
    expectArgError(() => new optimizer.Momentum(0.1, { parameters: [a], momentun: 0.5 } as never), 'momentun');
    positional.dispose();
    options.dispose();
    tf.dispose([a, b]);
  });

  it('Momentum fuses L2 decay after rescaleGrad, and adds L1 before it (Paddle\'s kernel)', () => {
    const w = tf.variable(tf.tensor1d([1, -2]), true, 'rescale_test.w_0');
    const l1 = tf.variable(tf.tensor1d([1, -2]), true, 'rescale_test.w_1');
    const loss = () => tf.add(tf.sum(tf.mul(w, tf.tensor1d([4, 8]))), tf.sum(tf.mul(l1, tf.tensor1d([4, 8]))));
    const opt = new optimizer.Momentum({
      learningRate: 0.1, momentum: 0.9, rescaleGrad: 0.5, weightDecay: 0.1,
      parameters: [{ params: [w] }, { params: [l1], weightDecay: new paddle.regularizer.L1Decay(0.1) }],
    });
    opt.minimize(loss).dispose();
    // v = 0.5 * g + 0.1 * p; p -= 0.1 * v
    expectClose(w, [1 - 0.1 * (0.5 * 4 + 0.1 * 1), -2 - 0.1 * (0.5 * 8 - 0.1 * 2)], { rtol: 1e-6 });
    // v = 0.5 * (g + 0.1 * sign(p)); p -= 0.1 * v
    expectClose(l1, [1 - 0.1 * 0.5 * (4 + 0.1), -2 - 0.1 * 0.5 * (8 - 0.1)], { rtol: 1e-6 });
    opt.dispose();
    tf.dispose([w, l1]);
  });

  it('getLr / setLr / setLrScheduler follow Paddle', () => {
    const w = tf.variable(tf.tensor1d([1]), true, 'lr_test.w_0');
    const opt = new optimizer.SGD({ parameters: [w] });
    expect(opt.getLr()).toBe(0.001);
    opt.setLr(0.5);
    expect(opt.getLr()).toBe(0.5);
    expect(opt.learningRate).toBe(0.5);
    expectArgError(() => opt.setLr(-1), 'value');
    const sched = new optimizer.lr.StepDecay(0.2, 1, { gamma: 0.5 });
    opt.setLrScheduler(sched);
    expect(opt.getLr()).toBe(0.2);
    expect(errorOf(() => opt.setLr(0.1))).toBeInstanceOf(paddle.UnsupportedError);
    opt.minimize(() => tf.sum(w)).dispose();
    sched.step();
    expect(opt.getLr()).toBe(0.1);
    expect(opt.stateDict()).toEqual({ LR_Scheduler: { last_epoch: 1, last_lr: 0.1 } });
    opt.dispose();
    w.dispose();
  });

  it('rejects wrong arguments with typed errors naming the argument', () => {
    const w = tf.variable(tf.tensor1d([1]), true, 'err_test.w_0');
    const parameters = [w];
    expectArgError(() => new optimizer.Adam({ learningRate: -1e-3, parameters }), 'learningRate');
    expectArgError(() => new optimizer.SGD({ learningRate: Number.NaN, parameters }), 'learningRate');
    expectArgError(() => new optimizer.RMSProp({ parameters } as unknown as paddle.optimizer.RMSPropArgs), 'learningRate');
    expectArgError(() => new optimizer.Adam({ beta1: 1, parameters }), 'beta1');
    expectArgError(() => new optimizer.Adam({ beta1: -0.1, parameters }), 'beta1');
    expectArgError(() => new optimizer.AdamW({ beta2: 1.2, parameters }), 'beta2');
    expectArgError(() => new optimizer.Adamax({ epsilon: -1, parameters }), 'epsilon');
    expectArgError(() => new optimizer.Lamb({ beta1: 2, parameters }), 'beta1');
    expectArgError(() => new optimizer.Adam({ learningRate: 0.1 }), 'parameters');
    expectArgError(() => new optimizer.Momentum(0.1, 0.9), 'parameters');
    expectArgError(() => new optimizer.SGD({ learningRate: 0.1, parameters: [] }), 'parameters');
    const plain = tf.zeros([2]);
    expectArgError(() => new optimizer.SGD({ learningRate: 0.1, parameters: [w, plain as tf.Variable] }), 'parameters');
    plain.dispose();
    expectArgError(() => new optimizer.Momentum({ momentum: -0.5, parameters }), 'momentum');
    expectArgError(() => new optimizer.SGD({ parameters, weightDecay: 'l2' as never }), 'weightDecay');
    expectArgError(() => new optimizer.SGD({ parameters, gradClip: 1 as never }), 'gradClip');
    expectArgError(() => new optimizer.AdamW({ parameters, lrRatio: 0.5 as never }), 'lrRatio');
    expectArgError(() => new nn.ClipGradByNorm(0), 'clipNorm');
    expectArgError(() => new nn.ClipGradByGlobalNorm(-1), 'clipNorm');
    expectArgError(() => new nn.ClipGradByValue(-1), 'max');
    expectArgError(() => new paddle.regularizer.L2Decay(-1), 'coeff');
    w.dispose();
  });

  it('dispose frees all optimizer state', () => {
    net = new TinyNet();
    const before = numTensors();
    const opt = new optimizer.Lamb({ learningRate: new optimizer.lr.CosineAnnealingDecay(0.1, 3), parameters: net.params, gradClip: new nn.ClipGradByGlobalNorm(1) });
    for (let i = 0; i < 3; i++) opt.minimize(net.loss).dispose();
    expect(numTensors()).toBeGreaterThan(before);
    opt.dispose();
    expect(numTensors()).toBe(before);
  });
});

describe('exports', () => {
  it('the subpath tfjs-hapi/optimizer is the same module as paddle.optimizer', () => {
    expect(optimizerSubpath.Adam).toBe(paddle.optimizer.Adam);
    expect(optimizerSubpath.lr.StepDecay).toBe(paddle.optimizer.lr.StepDecay);
    expect(paddle.regularizer.L2Decay).toBe(optimizerSubpath.L2Decay);
    expect(Object.keys(paddle.optimizer).sort()).toEqual(
      ['Adadelta', 'Adagrad', 'Adam', 'AdamW', 'Adamax', 'L1Decay', 'L2Decay', 'Lamb', 'Momentum', 'Optimizer', 'RMSProp', 'SGD', 'lr'].sort(),
    );
  });
});

describe('gradient clipping', () => {
  beforeAll(async () => {
    await useBackend('cpu');
  });

  it('clips by value, by norm and by global norm, honouring needClip', () => {
    {
      const t = new TinyNet();
      const grads = t.params.map((p) => tf.fill(p.shape, 2));
      const pairs = t.params.map((p, i) => [p, grads[i]] as [tf.Variable, tf.Tensor]);
      const byValue = new nn.ClipGradByValue(1, -0.5).call(pairs);
      expect(Array.from(byValue[0][1].dataSync()).every((v) => v === 1)).toBe(true);
      expect(byValue[1][1]).toBe(grads[1]); // fc_0.b_0 has needClip = false
      const byNorm = new nn.ClipGradByNorm(1).call(pairs);
      expectClose(tf.norm(byNorm[0][1]), 1, { rtol: 1e-6 });
      const byGlobal = new nn.ClipGradByGlobalNorm(1).call(pairs);
      const total = tf.sqrt(tf.add(tf.sum(tf.square(byGlobal[0][1])), tf.sum(tf.square(byGlobal[2][1]))));
      expectClose(total, 1, { rtol: 1e-6 });
      expect(byGlobal[1][1]).toBe(grads[1]);
      const small = new nn.ClipGradByGlobalNorm(1000).call(pairs);
      expect(Array.from(small[0][1].dataSync())).toEqual(Array.from(grads[0].dataSync()));
      tf.dispose([...grads, ...byValue.map((p) => p[1]), ...byNorm.map((p) => p[1]), ...byGlobal.map((p) => p[1]), ...small.map((p) => p[1]), total]);
      t.dispose();
    }
  });
});

describe('paddle.grad', () => {
  beforeAll(async () => {
    await useBackend('cpu');
  });

  it('returns the gradients of a function of tensors and variables', async () => {
    const x = tf.tensor1d([1, 2, 3]);
    const v = tf.variable(tf.tensor1d([2, 2, 2]), true, 'grad_test.w_0');
    const [dx, dv] = paddle.grad(() => tf.sum(tf.mul(tf.square(x), v)), [x, v]) as tf.Tensor[];
    expect(Array.from(dx.dataSync())).toEqual([4, 8, 12]);
    expect(Array.from(dv.dataSync())).toEqual([1, 4, 9]);
    const seed = tf.tensor1d([1, 0, 2]);
    const [seeded] = paddle.grad(() => tf.mul(x, 3), x, { gradOutputs: seed }) as tf.Tensor[];
    expect(Array.from(seeded.dataSync())).toEqual([3, 0, 6]);
    const unused = tf.scalar(1);
    expect(paddle.grad(() => tf.sum(x), [x, unused], { allowUnused: true })[1]).toBeNull();
    expectArgError(() => paddle.grad(() => tf.sum(x), [x, unused]), 'inputs[1]');
    expectArgError(() => paddle.grad(() => tf.sum(x), []), 'inputs');
    await expectNoLeak(() => paddle.grad(() => tf.sum(tf.square(x)), [x]));
    tf.dispose([x, v, dx, dv, seed, seeded, unused]);
  });
});
