import { InvalidArgumentError } from '../errors';
import { defineSignature } from '../framework/args';
import { Dataset, isIterableDataset } from './dataset';
import { BatchSampler } from './sampler/batch-sampler';
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
 * Paddle's defaults. (`feedList`, `places`, `useBufferReader` and `useSharedMemory` belong to
 * Paddle's static graph and C++ reader: they are accepted so ported calls run, and change nothing;
 * batches are always lists, as with `return_list=True`.)
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
   * {@link index!seed}). Not allowed with `batchSampler` or an {@link IterableDataset}.
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
   * Seconds to wait for one batch (and, with workers, for the workers to start) before failing with
   * a {@link index!DataLoaderError}; 0 waits forever. (Seconds, as in Paddle.)
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
  /** Paddle's static-graph feed list; only `null` (dynamic graph) is supported. */
  feedList?: null;
  /** Accepted for Paddle compatibility and ignored: the device is chosen by `paddle.setDevice`. */
  places?: unknown;
  /** Accepted for Paddle compatibility and ignored (prefetching is `prefetchFactor`'s). @defaultValue true */
  useBufferReader?: boolean;
  /** Accepted for Paddle compatibility and ignored (workers transfer typed arrays). @defaultValue true */
  useSharedMemory?: boolean;
}

/**
 * All of {@link DataLoader}'s arguments by name: Paddle's keyword form.
 *
 * @example
 * ```ts
 * // Paddle: io.DataLoader(dataset=ds, batch_size=64, shuffle=True)
 * const loader = new paddle.io.DataLoader({ dataset, batchSize: 64, shuffle: true });
 * ```
 * @category IO
 */
export interface DataLoaderArgs extends DataLoaderOptions {
  /** A {@link Dataset} or {@link IterableDataset}. */
  dataset: Dataset;
}

/** Paddle's parameter order; `workerDataset` is this package's addition, by name only. @internal */
export const DATA_LOADER_SIGNATURE = defineSignature(
  'io.DataLoader',
  ['dataset', 'feedList', 'places', 'returnList', 'batchSampler', 'batchSize', 'shuffle', 'dropLast', 'collateFn', 'numWorkers',
    'useBufferReader', 'prefetchFactor', 'useSharedMemory', 'timeout', 'workerInitFn', 'persistentWorkers'],
  { required: 1, optionOnly: ['workerDataset'] },
);
const WHERE = DATA_LOADER_SIGNATURE.where;

/** Options checked and resolved against Paddle's defaults. @internal */
export interface ResolvedLoaderOptions {
  dataset: Dataset;
  batchSize: number | null;
  batchSampler: BatchSamplerLike | null;
  dropLast: boolean;
  collateFn: ((samples: unknown[]) => unknown) | null;
  numWorkers: number;
  prefetchFactor: number;
  timeout: number;
  persistentWorkers: boolean;
  workerInitFn: DataLoaderOptions['workerInitFn'];
  workerDataset: WorkerSpec | null;
}

/** Checks the DataLoader's arguments as Paddle does, with typed errors. @internal */
export function resolveLoaderOptions(o: DataLoaderArgs): ResolvedLoaderOptions {
  const { dataset } = o;
  if (!(dataset instanceof Dataset)) throw new InvalidArgumentError('dataset', 'a paddle.io.Dataset or IterableDataset', dataset, WHERE);
  const iterable = isIterableDataset(dataset);
  const bool = (name: keyof DataLoaderOptions, v: unknown, dflt: boolean): boolean => {
    if (v === undefined) return dflt;
    if (typeof v !== 'boolean') throw new InvalidArgumentError(name, 'a boolean', v, WHERE);
    return v;
  };
  const shuffle = bool('shuffle', o.shuffle, false);
  const dropLast = bool('dropLast', o.dropLast, false);
  const persistentWorkers = bool('persistentWorkers', o.persistentWorkers, false);
  bool('useBufferReader', o.useBufferReader, true);
  bool('useSharedMemory', o.useSharedMemory, true);
  if (o.feedList != null) throw new InvalidArgumentError('feedList', 'null (static-graph feed lists have no counterpart here)', o.feedList, WHERE);
  if (o.returnList === false) throw new InvalidArgumentError('returnList', 'true (batches are always lists of tensors)', false, WHERE);
  const numWorkers = o.numWorkers ?? 0;
  if (!Number.isInteger(numWorkers) || numWorkers < 0) throw new InvalidArgumentError('numWorkers', 'a non-negative integer', numWorkers, WHERE);
  const prefetchFactor = o.prefetchFactor ?? 2;
  if (!Number.isInteger(prefetchFactor) || prefetchFactor <= 0) throw new InvalidArgumentError('prefetchFactor', 'a positive integer', prefetchFactor, WHERE);
  const timeout = o.timeout ?? 0;
  if (typeof timeout !== 'number' || !(timeout >= 0)) throw new InvalidArgumentError('timeout', 'a non-negative number of seconds', timeout, WHERE);
  if (o.collateFn != null && typeof o.collateFn !== 'function') throw new InvalidArgumentError('collateFn', 'a function', o.collateFn, WHERE);
  if (o.workerInitFn != null && typeof o.workerInitFn !== 'function') throw new InvalidArgumentError('workerInitFn', 'a function', o.workerInitFn, WHERE);
  if (iterable && shuffle) throw new InvalidArgumentError('shuffle', 'false for an IterableDataset', shuffle, WHERE);
  if (iterable && o.batchSampler != null) throw new InvalidArgumentError('batchSampler', 'null for an IterableDataset', o.batchSampler, WHERE);

  const bs = o.batchSize === undefined ? 1 : o.batchSize;
  let batchSize: number | null = null;
  let batchSampler: BatchSamplerLike | null = null;
  if (o.batchSampler != null) {
    if ((bs !== 1 && bs !== null) || shuffle || dropLast) {
      throw new InvalidArgumentError('batchSampler', 'to be given without batchSize, shuffle or dropLast (the sampler decides them)', o.batchSampler, WHERE);
    }
    if (typeof (o.batchSampler as Partial<Iterable<number[]>>)[Symbol.iterator] !== 'function') {
      throw new InvalidArgumentError('batchSampler', 'an iterable of index lists (e.g. a BatchSampler)', o.batchSampler, WHERE);
    }
    batchSampler = o.batchSampler;
  } else if (bs !== null) {
    if (!Number.isInteger(bs) || bs <= 0) throw new InvalidArgumentError('batchSize', 'a positive integer or null', bs, WHERE);
    batchSize = bs;
    batchSampler = iterable ? null : new BatchSampler({ dataset, batchSize: bs, shuffle, dropLast });
  }
  const workerDataset = o.workerDataset ?? null;
  if (numWorkers > 0 && !workerDataset && dataset.workerSpec === Dataset.prototype.workerSpec) {
    throw new InvalidArgumentError(
      'numWorkers',
      `0, or a dataset that implements workerSpec() (or the workerDataset option) so worker threads can rebuild it; ${dataset.constructor.name} has neither`,
      numWorkers,
      WHERE,
    );
  }
  return {
    dataset,
    batchSize,
    batchSampler,
    dropLast,
    collateFn: o.collateFn ?? null,
    numWorkers,
    prefetchFactor,
    timeout,
    persistentWorkers,
    workerInitFn: o.workerInitFn ?? null,
    workerDataset,
  };
}
