import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as io from 'tfjs-hapi/io';
import { DataLoaderError, ShapeMismatchError } from '../../src/errors';
import { seed } from '../../src/framework/random';
import { liveWorkerCount } from '../../src/io/workers/worker-pool';
import { useBackend } from '../helpers/backend';
import { ExitingDataset, FailingDataset, NeverReadyInWorker, RaggedDataset, RampDataset, RandomDrawDataset, ShardedStream, StallingDataset, WhoDataset } from '../fixtures/io/datasets';

async function collect(loader: AsyncIterable<unknown>): Promise<number[][][]> {
  const out: number[][][] = [];
  for await (const batch of loader) {
    const fields = batch as tf.Tensor[];
    out.push(fields.map((t) => Array.from(t.dataSync())));
    tf.dispose(fields);
  }
  return out;
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

beforeAll(() => useBackend('cpu'));
afterEach(() => expect(liveWorkerCount()).toBe(0));

describe('DataLoader with worker threads', () => {
  it('yields the same batches in the same order as numWorkers 0, over two shuffled epochs', async () => {
    const ds = new RampDataset(53, 3);
    const opts = { batchSize: 4, shuffle: true, prefetchFactor: 3 };
    seed(99);
    const local = new io.DataLoader(ds, opts);
    const expected = [await collect(local), await collect(local)];
    seed(99);
    const threaded = new io.DataLoader(ds, { ...opts, numWorkers: 2 });
    const before = tf.memory().numTensors;
    const got = [await collect(threaded), await collect(threaded)];
    expect(tf.memory().numTensors).toBe(before);
    expect(got).toEqual(expected);
    expect(got[0]).toHaveLength(14);
    expect(got[0]).not.toEqual(got[1]);
  });

  it('reads every sample in a worker, round-robin by batch', async () => {
    const batches = await collect(new io.DataLoader(new WhoDataset(8), { batchSize: 2, numWorkers: 2 }));
    expect(batches.map((b) => b[0])).toEqual([[0, 0], [1, 1], [0, 0], [1, 1]]);
    expect(batches.map((b) => b[1]).flat()).toEqual([...Array(8).keys()]);
  });

  it('rebuilds built-in datasets (Subset of TensorDataset) and factory exports', async () => {
    const x = tf.tensor2d([...Array(20).keys()], [10, 2]);
    const sub = new io.Subset(new io.TensorDataset([x]), [9, 0, 4]);
    const local = await collect(new io.DataLoader(sub, { batchSize: 2 }));
    expect(await collect(new io.DataLoader(sub, { batchSize: 2, numWorkers: 1 }))).toEqual(local);
    x.dispose();
    const spec = { module: new URL('../fixtures/io/datasets.ts', import.meta.url).href, exportName: 'makeRamp', args: [5] };
    const viaFactory = await collect(new io.DataLoader(new RampDataset(5, 2), { batchSize: 5, numWorkers: 1, workerDataset: spec }));
    expect(viaFactory).toEqual(await collect(new io.DataLoader(new RampDataset(5, 2), { batchSize: 5 })));
  });

  it('a worker whose getItem throws surfaces as a DataLoaderError naming the sample; workers stop', async () => {
    const loader = new io.DataLoader(new FailingDataset(40, 17), { batchSize: 4, numWorkers: 2 });
    const err = await failure(collect(loader));
    expect(err).toBeInstanceOf(DataLoaderError);
    expect(err.message).toBe('DataLoader worker 0: reading sample 17 failed: RangeError: corrupt record 17');
    expect((err.cause as Error).stack).toMatch(/corrupt record 17/);
    expect(liveWorkerCount()).toBe(0);
  });

  it('an inconsistent sample in a worker is a ShapeMismatchError naming the field and index', async () => {
    const err = await failure(collect(new io.DataLoader(new RaggedDataset(12, 9), { batchSize: 4, numWorkers: 2 })));
    expect(err).toBeInstanceOf(ShapeMismatchError);
    expect(err.message).toBe('defaultCollateFn: field [0] of sample 1 (dataset index 9) expected shape [4], but received [5].');
  });

  it('breaking out of the loop stops the workers and leaks no tensors', async () => {
    const before = tf.memory().numTensors;
    const loader = new io.DataLoader(new RampDataset(100), { batchSize: 4, numWorkers: 2 });
    let n = 0;
    for await (const batch of loader) {
      tf.dispose(batch);
      if (++n === 3) break;
    }
    expect(liveWorkerCount()).toBe(0);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('persistent workers survive epochs until dispose()', async () => {
    const loader = new io.DataLoader(new WhoDataset(6), { batchSize: 3, numWorkers: 2, persistentWorkers: true });
    await collect(loader);
    expect(liveWorkerCount()).toBe(2);
    expect((await collect(loader)).map((b) => b[1])).toEqual([[0, 1, 2], [3, 4, 5]]);
    for await (const batch of loader) {
      tf.dispose(batch);
      break;
    }
    expect(liveWorkerCount()).toBe(2);
    // The broken-off epoch's outstanding batches are dropped; the next epoch starts clean.
    expect((await collect(loader)).map((b) => b[1])).toEqual([[0, 1, 2], [3, 4, 5]]);
    await loader.dispose();
  });

  it('timeout fails a batch a worker never finishes, and stops the workers', async () => {
    // The timeout also bounds worker start-up (a few seconds under tsx on a busy machine).
    const loader = new io.DataLoader(new StallingDataset(8, 2), { batchSize: 2, numWorkers: 2, timeout: 8 });
    const err = await failure(collect(loader));
    expect(err.message).toMatch(/timed out after 8 s waiting for batch 1 \(sample indices \[2, 3\]\)/);
    const start = await failure(collect(new io.DataLoader(new NeverReadyInWorker(4), { numWorkers: 1, timeout: 3 })));
    expect(start.message).toBe('DataLoader timed out after 3 s waiting for 1 workers to build the dataset.');
  });

  it('runs workerInitFn in each worker with its id and WorkerInfo', async () => {
    const loader = new io.DataLoader(new WhoDataset(4), {
      batchSize: 1,
      numWorkers: 2,
      workerInitFn: (id, info) => {
        (info.dataset as WhoDataset).offset = 100 * (id + 1) * info.numWorkers;
      },
    });
    expect((await collect(loader)).map((b) => b.flat())).toEqual([[0, 200], [1, 401], [0, 202], [1, 403]]);
  });

  it('a workerInitFn that throws fails the loader with a DataLoaderError naming the worker', async () => {
    const loader = new io.DataLoader(new WhoDataset(4), {
      batchSize: 1,
      numWorkers: 2,
      workerInitFn: (id: number) => {
        if (id === 1) throw new Error(`init of worker ${id} refused`);
      },
    });
    const err = await failure(collect(loader));
    expect(err).toBeInstanceOf(DataLoaderError);
    expect(err.message).toMatch(/DataLoader worker 1 could not build the dataset .*init of worker 1 refused/);
  });

  it('a custom collateFn runs on the main thread over samples read by workers', async () => {
    const loader = new io.DataLoader(new RampDataset(6, 2), {
      batchSize: 3,
      numWorkers: 2,
      collateFn: (samples) => [tf.tensor1d((samples as [Float32Array, number][]).map((s) => s[1]), 'int32')],
    });
    expect((await collect(loader)).map((b) => b[0])).toEqual([[0, 1, 2], [3, 4, 5]]);
  });

  it('an IterableDataset runs in every worker; batches come from the workers in turn', async () => {
    const split = await collect(new io.DataLoader(new ShardedStream(10), { batchSize: 3, numWorkers: 2 }));
    expect(split.map((b) => b[0])).toEqual([[0, 2, 4], [1, 3, 5], [6, 8], [7, 9]]);
    const dropped = await collect(new io.DataLoader(new ShardedStream(10), { batchSize: 3, numWorkers: 2, dropLast: true }));
    expect(dropped.map((b) => b[0])).toEqual([[0, 2, 4], [1, 3, 5]]);
    // Without splitting, each worker yields the whole stream, as in Paddle.
    const dup = await collect(new io.DataLoader(new ShardedStream(4, false), { batchSize: 2, numWorkers: 2 }));
    expect(dup.map((b) => b[0])).toEqual([[0, 1], [0, 1], [2, 3], [2, 3]]);
  });

  it('random draws in workers repeat under paddle.seed (per-worker seeds from the main generator)', async () => {
    const run = async (s: number) => {
      seed(s);
      return (await collect(new io.DataLoader(new RandomDrawDataset(8), { batchSize: 2, numWorkers: 2 }))).map((b) => b[0]);
    };
    const a = await run(5);
    expect(await run(5)).toEqual(a);
    expect(await run(6)).not.toEqual(a);
    expect(new Set(a.flat()).size).toBe(8);
  });

  it('a worker thread that dies is a DataLoaderError naming the worker and its samples', async () => {
    const err = await failure(collect(new io.DataLoader(new ExitingDataset(16, 5), { batchSize: 2, numWorkers: 2, prefetchFactor: 1 })));
    expect(err).toBeInstanceOf(DataLoaderError);
    expect(err.message).toMatch(/^DataLoader worker 0 died \(worker thread exited with code 3\) while reading samples \[4, 5/);
  });
});
