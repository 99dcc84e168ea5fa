import * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError, UnsupportedError } from '../errors';
import { defaultGenerator } from '../framework/random';
import { DONE, prefetch, type Produced } from './batch-queue';
import { collateToHost, defaultConvertFn } from './collate';
import type { BatchSamplerLike, DataLoaderOptions } from './data-loader-options';
import { Dataset, isIterableDataset } from './dataset';
import { collectTensors, materialize } from './host-batch';
import { BatchSampler } from './sampler/batch-sampler';
import { sampleError } from './workers/protocol';
import { WorkerPool } from './workers/worker-pool';
import type { WorkerSpec } from './worker-spec';

/**
 * Iterates over a dataset in batches, like Paddle's `paddle.io.DataLoader`:
 * `for await (const [x, y] of loader)` yields each batch as the samples' structure with every
 * array field stacked into one tensor ({@link defaultCollateFn}).
 *
 * - **Ownership:** the tensors of a yielded batch belong to you; dispose them (the `Model` loops
 *   do). Batches loaded ahead but never yielded are disposed by the loader.
 * - **Prefetch:** up to `prefetchFactor` batches (per worker) load while you use the current one.
 * - **Workers:** with `numWorkers > 0`, worker threads rebuild the dataset from its
 *   {@link WorkerSpec}, run `getItem`, the transforms and collation, and transfer each batch's
 *   typed arrays to this thread; batches arrive in the same order as with `numWorkers: 0`. A
 *   failing `getItem` surfaces as a {@link DataLoaderError} naming the sample index. Workers stop
 *   when the loop ends, breaks or fails (with `persistentWorkers`, at {@link DataLoader.dispose}).
 *   Random transforms in workers draw from per-worker generators seeded from the main generator's
 *   state (so runs repeat under `paddle.seed`, but differ from `numWorkers: 0`).
 *
 * @param dataset - a {@link Dataset} or {@link IterableDataset}
 * @param options - Paddle's options in camelCase
 * @throws {@link InvalidArgumentError} for bad options, `batchSampler` with `batchSize`/`shuffle`/
 *   `dropLast`, `shuffle` with an IterableDataset, or workers for a dataset without a workerSpec
 * @throws {@link UnsupportedError} for `numWorkers > 0` with an IterableDataset
 * @example
 * ```ts
 * const loader = new paddle.io.DataLoader(trainDataset, { batchSize: 64, shuffle: true, dropLast: true });
 * console.log(loader.len()); // batches per epoch
 * for await (const [images, labels] of loader) {
 *   // images float32 [64, 1, 28, 28], labels int32 [64, 1]
 *   tf.dispose([images, labels]);
 * }
 * ```
 * @category IO
 */
export class DataLoader<B = tf.Tensor[]> implements AsyncIterable<B> {
  /** The dataset being loaded. */
  readonly dataset: Dataset;
  /** Samples per batch (null with a `batchSampler` or with batching off). */
  readonly batchSize: number | null;
  /** The batch sampler, or null when batching is off or the dataset is iterable. */
  readonly batchSampler: BatchSamplerLike | null;
  /** Whether a short last batch is dropped. */
  readonly dropLast: boolean;
  /** The collate function, or null for {@link defaultCollateFn}. */
  readonly collateFn: ((samples: unknown[]) => unknown) | null;
  /** Worker threads per epoch. */
  readonly numWorkers: number;
  /** Batches loaded ahead per worker. */
  readonly prefetchFactor: number;
  /** Seconds to wait for a batch (0: forever). */
  readonly timeout: number;
  /** Whether workers outlive an epoch. */
  readonly persistentWorkers: boolean;
  private readonly workerInitFn: DataLoaderOptions['workerInitFn'];
  private readonly workerDataset: WorkerSpec | null;
  private readonly iterableBatchSize: number | null;
  private pool: WorkerPool | null = null;

