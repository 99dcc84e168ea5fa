import type { WorkerSpec } from './worker-spec';
import type { WorkerInfo } from './workers/worker-info';

/**
 * Anything that yields lists of sample indices: a {@link BatchSampler}, a
 * {@link DistributedBatchSampler}, or your own iterable with a `len()`.
 * @category IO
 */
export type BatchSamplerLike = Iterable<number[]> & { len?(): number };

/**
 * Options of {@link DataLoader}: Paddle's `DataLoader` keyword arguments in camelCase, with
 * Paddle's defaults. (`feed_list`, `places`, `use_buffer_reader` and `use_shared_memory` belong
 * to Paddle's static graph and C++ reader and have no counterpart; batches are always lists, as
 * with `return_list=True`.)
 * @category IO
 */
export interface DataLoaderOptions {
  /**
   * Samples per batch; `null` turns batching off (each sample is converted by
   * {@link defaultConvertFn} and yielded alone). Must stay 1 when `batchSampler` is given.
   * @defaultValue 1
   */
  batchSize?: number | null;
  /**
   * Shuffle the indices each epoch (a {@link RandomSampler} drawing from the generator behind
   * {@link seed}). Not allowed with `batchSampler` or an {@link IterableDataset}.
   * @defaultValue false
   */
  shuffle?: boolean;
  /**
   * Drop the last batch when it is smaller than `batchSize`.
   * @defaultValue false
   */
  dropLast?: boolean;
  /**
   * Turns the list of samples of one batch into the batch.
   * @defaultValue {@link defaultCollateFn}
   */
  collateFn?: ((samples: unknown[]) => unknown) | null;
  /**
   * Yields the index lists of the batches; replaces `batchSize`, `shuffle` and `dropLast`.
   * @defaultValue null
   */
  batchSampler?: BatchSamplerLike | null;
  /**
   * Worker threads running `getItem`, the transforms and collation (Node `worker_threads`, Web
   * Workers in browsers); 0 loads on the calling thread. The dataset must be able to describe
   * itself to a worker: see {@link Dataset.workerSpec} and `workerDataset`.
   * @defaultValue 0
   */
  numWorkers?: number;
  /**
   * Batches loaded ahead, per worker (or in total when `numWorkers` is 0).
   * @defaultValue 2
   */
  prefetchFactor?: number;
  /**
   * Seconds to wait for one batch before failing with a {@link DataLoaderError}; 0 waits forever.
   * (Seconds, as in Paddle.)
   * @defaultValue 0
   */
  timeout?: number;
  /**
   * Called in each worker with its id (as in Paddle) and its {@link WorkerInfo} (an addition),
   * after the dataset is built and before any batch. It travels to the worker as source text, so it
   * must not use variables or imports from the scope it was written in; reach the worker's dataset
   * through the second argument.
   * @example
   * ```ts
   * workerInitFn: (id, info) => { info.dataset.shard = id; }
   * ```
   * @defaultValue null
   */
  workerInitFn?: ((workerId: number, info: WorkerInfo) => void | Promise<void>) | null;
  /**
   * Keep the workers alive between epochs (stop them with {@link DataLoader.dispose}). Idle
   * persistent workers do not keep a Node process from exiting.
   * @defaultValue false
   */
  persistentWorkers?: boolean;
  /**
   * How workers rebuild the dataset, when it does not say so itself through `workerSpec()`.
   * @defaultValue dataset.workerSpec()
   */
  workerDataset?: WorkerSpec | null;
  /** Accepted for Paddle compatibility; only `true` (the default) is supported. */
  returnList?: boolean;
}
