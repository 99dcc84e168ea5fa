import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as io from 'tfjs-hapi/io';
import { DataLoaderError, InvalidArgumentError, UnsupportedError } from '../../src/errors';
import { seed } from '../../src/framework/random';
import { useBackend } from '../helpers/backend';
import { FailingDataset, RaggedDataset, RampDataset } from '../fixtures/io/datasets';

class Stream extends io.IterableDataset<[Float32Array, number]> {
  constructor(readonly n: number) {
    super();
  }
  override async *[Symbol.asyncIterator]() {
    for (let i = 0; i < this.n; i++) yield [new Float32Array([i, i]), i] as [Float32Array, number];
  }
}

/** Collects each batch as plain arrays and disposes its tensors. */
async function collect(loader: AsyncIterable<unknown>): Promise<number[][][]> {
  const out: number[][][] = [];
  for await (const batch of loader) {
    const fields = batch as tf.Tensor[];
    out.push(fields.map((t) => Array.from(t.dataSync())));
    tf.dispose(fields);
  }
  return out;
}

beforeAll(() => useBackend('cpu'));

describe('DataLoader', () => {
  it('yields lists of tensors in order; len counts batches', async () => {
    const loader = new io.DataLoader(new RampDataset(10, 2), { batchSize: 4 });
    expect(loader.len()).toBe(3);
    const shapes: number[][][] = [];
    const labels: number[] = [];
    for await (const [x, y] of loader) {
      shapes.push([x.shape, y.shape]);
      labels.push(...Array.from(y.dataSync()));
      expect([x.dtype, y.dtype]).toEqual(['float32', 'int32']);
      tf.dispose([x, y]);
    }
    expect(shapes).toEqual([[[4, 2], [4]], [[4, 2], [4]], [[2, 2], [2]]]);
    expect(labels).toEqual([...Array(10).keys()].map((i) => i % 7));
  });

  it('dropLast and batchSize null', async () => {
    const dropped = new io.DataLoader(new RampDataset(10, 2), { batchSize: 4, dropLast: true });
    expect(dropped.len()).toBe(2);
    expect(await collect(dropped)).toHaveLength(2);
    const single = new io.DataLoader(new RampDataset(3, 2), { batchSize: null });
    expect(single.len()).toBe(3);
    const items: unknown[] = [];
    for await (const [x, label] of single as unknown as AsyncIterable<[tf.Tensor, number]>) {
      items.push([x.shape, label]);
      x.dispose();
    }
    expect(items).toEqual([[[2], 0], [[2], 1], [[2], 2]]);
  });

  it('shuffles reproducibly under paddle.seed, and each epoch differently', async () => {
    const ds = new RampDataset(20, 1);
    const loader = new io.DataLoader(ds, { batchSize: 5, shuffle: true });
    seed(7);
    const e1 = (await collect(loader)).map((b) => b[0]).flat();
    const e2 = (await collect(loader)).map((b) => b[0]).flat();
    seed(7);
    expect((await collect(loader)).map((b) => b[0]).flat()).toEqual(e1);
    expect(e2).not.toEqual(e1);
    expect([...e1].sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });

  it('takes a batchSampler (here Paddle\'s DistributedBatchSampler)', async () => {
    const ds = new RampDataset(7, 1);
    const bs = new io.DistributedBatchSampler(ds, 2, { numReplicas: 2, rank: 1 });
    const loader = new io.DataLoader(ds, { batchSampler: bs });
    expect(loader.len()).toBe(2);
    expect((await collect(loader)).map((b) => b[0])).toEqual([[2, 3], [6, 0]]); // padded with index 0, rank 1 takes the second batch of each round
  });

  it('runs a custom collateFn and disposes sample tensors it did not keep', async () => {
    const x = tf.tensor2d([[1, 2], [3, 4], [5, 6]]);
    const ds = new io.TensorDataset([x]);
    const before = tf.memory().numTensors;
    const loader = new io.DataLoader(ds, {
      batchSize: 2,
      collateFn: (samples) => tf.concat((samples as tf.Tensor[][]).map((s) => s[0])),
    });
    const got: number[][] = [];
    for await (const b of loader as unknown as AsyncIterable<tf.Tensor>) {
      got.push(Array.from(b.dataSync()));
      b.dispose();
    }
    expect(got).toEqual([[1, 2, 3, 4], [5, 6]]);
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });

  it('batches an IterableDataset; shuffle, batchSampler and len are errors as in Paddle', async () => {
    const loader = new io.DataLoader(new Stream(5), { batchSize: 2 });
    expect((await collect(loader)).map((b) => b[1])).toEqual([[0, 1], [2, 3], [4]]);
    expect(await collect(new io.DataLoader(new Stream(5), { batchSize: 2, dropLast: true }))).toHaveLength(2);
    expect(() => loader.len()).toThrow(UnsupportedError);
    expect(() => new io.DataLoader(new Stream(5), { shuffle: true })).toThrow(/'shuffle' expected false for an IterableDataset/);
    expect(() => new io.DataLoader(new Stream(5), { batchSampler: [[0]] })).toThrow(InvalidArgumentError);
  });

  it('rejects batchSampler together with batchSize, shuffle or dropLast, and bad options', () => {
    const ds = new RampDataset(4);
    const bs = new io.BatchSampler({ dataset: ds, batchSize: 2 });
    for (const extra of [{ batchSize: 3 }, { shuffle: true }, { dropLast: true }]) {
      expect(() => new io.DataLoader(ds, { batchSampler: bs, ...extra })).toThrow(/'batchSampler' expected to be given without batchSize, shuffle or dropLast/);
    }
    expect(() => new io.DataLoader(ds, { batchSize: 0 })).toThrow(/'batchSize' expected a positive integer or null/);
    expect(() => new io.DataLoader(ds, { numWorkers: -1 })).toThrow(/'numWorkers'/);
    expect(() => new io.DataLoader(ds, { timeout: -1 })).toThrow(/'timeout'/);
    expect(() => new io.DataLoader([1, 2] as never)).toThrow(/'dataset' expected a paddle.io.Dataset/);
    expect(() => new io.DataLoader({} as never)).toThrow(/io.DataLoader: argument 'dataset' expected a value/);
    class NoSpec extends io.Dataset<number> {
      getItem(i: number) {
        return i;
      }
      len() {
        return 1;
      }
    }
    expect(() => new io.DataLoader(new NoSpec(), { numWorkers: 2 })).toThrow(/implements workerSpec\(\).*NoSpec has neither/);
  });

  it('a throwing getItem is a DataLoaderError naming the sample index; nothing leaks', async () => {
    const before = tf.memory().numTensors;
    const loader = new io.DataLoader(new FailingDataset(20, 13), { batchSize: 4 });
    await expect(collect(loader)).rejects.toThrow(new DataLoaderError('DataLoader: reading sample 13 failed: RangeError: corrupt record 13'));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a sample whose field changes shape fails naming the field and the dataset index', async () => {
    const loader = new io.DataLoader(new RaggedDataset(10, 6), { batchSize: 4 });
    await expect(collect(loader)).rejects.toThrow('defaultCollateFn: field [0] of sample 2 (dataset index 6) expected shape [4], but received [5].');
  });

  it('leaks no tensors across an epoch, nor when the loop breaks with batches prefetched', async () => {
    const x = tf.randomNormal([30, 3]);
    const y = tf.range(0, 30, 1, 'int32');
    const loader = new io.DataLoader(new io.TensorDataset([x, y]), { batchSize: 4, shuffle: true, prefetchFactor: 3 });
    const before = tf.memory().numTensors;
    await collect(loader);
    expect(tf.memory().numTensors).toBe(before);
    for await (const batch of loader) {
      tf.dispose(batch);
      break;
    }
    // Prefetched batches are disposed once their loads settle; one await on a fresh epoch drains them.
    await collect(new io.DataLoader(new RampDataset(1), {}));
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, y]);
  });

  it('timeout fails a batch that never arrives', async () => {
    const { StallingDataset } = await import('../fixtures/io/datasets');
    const loader = new io.DataLoader(new StallingDataset(8, 5), { batchSize: 2, timeout: 0.2 });
    await expect(collect(loader)).rejects.toThrow(/DataLoader timed out after 0.2 s waiting for batch 2 \(sample indices \[4, 5\]\)/);
  });

  it('loads the next batches while the consumer holds the current one (prefetch)', async () => {
    const calls: number[] = [];
    class Recording extends io.Dataset<number> {
      getItem(i: number) {
        calls.push(i);
        return i;
      }
      len() {
        return 12;
      }
    }
    const loader = new io.DataLoader(new Recording(), { batchSize: 2, prefetchFactor: 2 });
    for await (const batch of loader) {
      // Let pending loads run (one turn of the event loop, no timer).
      await new Promise((r) => setImmediate(r));
      expect(calls).toEqual([0, 1, 2, 3, 4, 5]); // batches 1 and 2 loaded while batch 0 is in use
      tf.dispose(batch);
      break;
    }
  });
});