  constructor(dataset: Dataset, options: DataLoaderOptions = {}) {
    if (!(dataset instanceof Dataset)) throw new InvalidArgumentError('dataset', 'a paddle.io.Dataset or IterableDataset', dataset, 'DataLoader');
    const o = options ?? {};
    const iterable = isIterableDataset(dataset);
    const bool = (name: keyof DataLoaderOptions, v: unknown, dflt: boolean): boolean => {
      if (v === undefined) return dflt;
      if (typeof v !== 'boolean') throw new InvalidArgumentError(name, 'a boolean', v, 'DataLoader');
      return v;
    };
    const shuffle = bool('shuffle', o.shuffle, false);
    this.dropLast = bool('dropLast', o.dropLast, false);
    this.persistentWorkers = bool('persistentWorkers', o.persistentWorkers, false);
    if (o.returnList === false) throw new InvalidArgumentError('returnList', 'true (batches are always lists of tensors)', false, 'DataLoader');
    const nw = o.numWorkers ?? 0;
    if (!Number.isInteger(nw) || nw < 0) throw new InvalidArgumentError('numWorkers', 'a non-negative integer', nw, 'DataLoader');
    const pf = o.prefetchFactor ?? 2;
    if (!Number.isInteger(pf) || pf <= 0) throw new InvalidArgumentError('prefetchFactor', 'a positive integer', pf, 'DataLoader');
    const to = o.timeout ?? 0;
    if (typeof to !== 'number' || !(to >= 0)) throw new InvalidArgumentError('timeout', 'a non-negative number of seconds', to, 'DataLoader');
    if (o.collateFn != null && typeof o.collateFn !== 'function') throw new InvalidArgumentError('collateFn', 'a function', o.collateFn, 'DataLoader');
    if (o.workerInitFn != null && typeof o.workerInitFn !== 'function') throw new InvalidArgumentError('workerInitFn', 'a function', o.workerInitFn, 'DataLoader');

    if (iterable && shuffle) throw new InvalidArgumentError('shuffle', 'false for an IterableDataset', shuffle, 'DataLoader');
    if (iterable && o.batchSampler != null) throw new InvalidArgumentError('batchSampler', 'null for an IterableDataset', o.batchSampler, 'DataLoader');
    if (iterable && nw > 0) throw new UnsupportedError('DataLoader: numWorkers > 0 is not supported for an IterableDataset yet; use numWorkers: 0.');
    const bs = o.batchSize === undefined ? 1 : o.batchSize;
    if (o.batchSampler != null) {
      if ((bs !== 1 && bs !== null) || shuffle || this.dropLast) {
        throw new InvalidArgumentError('batchSampler', 'to be given without batchSize, shuffle or dropLast (the sampler decides them)', o.batchSampler, 'DataLoader');
      }
      if (typeof (o.batchSampler as Partial<Iterable<number[]>>)[Symbol.iterator] !== 'function') {
        throw new InvalidArgumentError('batchSampler', 'an iterable of index lists (e.g. a BatchSampler)', o.batchSampler, 'DataLoader');
      }
      this.batchSampler = o.batchSampler;
      this.batchSize = null;
    } else if (bs === null) {
      this.batchSampler = null;
      this.batchSize = null;
    } else {
      if (!Number.isInteger(bs) || bs <= 0) throw new InvalidArgumentError('batchSize', 'a positive integer or null', bs, 'DataLoader');
      this.batchSize = bs;
      this.batchSampler = iterable ? null : new BatchSampler({ dataset, batchSize: bs, shuffle, dropLast: this.dropLast });
    }
    this.iterableBatchSize = iterable ? this.batchSize : null;
    this.workerDataset = o.workerDataset ?? null;
    if (nw > 0 && !this.workerDataset && dataset.workerSpec === Dataset.prototype.workerSpec) {
      throw new InvalidArgumentError(
        'numWorkers',
        `0, or a dataset that implements workerSpec() (or the workerDataset option) so worker threads can rebuild it; ${dataset.constructor.name} has neither`,
        nw,
        'DataLoader',
      );
    }
    this.dataset = dataset;
    this.collateFn = o.collateFn ?? null;
    this.numWorkers = nw;
    this.prefetchFactor = pf;
    this.timeout = to;
    this.workerInitFn = o.workerInitFn ?? null;
  }

  /**
   * The number of batches per epoch (Paddle's `len(loader)`).
   * @throws {@link UnsupportedError} for an IterableDataset, which has no length
   */
  len(): number {
    if (isIterableDataset(this.dataset)) throw new UnsupportedError('DataLoader.len: length of IterableDataset not supported.');
    if (this.batchSampler) {
      if (typeof this.batchSampler.len !== 'function') throw new UnsupportedError('DataLoader.len: the batchSampler has no len().');
      return this.batchSampler.len();
    }
    return this.dataset.len();
  }

  /** One epoch of batches. */
  [Symbol.asyncIterator](): AsyncIterator<B> {
    return this.epoch() as AsyncGenerator<B>;
  }

  /** Stops persistent workers (a no-op otherwise). */
  async dispose(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.terminate();
  }

