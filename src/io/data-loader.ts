import * as tf from '@tensorflow/tfjs-core';
import { UnsupportedError } from '../errors';
import { defaultGenerator } from '../framework/random';
import { DONE, prefetch, type Produced, SKIP } from './batch-queue';
import { collateToHost, defaultConvertFn } from './collate';
import { type BatchSamplerLike, DATA_LOADER_SIGNATURE, type DataLoaderArgs, type DataLoaderOptions, resolveLoaderOptions } from './data-loader-options';
import { resolveArgs } from '../framework/args';
import { type Dataset, isIterableDataset } from './dataset';
import { collectTensors, materialize } from './host-batch';
import { keepProduced, outsideLoopScopes, scopedBatches, UNSCOPED_BATCHES } from '../tensor/loop-scope';
import { sampleError } from './workers/protocol';
import { STREAM_END, WorkerPool } from './workers/worker-pool';
import type { WorkerSpec } from './worker-spec';

/**
 * Iterates over a dataset in batches, like Paddle's `paddle.io.DataLoader`:
 * `for await (const [x, y] of loader)` yields each batch as the samples' structure with every
 * array field stacked into one tensor ({@link defaultCollateFn}).
 *
 * - **Memory:** each `for await` body runs in a tfjs scope. Moving to the next batch (or a
 *   `break`, a `return`, a throw) disposes the batch and every tensor the body made, except
 *   `tf.keep`ed ones — so a Paddle loop ports without `tf.tidy` or `dispose` (see
 *   `[Symbol.asyncIterator]`). Batches loaded ahead but never yielded are disposed by the loader.
 * - **Prefetch:** up to `prefetchFactor` batches (per worker) load while you use the current one.
 * - **Workers:** with `numWorkers > 0`, worker threads rebuild the dataset from its
 *   {@link WorkerSpec}, run `getItem`, the transforms and collation, and transfer each batch's
 *   typed arrays to this thread; batches arrive in the same order as with `numWorkers: 0`. A
 *   failing `getItem` surfaces as a {@link index!DataLoaderError} naming the sample index. Workers stop
 *   when the loop ends, breaks or fails (with `persistentWorkers`, at {@link DataLoader.dispose}).
 *   Random transforms in workers draw from per-worker generators seeded from the main generator's
 *   state (so runs repeat under `paddle.seed`, but differ from `numWorkers: 0`). An
 *   {@link IterableDataset} is iterated by every worker, as in Paddle: split the stream with
 *   {@link getWorkerInfo} to avoid duplicates; batches come from the workers in turn.
 *
 * @throws {@link index!InvalidArgumentError} for bad or unknown options, `batchSampler` with `batchSize`/`shuffle`/
 *   `dropLast`, `shuffle` with an IterableDataset, or workers for a dataset without a workerSpec
 * @example
 * ```ts
 * const loader = new paddle.io.DataLoader(trainDataset, { batchSize: 64, shuffle: true, dropLast: true });
 * console.log(loader.len()); // batches per epoch
 * // Paddle: DataLoader(dataset=train, batch_size=64, shuffle=True, num_workers=2)
 * new paddle.io.DataLoader({ dataset: trainDataset, batchSize: 64, shuffle: true, numWorkers: 2 });
 * for await (const [images, labels] of loader) {
 *   // e.g. MNIST: images float32 [64, 1, 28, 28], labels int32 [64, 1]
 *   const loss = opt.minimize(() => paddle.mean(F.crossEntropy(model.call(images), labels)));
 * } // the batch, the loss and the body's other tensors are freed at each next batch
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
  private epochCount = 0;

  constructor(args: DataLoaderArgs);
  constructor(dataset: Dataset, options?: DataLoaderOptions);
  constructor(
    dataset: Dataset,
    feedList?: null,
    places?: unknown,
    returnList?: boolean,
    batchSampler?: BatchSamplerLike | null,
    batchSize?: number | null,
    shuffle?: boolean,
    dropLast?: boolean,
    collateFn?: ((samples: unknown[]) => unknown) | null,
    numWorkers?: number,
    useBufferReader?: boolean,
    prefetchFactor?: number,
    useSharedMemory?: boolean,
    timeout?: number,
    workerInitFn?: DataLoaderOptions['workerInitFn'],
    persistentWorkers?: boolean,
  );
  constructor(...args: unknown[]) {
    const r = resolveLoaderOptions(resolveArgs<DataLoaderArgs>(DATA_LOADER_SIGNATURE, args));
    const { dataset } = r;
    this.dataset = dataset;
    this.batchSize = r.batchSize;
    this.batchSampler = r.batchSampler;
    this.dropLast = r.dropLast;
    this.collateFn = r.collateFn;
    this.numWorkers = r.numWorkers;
    this.prefetchFactor = r.prefetchFactor;
    this.timeout = r.timeout;
    this.persistentWorkers = r.persistentWorkers;
    this.workerInitFn = r.workerInitFn;
    this.workerDataset = r.workerDataset;
    this.iterableBatchSize = isIterableDataset(dataset) ? r.batchSize : null;
  }

  /**
   * The number of batches per epoch (Paddle's `len(loader)`).
   * @throws {@link index!UnsupportedError} for an IterableDataset, which has no length
   */
  len(): number {
    if (isIterableDataset(this.dataset)) throw new UnsupportedError('DataLoader.len: length of IterableDataset not supported.');
    if (this.batchSampler) {
      if (typeof this.batchSampler.len !== 'function') throw new UnsupportedError('DataLoader.len: the batchSampler has no len().');
      return this.batchSampler.len();
    }
    return this.dataset.len();
  }

  /**
   * One epoch of batches, for `for await (const [x, y] of loader)`. Each loop body runs in a tfjs
   * scope: when the loop moves to the next batch (or breaks, or throws), the batch and every
   * tensor the body made are disposed — the loss `opt.minimize` returned, predictions, metrics —
   * except those passed to `tf.keep`. Parameters and optimizer state are variables, never
   * disposed. So the Paddle loop ports as is, without `tf.tidy` or `dispose`:
   *
   * @example
   * ```ts
   * // Paddle: for batch_id, (x, y) in enumerate(train_loader()):
   * //             loss = F.cross_entropy(model(x), y); loss.backward(); opt.step(); opt.clear_grad()
   * let batchId = 0;
   * for await (const [x, y] of trainLoader) {
   *   const loss = opt.minimize(() => paddle.mean(F.crossEntropy(model.call(x), y)));
   *   if (batchId++ % 100 === 0) console.log(paddle.item(loss));
   *   opt.clearGrad();
   * }
   * ```
   * A tensor to use after its iteration needs `tf.keep` (and a later `dispose`); a batch tensor,
   * `tf.keep(x.clone())`. Code that manages batch memory itself (the `Model` loops) iterates
   * `loader[UNSCOPED_BATCHES]()` instead.
   */
  [Symbol.asyncIterator](): AsyncGenerator<B, void, undefined> {
    return scopedBatches(this.epoch() as AsyncGenerator<B, void, undefined>);
  }

  /** One epoch of batches owned by the caller, with no per-iteration scope. @internal */
  [UNSCOPED_BATCHES](): AsyncGenerator<B, void, undefined> {
    return this.epoch() as AsyncGenerator<B, void, undefined>;
  }

  /** Stops persistent workers (a no-op otherwise). */
  async dispose(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.terminate();
  }

  private async *epoch(): AsyncGenerator<unknown, void, undefined> {
    await this.dataset.ready();
    if (isIterableDataset(this.dataset)) return yield* this.numWorkers > 0 ? this.iterableWorkerEpoch() : this.iterableEpoch();
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
    yield* this.withPool((pool) => {
      const produce = (): Promise<Produced> => {
        const r = batches.next();
        if (r.done) return Promise.resolve(DONE);
        requested.push(r.value);
        return pool.submit(r.value).result.then((tree) => ({ batch: tree, finish: (t: unknown) => this.finishWorkerBatch(t) }));
      };
      return prefetch(produce, this.prefetchFactor * this.numWorkers, this.timeout, describe);
    });
  }

  /**
   * IterableDataset in workers: each worker walks its own copy of the stream (as in Paddle, split
   * it with {@link getWorkerInfo} to avoid duplicates); batches are taken from the workers in
   * turn, skipping those whose stream has ended.
   */
  private async *iterableWorkerEpoch(): AsyncGenerator<unknown, void, undefined> {
    const epoch = this.epochCount++;
    const count = this.iterableBatchSize ?? 1;
    yield* this.withPool((pool) => {
      const active = new Array<boolean>(this.numWorkers).fill(true);
      let turn = 0;
      const produce = (): Promise<Produced> => {
        let w = -1;
        for (let k = 0; k < active.length && w < 0; k++) if (active[(turn + k) % active.length]) w = (turn + k) % active.length;
        if (w < 0) return Promise.resolve(DONE);
        turn = (w + 1) % active.length;
        return pool.next(w, count, epoch, this.dropLast).then((tree): Produced => {
          if (tree !== STREAM_END) return { batch: tree, finish: (t: unknown) => this.finishWorkerBatch(t) };
          active[w] = false;
          return SKIP;
        });
      };
      return prefetch(produce, this.prefetchFactor * this.numWorkers, this.timeout, (pos) => `batch ${pos}`);
    });
  }

  /** Runs one epoch on the worker pool; stops the workers afterwards unless they are persistent. */
  private async *withPool(run: (pool: WorkerPool) => AsyncGenerator<unknown, void, undefined>): AsyncGenerator<unknown, void, undefined> {
    const pool = await this.startPool();
    let failed = false;
    try {
      pool.setKeepAlive(true);
      yield* run(pool);
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
      timeout: this.timeout,
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
        // Out of and kept from any loop body's scope, which may close while the batch loads.
        const item = outsideLoopScopes(() => this.dataset.getItem(idx));
        samples.push(keepProduced(item instanceof Promise ? await item : item));
      } catch (e) {
        tf.dispose(collectTensors(samples));
        throw sampleError('DataLoader', idx, e instanceof Error ? e : new Error(String(e)));
      }
    }
    return { batch: outsideLoopScopes(() => keepProduced(this.collateKeeping(samples, indices))), finish: (b) => b };
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
            r = await outsideLoopScopes(() => it.next());
          } catch (e) {
            tf.dispose(collectTensors(samples));
            throw sampleError('DataLoader', seen, e instanceof Error ? e : new Error(String(e)));
          }
          if (r.done) finished = true;
          else (samples.push(keepProduced(r.value)), seen++);
        }
        if (samples.length === 0 || (samples.length < bs && this.dropLast)) {
          tf.dispose(collectTensors(samples));
          return DONE;
        }
        return { batch: outsideLoopScopes(() => keepProduced(this.collateKeeping(samples, null))), finish: (b) => b };
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
