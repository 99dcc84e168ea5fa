import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi/io';
import { seed, Generator } from '../../src/framework/random';
import { MT19937 } from '../../src/io/mt19937';
import { InvalidArgumentError } from '../../src/errors';
import { useBackend } from '../helpers/backend';

const ref = JSON.parse(readFileSync(new URL('../fixtures/io/distributed_batch_sampler.json', import.meta.url), 'utf8')) as {
  mt19937: { seed: number; uint32: number[] }[];
  cases: { n: number; batchSize: number; numReplicas: number; rank: number; shuffle: boolean; dropLast: boolean; epoch: number; batches: number[][] }[];
};

const sized = (n: number) => ({ len: () => n });

beforeAll(() => useBackend('cpu'));

describe('MT19937', () => {
  it('matches numpy RandomState raw outputs', () => {
    for (const { seed: s, uint32 } of ref.mt19937) {
      const mt = new MT19937(s);
      expect(Array.from({ length: uint32.length }, () => mt.nextUint32())).toEqual(uint32);
    }
  });
});

describe('DistributedBatchSampler', () => {
  it.each(ref.cases.map((c) => [`n=${c.n} bs=${c.batchSize} replicas=${c.numReplicas} rank=${c.rank} shuffle=${c.shuffle} dropLast=${c.dropLast} epoch=${c.epoch}`, c] as const))(
    'splits like Paddle: %s',
    (_name, c) => {
      const s = new paddle.DistributedBatchSampler(sized(c.n), c.batchSize, { numReplicas: c.numReplicas, rank: c.rank, shuffle: c.shuffle, dropLast: c.dropLast });
      s.setEpoch(c.epoch);
      expect([...s]).toEqual(c.batches);
      expect(s.len()).toBe(c.batches.length);
    },
  );

  it('advances the epoch after each shuffled pass, as Paddle does', () => {
    const s = new paddle.DistributedBatchSampler(sized(10), 3, null, null, true);
    const e0 = ref.cases.find((c) => c.n === 10 && c.shuffle && !c.dropLast && c.epoch === 0)!;
    const e1 = ref.cases.find((c) => c.n === 10 && c.shuffle && !c.dropLast && c.epoch === 1)!;
    expect([...s]).toEqual(e0.batches);
    expect([...s]).toEqual(e1.batches);
    expect(s.epoch).toBe(2);
  });

  it('rejects a rank outside [0, numReplicas)', () => {
    expect(() => new paddle.DistributedBatchSampler(sized(10), 2, { numReplicas: 2, rank: 2 })).toThrow(/argument 'rank' expected an integer in \[0, 2\)/);
    expect(() => new paddle.DistributedBatchSampler(sized(10), 0)).toThrow(InvalidArgumentError);
  });
});

describe('SequenceSampler and RandomSampler', () => {
  it('SequenceSampler yields 0..n-1', () => {
    expect([...new paddle.SequenceSampler(sized(4))]).toEqual([0, 1, 2, 3]);
  });

  it('RandomSampler yields a permutation, repeatable under paddle.seed', () => {
    seed(2023);
    const a = [...new paddle.RandomSampler(sized(50))];
    seed(2023);
    const b = [...new paddle.RandomSampler(sized(50))];
    expect(a).toEqual(b);
    expect([...a].sort((x, y) => x - y)).toEqual([...Array(50).keys()]);
    expect(a).not.toEqual([...Array(50).keys()]);
  });

  it('RandomSampler numSamples and replacement', () => {
    const g = new Generator(1);
    const s = new paddle.RandomSampler(sized(5), { replacement: true, numSamples: 200, generator: g });
    const draws = [...s];
    expect(draws).toHaveLength(200);
    expect(s.len()).toBe(200);
    expect(new Set(draws)).toEqual(new Set([0, 1, 2, 3, 4]));
    const partial = [...new paddle.RandomSampler(sized(10), false, 4, new Generator(3))];
    expect(new Set(partial).size).toBe(4);
  });

  it('RandomSampler consumes an index iterator as Paddle consumes a Python generator', () => {
    const it = [7, 8, 9][Symbol.iterator]();
    expect([...new paddle.RandomSampler(sized(10), { generator: it, numSamples: 5, replacement: true })]).toEqual([7, 8, 9]);
  });

  it('RandomSampler rejects too many samples without replacement', () => {
    expect(() => new paddle.RandomSampler(sized(3), false, 4)).toThrow(/numSamples.*at most the dataset length 3/);
    expect(() => new paddle.RandomSampler(sized(3), true, 0)).toThrow(/numSamples.*positive integer/);
  });
});

