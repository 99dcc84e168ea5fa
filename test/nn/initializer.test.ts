import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { nn } from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';

const I = nn.initializer;

function stats(t: tf.Tensor): { mean: number; std: number; min: number; max: number } {
  const v = t.dataSync();
  let s = 0; let s2 = 0; let min = Infinity; let max = -Infinity;
  for (const x of v) { s += x; s2 += x * x; min = Math.min(min, x); max = Math.max(max, x); }
  const mean = s / v.length;
  return { mean, std: Math.sqrt(s2 / v.length - mean * mean), min, max };
}

describe('nn.initializer', () => {
  beforeAll(() => useBackend('cpu'));

  it('computes fans like Paddle', () => {
    expect(I.computeFans([7, 5])).toEqual([7, 5]);
    expect(I.computeFans([16, 3, 5, 5])).toEqual([75, 400]);
    expect(I.computeFans([9])).toEqual([9, 9]);
  });

  it('draws with the documented distributions', () => {
    const shape = [200, 300];
    const check = (init: InstanceType<typeof I.Initializer>, mean: number, std: number, lo?: number, hi?: number) => {
      const t = init.generate(shape);
      const s = stats(t);
      expect(Math.abs(s.mean - mean)).toBeLessThan(0.02 * Math.max(std, 1e-3) + 1e-3);
      expect(s.std / std).toBeGreaterThan(0.97);
      expect(s.std / std).toBeLessThan(1.03);
      if (lo !== undefined) expect(s.min).toBeGreaterThanOrEqual(lo);
      if (hi !== undefined) expect(s.max).toBeLessThanOrEqual(hi);
      t.dispose();
    };
    check(new I.Normal(0.5, 2), 0.5, 2);
    check(new I.Uniform(-3, 1), -1, 4 / Math.sqrt(12), -3, 1);
    const xu = Math.sqrt(6 / 500);
    check(new I.XavierUniform(), 0, xu / Math.sqrt(3), -xu, xu);
    check(new I.XavierNormal(), 0, Math.sqrt(2 / 500));
    check(new I.KaimingNormal(), 0, Math.SQRT2 / Math.sqrt(200));
    const ku = Math.SQRT2 * Math.sqrt(3 / 200);
    check(new I.KaimingUniform(), 0, ku / Math.sqrt(3), -ku, ku);
    // N(0,1) truncated to [-2, 2] has std 0.8796.
    check(new I.TruncatedNormal(), 0, 0.8796, -2, 2);
    const c = new I.Constant(0.25).generate([3]);
    expect(Array.from(c.dataSync())).toEqual([0.25, 0.25, 0.25]);
    const a = new I.Assign([[1, 2], [3, 4]]).generate([4]);
    expect(Array.from(a.dataSync())).toEqual([1, 2, 3, 4]);
    expect(() => new I.Assign([1, 2, 3]).generate([2, 2])).toThrow(paddle.ShapeMismatchError);
    expect(I.calculateGain('leaky_relu', 0.2)).toBeCloseTo(Math.sqrt(2 / 1.04));
    tf.dispose([c, a]);
  });

  it('gives each layer Paddle\'s default initializer', () => {
    const conv = new nn.Conv2D(16, 64, 5);
    expect(stats(conv.weight).std / Math.sqrt(2 / (5 * 5 * 16))).toBeCloseTo(1, 1);
    expect(stats(conv.bias!).max).toBe(0);
    const fc = new nn.Linear(300, 200);
    const lim = Math.sqrt(6 / 500);
    expect(stats(fc.weight).max).toBeLessThanOrEqual(lim);
    expect(stats(fc.weight).std / (lim / Math.sqrt(3))).toBeCloseTo(1, 1);
    const bn = new nn.BatchNorm2D(4);
    expect(Array.from(bn.weight.dataSync())).toEqual([1, 1, 1, 1]);
    expect(Array.from(bn._variance.dataSync())).toEqual([1, 1, 1, 1]);
    expect(bn._mean.trainable).toBe(false);
    const emb = new nn.Embedding(20, 3, { paddingIdx: 2 });
    expect(Array.from((emb.weight.arraySync() as number[][])[2])).toEqual([0, 0, 0]);
    [conv, fc, bn, emb].forEach((l) => l.dispose());
  });

  it('applies ParamAttr: initializer, name, learning rate, trainable, and biasAttr false', () => {
    const fc = new nn.Linear(2, 3, new paddle.ParamAttr({ name: 'my_fc_w', initializer: new I.Constant(0.5), learningRate: 0.1, trainable: false }), false);
    expect(fc.weight.name).toBe('my_fc_w');
    expect(fc.weight.paddleAttr.learningRate).toBe(0.1);
    expect(fc.weight.trainable).toBe(false);
    expect(fc.bias).toBeNull();
    expect(Object.keys(fc.stateDict())).toEqual(['weight']);
    expect(stats(fc.weight).min).toBe(0.5);
    const conv = new nn.Conv2D(1, 2, 3, { weightAttr: new I.KaimingNormal(), biasAttr: 'conv_b' });
    expect(conv.bias!.name).toBe('conv_b');
    expect(() => new nn.Linear(2, 3, 'my_fc_w')).toThrow(paddle.InvalidArgumentError);
    fc.dispose();
    conv.dispose();
  });
});

describe('paddle.seed', () => {
  beforeAll(() => useBackend('cpu'));

  it('makes initialization and dropout masks repeat run to run', () => {
    const run = (s: number) => {
      paddle.seed(s);
      const net = new nn.Sequential(new nn.Conv2D(2, 3, 3), new nn.Linear(4, 4), new nn.Dropout(0.5));
      const w = Array.from(net.parameters()[0].dataSync()).concat(Array.from(net.parameters()[2].dataSync()));
      const d = Array.from(tf.tidy(() => net.get(2).call(tf.ones([8, 8])) as tf.Tensor).dataSync());
      const d2 = Array.from(tf.tidy(() => nn.functional.dropout2d(tf.ones([4, 6, 2, 2]), 0.5)).dataSync());
      net.dispose();
      return { w, d, d2 };
    };
    const a = run(2024);
    const b = run(2024);
    const c = run(7);
    expect(b).toEqual(a);
    expect(c.w).not.toEqual(a.w);
    expect(c.d).not.toEqual(a.d);
  });
});
