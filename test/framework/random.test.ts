import { describe, expect, it } from 'vitest';
import { Generator, seed, defaultGenerator } from 'tfjs-hapi';

describe('Generator', () => {
  it('repeats a sequence after the same seed and differs across seeds', () => {
    const a = new Generator(7);
    const b = new Generator(7);
    const c = new Generator(8);
    const sa = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(sa);
  });

  it('draws uniform floats in [0, 1) with the right mean and normals with the right moments', () => {
    const g = new Generator(1);
    const n = 20000;
    let sum = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = g.random();
      sum += u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.01);
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = g.normal(2, 3);
      s1 += z;
      s2 += z * z;
    }
    const mean = s1 / n;
    expect(Math.abs(mean - 2)).toBeLessThan(0.1);
    expect(Math.abs(Math.sqrt(s2 / n - mean * mean) - 3)).toBeLessThan(0.1);
  });

  it('permutes every index exactly once', () => {
    const p = new Generator(3).permutation(100);
    expect(Array.from(p).sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(Array.from(p)).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('paddle.seed restarts the global generator, and state round-trips', () => {
    seed(123);
    const first = defaultGenerator().random();
    const state = defaultGenerator().getState();
    const second = defaultGenerator().random();
    seed(123);
    expect(defaultGenerator().random()).toBe(first);
    defaultGenerator().setState(state);
    expect(defaultGenerator().random()).toBe(second);
  });

  it('fills in bulk with exactly the values of repeated single draws, leaving the same state', () => {
    for (const n of [0, 1, 2, 7, 1000]) {
      const a = new Generator(11);
      const b = new Generator(11);
      a.normal(); // leaves a spare normal pending, which the bulk fill must use first
      b.normal();
      const single = Float32Array.from({ length: n }, () => a.normal(0.5, 2));
      expect(Array.from(b.fillNormal(new Float32Array(n), 0.5, 2))).toEqual(Array.from(single));
      expect(b.normal()).toBe(a.normal());
      const u1 = Float32Array.from({ length: n }, () => a.uniform(-2, 3));
      expect(Array.from(b.fillUniform(new Float32Array(n), -2, 3))).toEqual(Array.from(u1));
      expect(b.nextUint32()).toBe(a.nextUint32());
    }
  });

  it('rejects a non-finite seed with a typed error naming the argument', () => {
    expect(() => seed(Number.NaN)).toThrowError(/argument 'seed' expected a finite integer, but received NaN/);
  });
});
