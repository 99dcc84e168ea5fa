import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as io from 'tfjs-hapi/io';
import { InvalidArgumentError } from 'tfjs-hapi';
import { Generator, seed } from '../../src/framework/random';
import { useBackend } from '../helpers/backend';

// Paddle's keyword form for paddle.io (API.md rule 2): the same results by name as by position,
// and strict option keys that name the nearest valid one.
class Range extends io.Dataset<number[]> {
  constructor(readonly n: number) {
    super();
  }
  getItem(i: number) {
    return [i];
  }
  len() {
    return this.n;
  }
}

async function batches(loader: io.DataLoader): Promise<number[][]> {
  const out: number[][] = [];
  for await (const [x] of loader) {
    out.push(Array.from(x.dataSync()));
    tf.dispose(x);
  }
  return out;
}

beforeAll(async () => {
  await useBackend('cpu');
});

describe('DataLoader', () => {
  it('yields the same batches by keyword, by options after the dataset, and by position', async () => {
    const ds = new Range(7);
    const byName = await batches(new io.DataLoader({ dataset: ds, batchSize: 3, dropLast: true }));
    const byOptions = await batches(new io.DataLoader(ds, { batchSize: 3, dropLast: true }));
    // Paddle: DataLoader(ds, None, None, True, None, 3, False, True)
    const byPosition = await batches(new io.DataLoader(ds, null, null, true, null, 3, false, true));
    expect(byName).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(byOptions).toEqual(byName);
    expect(byPosition).toEqual(byName);
    seed(5);
    const shuffled = await batches(new io.DataLoader({ dataset: ds, batchSize: 2, shuffle: true }));
    seed(5);
    expect(await batches(new io.DataLoader(ds, { batchSize: 2, shuffle: true }))).toEqual(shuffled);
  });

  it('accepts the static-graph arguments a port passes, and rejects unknown keys', () => {
    const ds = new Range(4);
    expect(new io.DataLoader(ds, { places: 'cpu', useBufferReader: true, useSharedMemory: false, returnList: true }).len()).toBe(4);
    expect(() => new io.DataLoader(ds, { batch_size: 2 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: io.DataLoader: argument 'batch_size' expected one of the options 'dataset', 'feedList', 'places', 'returnList', 'batchSampler', 'batchSize', 'shuffle', 'dropLast', 'collateFn', 'numWorkers', 'useBufferReader', 'prefetchFactor', 'useSharedMemory', 'timeout', 'workerInitFn', 'persistentWorkers', 'workerDataset' (did you mean 'batchSize'?), but received 2.]`,
    );
    expect(() => new io.DataLoader(ds, { suffle: true } as never)).toThrow(/did you mean 'shuffle'\?/);
    expect(() => new io.DataLoader(ds, { batchSize: 0 })).toThrow(/'batchSize' expected a positive integer/);
    expect(() => new io.DataLoader(ds, { batchSize: 2.5 })).toThrow(/'batchSize'/);
    expect(() => new io.DataLoader(ds, { feedList: ['x'] as never })).toThrow(/'feedList' expected null/);
    expect(() => new io.DataLoader(ds, { useSharedMemory: 'yes' as never })).toThrow(/'useSharedMemory' expected a boolean/);
    expect(() => new io.DataLoader(ds, 2 as never, { batchSize: 2 })).toThrow(InvalidArgumentError);
  });
});

describe('samplers and datasets', () => {
  const ds = new Range(10);

  it('give the positional results by keyword', () => {
    const positional = [...new io.DistributedBatchSampler(ds, 3, 2, 1, true, false)];
    expect([...new io.DistributedBatchSampler({ dataset: ds, batchSize: 3, numReplicas: 2, rank: 1, shuffle: true })]).toEqual(positional);
    expect([...new io.DistributedBatchSampler(ds, 3, { numReplicas: 2, rank: 1, shuffle: true })]).toEqual(positional);
    expect([...new io.BatchSampler({ dataset: ds, batchSize: 4, dropLast: true })]).toEqual([...new io.BatchSampler(ds, null, false, 4, true)]);
    expect([...new io.RandomSampler({ dataSource: ds, numSamples: 4, generator: new Generator(3) })]).toEqual([
      ...new io.RandomSampler(ds, false, 4, new Generator(3)),
    ]);
    expect([...new io.SequenceSampler({ dataSource: ds })]).toEqual([...new io.SequenceSampler(ds)]);
    expect([...new io.WeightedRandomSampler({ weights: [1, 0, 2, 3], numSamples: 3, replacement: false, generator: new Generator(2) })]).toEqual([
      ...new io.WeightedRandomSampler([1, 0, 2, 3], 3, false, { generator: new Generator(2) }),
    ]);
    expect([...new io.SubsetRandomSampler({ indices: [1, 3, 5], generator: new Generator(4) })]).toEqual([
      ...new io.SubsetRandomSampler([1, 3, 5], { generator: new Generator(4) }),
    ]);
    expect(io.randomSplit({ dataset: ds, lengths: [4, 6], generator: new Generator(9) })[1].indices).toEqual(
      io.randomSplit(ds, [4, 6], new Generator(9))[1].indices,
    );
    expect(new io.Subset({ dataset: ds, indices: [2, 4] }).getItem(1)).toEqual([4]);
    expect(new io.ConcatDataset({ datasets: [ds, new Range(3)] }).len()).toBe(13);
    expect(new io.ComposeDataset({ datasets: [ds, ds] }).len()).toBe(10);
    const x = tf.zeros([5, 2]);
    expect(new io.TensorDataset({ tensors: [x] }).len()).toBe(5);
    x.dispose();
  });

  it('a plain { len() } object in a dataset position is the dataset, not options', () => {
    const sized = { len: () => 5 };
    expect([...new io.SequenceSampler(sized)]).toEqual([0, 1, 2, 3, 4]);
    expect([...new io.BatchSampler(sized, { batchSize: 2 })]).toEqual([[0, 1], [2, 3], [4]]);
    expect([...new io.DistributedBatchSampler(sized, 5)]).toEqual([[0, 1, 2, 3, 4]]);
  });

  it('unknown keys name the nearest valid one', () => {
    expect(() => new io.RandomSampler(ds, { numSample: 3 } as never)).toThrow(/io.RandomSampler: argument 'numSample'.*did you mean 'numSamples'\?/);
    expect(() => new io.BatchSampler({ dataset: ds, batch_size: 3 } as never)).toThrow(/did you mean 'batchSize'\?/);
    expect(() => new io.DistributedBatchSampler(ds, 2, { num_replicas: 2 } as never)).toThrow(/did you mean 'numReplicas'\?/);
    expect(() => io.randomSplit(ds, { length: [5, 5] } as never)).toThrow(/did you mean 'lengths'\?/);
    expect(() => new io.DistributedBatchSampler({ dataset: ds } as never)).toThrow(/argument 'batchSize' expected a value/);
  });
});