describe('WeightedRandomSampler', () => {
  it('draws in proportion to the weights (20,000 seeded draws)', () => {
    const w = [0.1, 0.3, 0.5, 0.7, 0.2, 0];
    const draws = [...new paddle.WeightedRandomSampler(w, 20000, { generator: new Generator(7) })];
    const total = w.reduce((a, b) => a + b);
    const freq = w.map((_, k) => draws.filter((d) => d === k).length / draws.length);
    freq.forEach((f, k) => expect(Math.abs(f - w[k] / total)).toBeLessThan(0.015));
    expect(freq[5]).toBe(0);
  });

  it('without replacement returns distinct indices with positive weight', () => {
    const d = [...new paddle.WeightedRandomSampler([1, 0, 5, 2, 3], 4, false, { generator: new Generator(2) })];
    expect(new Set(d)).toEqual(new Set([0, 2, 3, 4]));
    expect(() => new paddle.WeightedRandomSampler([1, 0, 5], 3, false)).toThrow(/at most the number of positive weights \(2\)/);
  });

  it('2-D weights draw per row; len counts all rows', () => {
    const s = new paddle.WeightedRandomSampler([[0, 1], [1, 0]], 3);
    expect([...s]).toEqual([1, 1, 1, 0, 0, 0]);
    expect(s.len()).toBe(6);
  });

  it('rejects negative weights', () => {
    expect(() => new paddle.WeightedRandomSampler([1, -1], 2)).toThrow(InvalidArgumentError);
  });
});

describe('SubsetRandomSampler', () => {
  it('permutes the given indices, repeatable under paddle.seed', () => {
    seed(5);
    const a = [...new paddle.SubsetRandomSampler([1, 3, 5, 7, 9])];
    seed(5);
    expect([...new paddle.SubsetRandomSampler([1, 3, 5, 7, 9])]).toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual([1, 3, 5, 7, 9]);
    expect(() => new paddle.SubsetRandomSampler([])).toThrow(/non-empty/);
  });
});

describe('BatchSampler', () => {
  it('batches a dataset; len is (n + (bs - 1)) // bs, or n // bs with dropLast', () => {
    const b = new paddle.BatchSampler({ dataset: sized(10), batchSize: 4 });
    expect([...b]).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    expect(b.len()).toBe(3);
    const d = new paddle.BatchSampler(sized(10), null, false, 4, true);
    expect([...d]).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
    expect(d.len()).toBe(2);
  });

  it('batches a sampler, and shuffles under paddle.seed', () => {
    seed(11);
    const a = [...new paddle.BatchSampler({ dataset: sized(9), shuffle: true, batchSize: 3 })].flat();
    seed(11);
    expect([...new paddle.BatchSampler({ sampler: new paddle.RandomSampler(sized(9)), batchSize: 3 })].flat()).toEqual(a);
  });

  it('rejects Paddle\'s invalid combinations', () => {
    expect(() => new paddle.BatchSampler({ batchSize: 2 })).toThrow(/'sampler'/);
    expect(() => new paddle.BatchSampler({ sampler: [0, 1], shuffle: true })).toThrow(/'shuffle' expected false when a sampler is given/);
    expect(() => new paddle.BatchSampler({ dataset: sized(3), sampler: [0] })).toThrow(/'sampler' expected null/);
    expect(() => new paddle.BatchSampler({ dataset: sized(3), batchSize: 0 })).toThrow(/'batchSize' expected a positive integer/);
  });
});
