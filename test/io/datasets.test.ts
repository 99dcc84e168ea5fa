import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as io from 'tfjs-hapi/io';
import { Generator, seed } from '../../src/framework/random';
import { UnsupportedError } from '../../src/errors';
import { useBackend } from '../helpers/backend';

class Range extends io.Dataset<number> {
  constructor(readonly start: number, readonly stop: number) {
    super();
  }
  getItem(i: number) {
    return this.start + i;
  }
  len() {
    return this.stop - this.start;
  }
}

class Stream extends io.IterableDataset<number> {
  constructor(readonly values: number[]) {
    super();
  }
  *[Symbol.iterator]() {
    yield* this.values;
  }
}

async function all<T>(ds: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of ds) out.push(x);
  return out;
}

beforeAll(() => useBackend('cpu'));

describe('TensorDataset', () => {
  it('indexes every tensor on its first dimension', () => {
    const x = tf.tensor3d([...Array(24).keys()], [2, 3, 4]);
    const y = tf.tensor2d([[7], [9]], [2, 1], 'int32');
    const ds = new io.TensorDataset([x, y]);
    expect(ds.len()).toBe(2);
    const [xi, yi] = ds.getItem(1);
    expect(xi.shape).toEqual([3, 4]);
    expect(Array.from(xi.dataSync())).toEqual([...Array(12).keys()].map((v) => v + 12));
    expect(yi.dtype).toBe('int32');
    expect(Array.from(yi.dataSync())).toEqual([9]);
    tf.dispose([x, y, xi, yi]);
  });

  it('rejects tensors with different first dimensions', () => {
    const a = tf.zeros([3, 2]);
    const b = tf.zeros([4]);
    expect(() => new io.TensorDataset([a, b])).toThrow(/'tensors\[1\]' expected a tensor of shape \[3, \.\.\.\]/);
    tf.dispose([a, b]);
  });
});

describe('ComposeDataset, ConcatDataset, Subset, ChainDataset', () => {
  it('ComposeDataset joins the fields of same-length datasets', async () => {
    const ds = new io.ComposeDataset([new Range(0, 3), new Range(10, 13)]);
    expect(await ds.getItem(2)).toEqual([2, 12]);
    expect(() => new io.ComposeDataset([new Range(0, 3), new Range(0, 4)])).toThrow(/length 3/);
  });

  it('ConcatDataset concatenates, with negative indices from the end', async () => {
    const ds = new io.ConcatDataset([new Range(0, 3), new Range(100, 102)]);
    expect(ds.len()).toBe(5);
    expect(await all(ds)).toEqual([0, 1, 2, 100, 101]);
    expect(ds.getItem(-1)).toBe(101);
    expect(() => ds.getItem(5)).toThrow(/'idx' expected an integer in \[-5, 5\)/);
  });

  it('Subset picks indices, repeats allowed', async () => {
    expect(await all(new io.Subset(new Range(1, 4), [0, 2]))).toEqual([1, 3]);
    expect(await all(new io.Subset(new Range(1, 4), [1, 1]))).toEqual([2, 2]);
  });

  it('ChainDataset chains iterable datasets; they have no len or getItem', async () => {
    const c = new io.ChainDataset([new Stream([1, 2]), new Stream([3])]);
    expect(await all(c)).toEqual([1, 2, 3]);
    expect(() => c.len()).toThrow(UnsupportedError);
    expect(() => new io.ChainDataset([new Range(0, 1) as never])).toThrow(/IterableDataset/);
  });
});

describe('randomSplit', () => {
  it('splits into disjoint subsets covering the dataset, repeatable under paddle.seed', async () => {
    seed(2023);
    const [a, b] = io.randomSplit(new Range(0, 10), [3, 7]);
    const va = await all(a);
    const vb = await all(b);
    expect(va).toHaveLength(3);
    expect([...va, ...vb].sort((x, y) => x - y)).toEqual([...Array(10).keys()]);
    seed(2023);
    const [a2] = io.randomSplit(new Range(0, 10), [3, 7]);
    expect(await all(a2)).toEqual(va);
  });

  it('fractions floor each part and hand the remainder out from the first split (Paddle\'s rule)', () => {
    const parts = io.randomSplit(new Range(0, 11), [0.5, 0.3, 0.2], new Generator(1));
    // floor: 5, 3, 2 → remainder 1 goes to split 0
    expect(parts.map((p) => p.len())).toEqual([6, 3, 2]);
  });

  it('accepts a generator option and rejects lengths that do not add up', () => {
    const g1 = io.randomSplit(new Range(0, 6), [2, 4], { generator: new Generator(9) })[0].indices;
    const g2 = io.randomSplit(new Range(0, 6), [2, 4], new Generator(9))[0].indices;
    expect(g1).toEqual(g2);
    expect(() => io.randomSplit(new Range(0, 6), [2, 3])).toThrow(/counts summing to the dataset length 6/);
    expect(() => io.randomSplit(new Range(0, 6), [1.5, -0.5])).toThrow(/'lengths'/);
  });
});