  private async *epoch(): AsyncGenerator<unknown, void, undefined> {
    await this.dataset.ready();
    if (isIterableDataset(this.dataset)) return yield* this.iterableEpoch();
    const batches: Iterator<number[]> = this.batchSampler
      ? this.batchSampler[Symbol.iterator]()
      : (function* (n: number) {
          for (let i = 0; i < n; i++) yield [i];
        })(this.dataset.len());
    const requested: number[][] = [];
    const describe = (pos: number) => `batch ${pos} (sample indices [${(requested[pos] ?? []).slice(0, 16).join(', ')}])`;
    if (this.numWorkers === 0) {
      let chain: Promise<unknown> = Promise.resolve();
      const produce = (): Promise<Produced> => {
        const r = batches.next();
        if (r.done) return Promise.resolve(DONE);
        requested.push(r.value);
        const p = chain.then(() => this.loadLocal(r.value));
        chain = p.catch(() => {});
        return p;
      };
      return yield* prefetch(produce, this.prefetchFactor, this.timeout, describe);
    }
    const pool = await this.startPool();
    let failed = false;
    try {
      pool.setKeepAlive(true);
      const produce = (): Promise<Produced> => {
        const r = batches.next();
        if (r.done) return Promise.resolve(DONE);
        requested.push(r.value);
        return pool.submit(r.value).result.then((tree) => ({ batch: tree, finish: (t: unknown) => this.finishWorkerBatch(t) }));
      };
      yield* prefetch(produce, this.prefetchFactor * this.numWorkers, this.timeout, describe);
    } catch (e) {
      failed = true;
      throw e;
    } finally {
      if (this.persistentWorkers && !failed && this.pool === pool) {
        pool.discardPending();
        pool.setKeepAlive(false);
      } else {
        if (this.pool === pool) this.pool = null;
        await pool.terminate();
      }
    }
  }

  private async startPool(): Promise<WorkerPool> {
    if (this.persistentWorkers && this.pool) return this.pool;
    const spec = this.workerDataset ?? this.dataset.workerSpec()!;
    // Seeded from the generator's state without drawing from it, so shuffling stays the same
    // as with numWorkers 0.
    const s = defaultGenerator().getState().s;
    const baseSeed = (s[0] ^ Math.imul(s[1], 0x9e3779b1) ^ Math.imul(s[2], 0x85ebca6b) ^ s[3]) >>> 0;
    const mode = this.batchSize === null && !this.batchSampler ? 'convert' : this.collateFn ? 'samples' : 'collate';
    const pool = await WorkerPool.start({
      numWorkers: this.numWorkers,
      spec,
      baseSeed,
      initFn: this.workerInitFn ? this.workerInitFn.toString() : null,
      mode,
    });
    if (this.persistentWorkers) this.pool = pool;
    return pool;
  }

  private finishWorkerBatch(tree: unknown): unknown {
    if (!this.collateFn || (this.batchSize === null && !this.batchSampler)) return materialize(tree);
    return this.collateKeeping(materialize(tree) as unknown[], null);
  }

  private async loadLocal(indices: number[]): Promise<Produced> {
    const samples: unknown[] = [];
    for (const idx of indices) {
      try {
        samples.push(await this.dataset.getItem(idx));
      } catch (e) {
        tf.dispose(collectTensors(samples));
        throw sampleError('DataLoader', idx, e instanceof Error ? e : new Error(String(e)));
      }
    }
    return { batch: this.collateKeeping(samples, indices), finish: (b) => b };
  }

  /** Runs the collate function, then disposes the samples' tensors that did not pass into the batch. */
  private collateKeeping(samples: unknown[], indices: number[] | null): unknown {
    let out: unknown;
    try {
      if (this.batchSize === null && !this.batchSampler) out = defaultConvertFn(samples[0]);
      else if (this.collateFn) out = this.collateFn(samples);
      else out = materialize(collateToHost(samples, { indices: indices ?? undefined, allowStack: true }));
    } catch (e) {
      tf.dispose(collectTensors(samples));
      throw e;
    }
    const kept = new Set(collectTensors(out));
    tf.dispose(collectTensors(samples).filter((t) => !kept.has(t)));
    return out;
  }

  private async *iterableEpoch(): AsyncGenerator<unknown, void, undefined> {
    const it = this.dataset[Symbol.asyncIterator]();
    const bs = this.iterableBatchSize ?? 1;
    let finished = false;
    let seen = 0;
    let chain: Promise<unknown> = Promise.resolve();
    const produce = (): Promise<Produced> => {
      const p = chain.then(async (): Promise<Produced> => {
        const samples: unknown[] = [];
        while (!finished && samples.length < bs) {
          let r: IteratorResult<unknown>;
          try {
            r = await it.next();
          } catch (e) {
            tf.dispose(collectTensors(samples));
            throw sampleError('DataLoader', seen, e instanceof Error ? e : new Error(String(e)));
          }
          if (r.done) finished = true;
          else (samples.push(r.value), seen++);
        }
        if (samples.length === 0 || (samples.length < bs && this.dropLast)) {
          tf.dispose(collectTensors(samples));
          return DONE;
        }
        return { batch: this.collateKeeping(samples, null), finish: (b) => b };
      });
      chain = p.catch(() => {});
      return p;
    };
    try {
      yield* prefetch(produce, this.prefetchFactor, this.timeout, (pos) => `batch ${pos}`);
    } finally {
      if (!finished) await it.return?.();
    }
  }
}
