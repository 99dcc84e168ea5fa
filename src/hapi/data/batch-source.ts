import type * as tf from '@tensorflow/tfjs-core';
import { InvalidArgumentError } from '../../errors';
import { Dataset, isIterableDataset } from '../../io/dataset';
import { DataLoader } from '../../io/data-loader';
import { DistributedBatchSampler } from '../../io/sampler/distributed-batch-sampler';

/**
 * One batch as a loop reads it: a tensor, or a list or a dict of batches (Paddle's nested
 * structures); its tensor fields are the network inputs followed by the labels.
 * @category hapi
 */
export type Batch = tf.Tensor | readonly Batch[] | { readonly [field: string]: Batch };

/**
 * Data `fit`/`evaluate`/`predict` accept: an `io.Dataset` (batched by the loop, like Paddle), an
 * `io.DataLoader`, or any (async) iterable of batches — an array of batches, a generator.
 * @category hapi
 */
export type ModelData = Dataset | DataLoader<unknown> | Iterable<Batch> | AsyncIterable<Batch>;

/**
 * A pass-able source of batches for the loops. `len()` is the number of batches per pass, or
 * null when unknown.
 */
export interface BatchSource {
  len(): number | null;
  /** Samples per batch when the loop batches a Dataset; null for DataLoaders and iterables (callbacks' `params.batchSize`). */
  readonly batchSize: number | null;
  /** Whether the loop disposes each batch's tensors after its step (not for a user's array of tensors). */
  readonly ownsBatches: boolean;
  /** The batches of one pass; `epoch` lets shuffling samplers pick that epoch's order. */
  batches(epoch: number): AsyncIterable<unknown> | Iterable<unknown>;
}

/** How the loop batches a Dataset (ignored for DataLoaders and iterables, which come batched). */
export interface BatchOptions {
  batchSize: number;
  shuffle: boolean;
  dropLast: boolean;
  numWorkers: number;
}

/**
 * Turns what `fit`/`evaluate`/`predict` accept into batches, after awaiting the data's
 * `ready()` (a Dataset's, or a DataLoader's dataset's) so a dataset that still downloads or
 * fetches its files is loaded first, as Paddle's are when constructed.
 *
 * @param data - the user's data
 * @param argument - its argument name, for the error
 * @param where - the public path, for the error
 * @throws {@link index!InvalidArgumentError} for anything else
 */
export async function toBatchSource(data: unknown, argument: string, where: string, opts: BatchOptions): Promise<BatchSource> {
  if (data instanceof Dataset) {
    await data.ready();
    return datasetSource(data, opts);
  }
  if (data instanceof DataLoader) {
    await data.dataset.ready();
    return iterableSource(data);
  }
  if (isBatchIterable(data)) return iterableSource(data);
  throw new InvalidArgumentError(argument, 'an io.Dataset, an io.DataLoader or an iterable of batches', data, where);
}

/**
 * Batches a Dataset the way Paddle's `fit` does: a `DataLoader` over a `DistributedBatchSampler`
 * (shuffling in Paddle's order — `RandomState(epoch)` — when asked), set to each epoch's number
 * before the pass so `fit({ initialEpoch })` resumes with the same order.
 */
function datasetSource(ds: Dataset, o: BatchOptions): BatchSource {
  if (isIterableDataset(ds)) {
    const loader = new DataLoader(ds, { batchSize: o.batchSize, dropLast: o.dropLast, numWorkers: o.numWorkers });
    return { batchSize: o.batchSize, ownsBatches: true, len: () => null, batches: () => loader };
  }
  const sampler = new DistributedBatchSampler(ds, o.batchSize, { shuffle: o.shuffle, dropLast: o.dropLast });
  const loader = new DataLoader(ds, { batchSampler: sampler, numWorkers: o.numWorkers });
  return {
    batchSize: o.batchSize,
    ownsBatches: true,
    len: () => loader.len(),
    batches: (epoch) => {
      sampler.setEpoch(epoch);
      return loader;
    },
  };
}

function isSized(x: unknown): x is { len(): unknown } {
  return x !== null && typeof x === 'object' && 'len' in x && typeof x.len === 'function';
}

function isEpochAware(x: unknown): x is { setEpoch(epoch: number): void } {
  return x !== null && typeof x === 'object' && 'setEpoch' in x && typeof x.setEpoch === 'function';
}

function lenOf(x: unknown): number | null {
  if (Array.isArray(x)) return x.length;
  if (!isSized(x)) return null;
  try {
    const n = x.len();
    return typeof n === 'number' && Number.isFinite(n) ? n : null;
  } catch {
    // A DataLoader over an IterableDataset has no length: the pass length is then unknown.
    return null;
  }
}

/** Wraps an iterable of batches (a DataLoader, an array, a generator function's result). */
function iterableSource(data: AsyncIterable<unknown> | Iterable<unknown>): BatchSource {
  const sampler = data instanceof DataLoader ? data.batchSampler : null;
  return {
    batchSize: null,
    ownsBatches: !Array.isArray(data),
    len: () => lenOf(data),
    batches: (epoch) => {
      // A DataLoader's DistributedBatchSampler shuffles in each epoch's order, as in Paddle's fit.
      if (isEpochAware(sampler)) sampler.setEpoch(epoch);
      return data;
    },
  };
}

/** Whether `x` can be iterated (sync or async). */
export function isBatchIterable(x: unknown): x is AsyncIterable<unknown> | Iterable<unknown> {
  return x !== null && typeof x === 'object' && (Symbol.asyncIterator in x || Symbol.iterator in x);
}
