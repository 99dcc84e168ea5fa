// Random tensor functions: reproducible under paddle.seed, and the right distribution moments.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';
import { useBackend } from '../helpers/backend';

const N = 20000;

function moments(t: tf.Tensor): { mean: number; std: number; min: number; max: number } {
  const v = Array.from(t.dataSync());
  t.dispose();
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const std = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1));
  return { mean, std, min: Math.min(...v), max: Math.max(...v) };
}

function drawTwice(draw: () => tf.Tensor): [number[], number[]] {
  paddle.seed(2024);
  const a = draw();
  paddle.seed(2024);
  const b = draw();
  const out: [number[], number[]] = [Array.from(a.dataSync()), Array.from(b.dataSync())];
  tf.dispose([a, b]);
  return out;
}

describe('random tensor functions', () => {
  beforeAll(() => useBackend('cpu'));

  const draws: [string, () => tf.Tensor][] = [
    ['rand', () => paddle.rand([3, 7])],
    ['randn', () => paddle.randn([5, 3])],
    ['randint', () => paddle.randint(-3, 9, [4, 5])],
    ['uniform', () => paddle.uniform([6], { min: 2, max: 3 })],
    ['normal', () => paddle.normal({ mean: 1, std: 2, shape: [9] })],
    ['randperm', () => paddle.randperm(11)],
  ];
  it.each(draws)('%s repeats under paddle.seed and differs without it', (_, draw) => {
    const [a, b] = drawTwice(draw);
    expect(a).toEqual(b);
    const c = draw();
    expect(Array.from(c.dataSync())).not.toEqual(a);
    c.dispose();
  });

  it('uniform with its own seed ignores the global generator', () => {
    const a = paddle.uniform([5], { seed: 7 });
    paddle.rand([3]).dispose();
    const b = paddle.uniform({ shape: [5], seed: 7 });
    expect(Array.from(a.dataSync())).toEqual(Array.from(b.dataSync()));
    tf.dispose([a, b]);
  });

  it('has the moments of its distribution', () => {
    const r = moments(paddle.rand([N]));
    expect(r.mean).toBeCloseTo(0.5, 1);
    expect(r.std).toBeCloseTo(Math.sqrt(1 / 12), 2);
    expect(r.min).toBeGreaterThanOrEqual(0);
    expect(r.max).toBeLessThan(1);
    const u = moments(paddle.uniform([N]));
    expect(u.mean).toBeCloseTo(0, 1);
    expect(u.min).toBeGreaterThanOrEqual(-1);
    expect(u.max).toBeLessThan(1);
    const n = moments(paddle.randn([N]));
    expect(n.mean).toBeCloseTo(0, 1);
    expect(n.std).toBeCloseTo(1, 1);
    const g = moments(paddle.normal(3, 0.5, [N]));
    expect(g.mean).toBeCloseTo(3, 1);
    expect(g.std).toBeCloseTo(0.5, 1);
    const t = paddle.randint(0, 10, [N]);
    expect(t.dtype).toBe('int32');
    const i = moments(t);
    expect(i.mean).toBeCloseTo(4.5, 1);
    expect([i.min, i.max]).toEqual([0, 9]);
  });

  it('randperm is a permutation, int32 by default', () => {
    const p = paddle.randperm(50);
    expect(p.dtype).toBe('int32');
    expect(Array.from(p.dataSync()).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    p.dispose();
  });

  it('checks its arguments', () => {
    expect(() => paddle.randint(5, 5)).toThrow(/randint: argument 'high'/);
    expect(() => paddle.rand([2], 'int32')).toThrow(/rand: argument 'dtype'/);
    expect(() => paddle.normal({ std: -1 })).toThrow(/normal: argument 'std'/);
    expect(() => paddle.uniform([2], { mn: 0 } as never)).toThrow(/did you mean 'min'/);
  });
});
